/**
 * NINO: National Insurance numbers, with HMRC's prefix rules (first letter
 * not D F I Q U V; second not D F I O Q U V; never BG GB KN NK NT TN ZZ) and a
 * suffix of A to D.
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitWords, eachMatchAt, LETTER, type Anchored, type Back } from './digit-words.js';
import { contextBefore } from './util.js';

/** "AB 12 34 56 C": two letters and a space before the digits. */
const prefixWord: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) === 32) push(ws - 3);
};
// Sticky: tried where a digit word starts with a letter, and at prefixWord.
const NINO: Anchored = anchored(/(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/yi, LETTER, prefixWord);
const BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const CONTEXT = ['national insurance', 'nino', 'ni number', 'ni no', 'nat ins'];

/** National Insurance number recogniser. */
export const ninoRecognizer: Recognizer = {
  meta: { name: 'uk-nino', types: ['NINO'], description: 'UK National Insurance numbers (prefix and suffix rules).' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(NINO, text, words, (m) => {
      if (BANNED.has(m[1]!.toUpperCase())) return;
      const ctx = contextBefore(text, m.index, CONTEXT);
      out.push({
        type: 'NINO', start: m.index, end: m.index + m[0].length,
        confidence: ctx === null ? 0.8 : 0.98,
        explanation: ctx === null ? 'NINO pattern with valid prefix' : `NINO pattern; context word "${ctx}"`,
      });
    });
    return out;
  },
};
