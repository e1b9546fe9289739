/**
 * DRIVING_LICENCE: GB driving licence numbers (DVLA): five surname characters
 * (padded with 9s), a date block (decade, month +50 for women, day, year),
 * initials, a digit and two check letters. The date block is validated.
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, DIGITS, digitWords, eachMatchAt, LETTER, type Anchored } from './digit-words.js';
import { contextBefore } from './util.js';

// Sticky: tried only where a digit word starts (a surname may be padded with 9s) (see digit-words.ts).
const DL: Anchored = anchored(/(?<![A-Za-z0-9])([A-Za-z9]{5})(\d{6})([A-Za-z][A-Za-z9])\d[A-Za-z]{2}(?![A-Za-z0-9])/y, LETTER | DIGITS);
const CONTEXT = ['licence', 'license', 'driving', 'dvla'];

function surnameValid(s: string): boolean {
  // Letters first, then only 9s as padding: "FO999" is fine, "MO9G9" and "99999" are not.
  const first9 = s.indexOf('9');
  if (first9 === 0) return false;
  if (first9 < 0) return true;
  for (let i = first9; i < s.length; i++) if (s[i] !== '9') return false;
  return true;
}

function dateBlockValid(d: string): boolean {
  let month = Number(d.slice(1, 3));
  if (month > 50) month -= 50;
  const day = Number(d.slice(3, 5));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Driving licence recogniser. */
export const drivingLicenceRecognizer: Recognizer = {
  meta: { name: 'uk-driving-licence', types: ['DRIVING_LICENCE'], description: 'GB driving licence numbers with a valid date block.' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(DL, text, words, (m) => {
      if (!surnameValid(m[1]!) || !dateBlockValid(m[2]!)) return;
      const ctx = contextBefore(text, m.index, CONTEXT);
      out.push({
        type: 'DRIVING_LICENCE', start: m.index, end: m.index + 16, confidence: ctx === null ? 0.8 : 0.97,
        explanation: ctx === null ? 'licence pattern, date block valid' : `licence pattern, date block valid; context word "${ctx}"`,
      });
    });
    return out;
  },
};
