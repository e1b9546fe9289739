/** IBAN: international bank account numbers, with the country's length and the mod-97 checksum. */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitWords, eachMatchAt, UPPER, type Anchored } from './digit-words.js';
import { ibanChecksumValid, isAlnum } from './util.js';

/** IBAN length by country (SWIFT IBAN registry). */
const LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

// Candidate start: country code and check digits at a word start (sticky: tried where a digit word starts).
const START: Anchored = anchored(/(?<![A-Za-z0-9])([A-Z]{2})\d{2}/y, UPPER);

/** IBAN recogniser. */
export const ibanRecognizer: Recognizer = {
  meta: { name: 'iban', types: ['IBAN'], description: 'IBANs (country length and mod-97 checksum); spaces every four characters allowed.' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(START, text, words, (m) => {
      const len = LENGTHS[m[1]!];
      if (len === undefined) return;
      // Walk exactly `len` characters, allowing single spaces only between groups of four.
      let compact = m[0];
      let i = m.index + 4;
      let sep = -1;
      while (compact.length < len && i < text.length) {
        const c = text.charCodeAt(i);
        // One kind of separator (space or dash) between groups of four.
        if ((c === 32 || c === 45) && compact.length % 4 === 0 && (sep === -1 || sep === c) && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1))) {
          sep = c;
          i++;
          continue;
        }
        // Upper case and digits only: "GI75 aWBK…" is not an IBAN.
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
          compact += text[i];
          i++;
          continue;
        }
        break;
      }
      if (compact.length !== len || (i < text.length && isAlnum(text.charCodeAt(i)))) return;
      if (!ibanChecksumValid(compact)) return;
      out.push({ type: 'IBAN', start: m.index, end: i, confidence: 0.97, attrs: { country: m[1]! }, explanation: 'IBAN, length and mod-97 check passed' });
    });
    return out;
  },
};
