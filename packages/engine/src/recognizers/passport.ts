/** PASSPORT: UK passport numbers (two letters and seven digits, current format; nine digits with context). */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, LETTER, type Anchored } from './digit-words.js';
import { contextBefore } from './util.js';

// Sticky: tried only where a digit word starts with a letter (nine digits) (see digit-words.ts).
const PASSPORT: Anchored = anchored(/(?<![A-Za-z0-9])[A-Za-z]{2}\d{7}(?![A-Za-z0-9])/y, LETTER);
const OLD: Anchored = anchored(/(?<![A-Za-z0-9])\d{9}(?![A-Za-z0-9])/y, digitRun(9));
const CONTEXT = ['passport'];

/** Passport number recogniser. */
export const passportRecognizer: Recognizer = {
  meta: { name: 'uk-passport', types: ['PASSPORT'], description: 'UK passport numbers; nine-digit numbers only next to the word passport.' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(PASSPORT, text, words, (m) => {
      const ctx = contextBefore(text, m.index, CONTEXT, 50);
      out.push({
        type: 'PASSPORT', start: m.index, end: m.index + 9, confidence: ctx === null ? 0.55 : 0.95,
        explanation: ctx === null ? 'passport pattern' : 'passport pattern; context word "passport"',
      });
    });
    eachMatchAt(OLD, text, words, (m) => {
      if (contextBefore(text, m.index, CONTEXT, 30) === null) return;
      out.push({ type: 'PASSPORT', start: m.index, end: m.index + 9, confidence: 0.85, explanation: 'nine digits after "passport"' });
    });
    return out;
  },
};
