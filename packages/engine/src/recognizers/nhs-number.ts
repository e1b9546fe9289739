/** NHS_NUMBER: ten digits (3-3-4) that pass the NHS modulus-11 check. */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, type Anchored } from './digit-words.js';
import { contextBefore, digitsOf, nhsValid } from './util.js';

// Sticky: tried only where a digit word starts with 3 or 10 digits (see digit-words.ts).
const NHS: Anchored = anchored(/(?<![0-9A-Za-z])\d{3}([ -]?)\d{3}\1\d{4}(?![0-9A-Za-z])/y, digitRun(3) | digitRun(10));
const CONTEXT = ['nhs', 'nhs number', 'nhs no', 'health service', 'patient'];

/** NHS number recogniser. */
export const nhsNumberRecognizer: Recognizer = {
  meta: { name: 'uk-nhs-number', types: ['NHS_NUMBER'], description: 'NHS numbers, confirmed by the modulus-11 check digit.' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(NHS, text, words, (m) => {
      if (!nhsValid(digitsOf(m[0]))) return;
      const ctx = contextBefore(text, m.index, CONTEXT);
      // One random ten-digit number in eleven passes the check, so without a context word the score stays moderate.
      out.push({
        type: 'NHS_NUMBER', start: m.index, end: m.index + m[0].length,
        confidence: ctx === null ? 0.6 : 0.97,
        explanation: ctx === null ? 'ten digits, modulus-11 check passed' : `modulus-11 check passed; context word "${ctx}"`,
      });
    });
    return out;
  },
};
