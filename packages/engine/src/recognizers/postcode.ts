/**
 * POSTCODE: UK postcodes, validated letter by letter (Royal Mail rules: which
 * letters may stand in each position of the outward and inward code).
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitWords, eachMatchAt, LETTER, type Anchored, type Back } from './digit-words.js';
import { contextBefore } from './util.js';

/** "GIR 0AA": three letters and a space before the digits. */
const gir: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) === 32) push(ws - 4);
};
// Bounded quantifiers only, so the match is linear in the text length. Sticky: tried where a digit word
// starts with a letter, and at gir.
const POSTCODE: Anchored = anchored(/(?<![A-Za-z0-9])(GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]|\d{1,2}|[A-HK-Y]\d[ABEHMNPRV-Y]|[A-HK-Y]\d{1,2}) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/yi, LETTER, gir);
const CONTEXT = ['postcode', 'post code', 'address', 'lives', 'living', 'home'];

/** UK postcode recogniser. */
export const postcodeRecognizer: Recognizer = {
  meta: {
    name: 'uk-postcode',
    types: ['POSTCODE'],
    description: 'UK postcodes (outward and inward code, validated letter positions).',
  },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(POSTCODE, text, words, (m) => {
      const s = m[0];
      const upper = s === s.toUpperCase();
      // Lower-case "m1 1aa" is a postcode less often than upper case; say so in the score.
      let confidence = upper ? 0.85 : 0.6;
      let explanation = upper ? 'postcode pattern' : 'postcode pattern (lower case)';
      const ctx = contextBefore(text, m.index, CONTEXT);
      if (ctx !== null) {
        confidence = Math.min(1, confidence + 0.1);
        explanation += `; context word "${ctx}"`;
      }
      out.push({ type: 'POSTCODE', start: m.index, end: m.index + s.length, confidence, explanation });
    });
    return out;
  },
};
