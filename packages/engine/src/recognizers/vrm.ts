/**
 * VRM: GB vehicle registration marks in every format — current (AB51 ABC,
 * age identifier checked against today's year), prefix (A123 BCD), suffix
 * (ABC 123D), dateless (ABC 123, 1234 AB; only next to a vehicle word) — and
 * Northern Ireland marks (ABZ 1234).
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, LETTER, UPPER, type Anchored, type Back } from './digit-words.js';
import { contextBefore } from './util.js';

/** Starts of one to three letters and a space before a digit word ("ABC 123D", "LAZ 1234", "A 43"). */
const lettersBefore: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) !== 32) return;
  push(ws - 4);
  push(ws - 3);
  push(ws - 2);
};

// Letters that DVLA never uses in these positions are excluded from the classes. Sticky: each is tried
// where a digit word starts and, for the marks with letters, a space and then the digits, where the letters may start.
const CURRENT: Anchored = anchored(/(?<![A-Za-z0-9])[A-HJ-PR-Ya-hj-pr-y]{2}(\d{2})[ -]?[A-HJ-PR-Za-hj-pr-z]{3}(?![A-Za-z0-9])/y, LETTER);
const PREFIX: Anchored = anchored(/(?<![A-Za-z0-9])[A-HJ-NPR-Y][1-9]\d{0,2} ?[A-HJ-PR-Y]{3}(?![A-Za-z0-9])/y, UPPER);
const SUFFIX: Anchored = anchored(/(?<![A-Za-z0-9])[A-HJ-PR-Y]{3} ?[1-9]\d{0,2}[A-HJ-NPR-Y](?![A-Za-z0-9])/y, UPPER, lettersBefore);
const NI: Anchored = anchored(/(?<![A-Za-z0-9])[A-Z]?(?:[A-HJ-Y]Z|I[A-HJ-Y]|[A-HJ-Y]I) ?[1-9]\d{0,3}(?![A-Za-z0-9]| [A-Z]{3}(?![A-Za-z0-9]))/y, UPPER, lettersBefore);
const DATELESS: Anchored = anchored(/(?<![A-Za-z0-9])(?:[A-HJ-PR-Y]{1,3} [1-9]\d{0,3}|[1-9]\d{0,3} [A-HJ-PR-Y]{1,3})(?![A-Za-z0-9])/y, UPPER | digitRun(1, 4), lettersBefore);
const CONTEXT = ['reg', 'registration', 'plate', 'plates', 'number plate', 'vrm', 'vehicle', 'car', 'van', 'motorbike', 'driving', 'driven', 'index'];

function ageIdentifierValid(dd: string, year: number): boolean {
  const n = Number(dd);
  const yy = year % 100;
  if (n >= 2 && n <= 49) return n <= yy; // March plates: 02 (2002) to this year
  if (n >= 51 && n <= 99) return n - 50 <= yy; // September plates: 51 (2001) onwards
  return false;
}

/** Vehicle registration mark recogniser. */
export const vrmRecognizer: Recognizer = {
  meta: { name: 'gb-vrm', types: ['VRM'], description: 'GB and Northern Ireland vehicle registration marks (current, prefix, suffix, dateless, NI).' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    const push = (start: number, end: number, base: number, format: string, needContext = false): void => {
      const ctx = contextBefore(text, start, CONTEXT, 30);
      if (needContext && ctx === null) return;
      out.push({
        type: 'VRM', start, end, confidence: ctx === null ? base : Math.min(0.97, base + 0.3),
        attrs: { format }, explanation: ctx === null ? `${format} format` : `${format} format; context word "${ctx}"`,
      });
    };
    eachMatchAt(CURRENT, text, words, (m) => {
      // Today's year only when a mark needs it: a Date per post costs more than the regexes.
      if (!ageIdentifierValid(m[1]!, new Date().getUTCFullYear())) return;
      const upper = m[0] === m[0].toUpperCase();
      push(m.index, m.index + m[0].length, upper ? 0.75 : 0.55, 'current');
    });
    eachMatchAt(PREFIX, text, words, (m) => push(m.index, m.index + m[0].length, 0.6, 'prefix'));
    eachMatchAt(SUFFIX, text, words, (m) => push(m.index, m.index + m[0].length, 0.6, 'suffix'));
    eachMatchAt(NI, text, words, (m) => push(m.index, m.index + m[0].length, 0.45, 'northern-ireland'));
    // Dateless marks look like road numbers and times ("A 43", "M 1"): only with a vehicle word before.
    eachMatchAt(DATELESS, text, words, (m) => push(m.index, m.index + m[0].length, 0.5, 'dateless', true));
    return out;
  },
};
