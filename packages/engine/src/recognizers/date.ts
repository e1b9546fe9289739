/**
 * DATE and DATE_OF_BIRTH: numeric dates (d/m/y and m/d/y, ISO 8601 with
 * time), dates with month names ("3rd May 2024", "5-May-2021", "May-21"), and
 * month/year forms. A date after "born", "DOB" or "date of birth" is a
 * DATE_OF_BIRTH, which is personal data.
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, LETTER, runStartBefore, type Anchored, type Back } from './digit-words.js';
import { contextBefore } from './util.js';

const MON = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const B = '(?<![A-Za-z0-9])';
const E = '(?![A-Za-z0-9])';
/** A bit per lower-case letter that starts a month name (j f m a s o n d). */
const MONTH_INITIALS = [...'jfmasond'].reduce((m, ch) => m | (1 << (ch.charCodeAt(0) - 97)), 0);
/** The month word before a digit word: "May 3", "Sept. 12", "May-21". */
const MONTH_BEFORE: Back = (text, ws, push) => {
  const c = text.charCodeAt(ws - 1);
  if (c !== 32 && c !== 45) return;
  const end = text.charCodeAt(ws - 2) === 46 ? ws - 2 : ws - 1;
  const s = runStartBefore(text, end);
  const initial = (text.charCodeAt(s) | 0x20) - 97;
  if (s < end && initial >= 0 && initial < 26 && ((MONTH_INITIALS >> initial) & 1) === 1) push(s);
};
const ONE_OR_TWO = digitRun(1, 2);
// Sticky: each is tried where a digit word starts with as many digits as it begins with, or (month first) where
// the month word before one starts.
const PATTERNS: { at: Anchored; kind: string; confidence: number; check: ((m: RegExpExecArray) => boolean) | null }[] = [
  { at: anchored(new RegExp(`${B}\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?(?:Z|[+-]\\d{2}:\\d{2})?)?${E}`, 'y'), digitRun(4)), kind: 'iso', confidence: 0.9,
    check: (m) => { const mo = Number(m[0].slice(5, 7)); const d = Number(m[0].slice(8, 10)); return mo >= 1 && mo <= 12 && d >= 1 && d <= 31; } },
  { at: anchored(new RegExp(`${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'y'), ONE_OR_TWO), kind: 'numeric', confidence: 0.85,
    check: (m) => dayMonthOk(Number(m[1]), Number(m[3])) },
  { at: anchored(new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?(?:[ -]|\\s+of\\s+)${MON}\\.?(?:[ ,-]{1,2}(\\d{4}|\\d{2}))?${E}`, 'yi'), ONE_OR_TWO), kind: 'named', confidence: 0.85,
    check: (m) => { const d = Number(m[1]); return d >= 1 && d <= 31; } },
  { at: anchored(new RegExp(`${B}${MON}\\.?[ -](\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?${E}`, 'yi'), LETTER, MONTH_BEFORE, false), kind: 'named', confidence: 0.75,
    check: (m) => { const d = Number(m[1]); return d >= 1 && d <= 31; } },
  { at: anchored(new RegExp(`${B}${MON}-(\\d{4})${E}`, 'yi'), LETTER, MONTH_BEFORE, false), kind: 'month-year', confidence: 0.7, check: null },
  { at: anchored(new RegExp(`${B}(\\d{1,2})[/-](\\d{4})${E}`, 'y'), ONE_OR_TWO), kind: 'month-year', confidence: 0.6,
    check: (m) => { const mo = Number(m[1]); return mo >= 1 && mo <= 12; } },
  { at: anchored(new RegExp(`${B}(\\d{1,2})/(\\d{2})${E}`, 'y'), ONE_OR_TWO), kind: 'short', confidence: 0.4,
    check: (m) => { const a = Number(m[1]); return a >= 1 && a <= 12; } },
];
const DOB_CONTEXT = ['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'born', 'born on', 'birthday', 'birth date'];

function dayMonthOk(a: number, b: number): boolean {
  // UK order (d/m) or US order (m/d): either must be a real day and month.
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

/** Date recogniser. */
export const dateRecognizer: Recognizer = {
  meta: { name: 'date', types: ['DATE', 'DATE_OF_BIRTH'], description: 'Dates in numeric, ISO and named-month forms; dates of birth by context.' },
  detect({ norm }) {
    const text = norm.text;
    const out: Detected[] = [];
    const words = digitWords(text);
    if (words.count === 0) return out; // every form has a day, month or year number
    for (const p of PATTERNS) {
      eachMatchAt(p.at, text, words, (m) => {
        if (p.check !== null && !p.check(m)) return;
        const start = m.index;
        const end = start + m[0].length;
        const dob = contextBefore(text, start, DOB_CONTEXT, 25);
        if (dob !== null) {
          out.push({ type: 'DATE_OF_BIRTH', start, end, confidence: 0.92, attrs: { form: p.kind }, explanation: `date after "${dob}"` });
        } else {
          out.push({ type: 'DATE', start, end, confidence: p.confidence, attrs: { form: p.kind }, explanation: `${p.kind} date` });
        }
      });
    }
    return out;
  },
};
