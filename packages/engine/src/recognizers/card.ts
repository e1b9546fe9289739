/** CARD: payment card numbers, 13 to 19 digits in the usual groupings, confirmed by the Luhn checksum. */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, type Anchored } from './digit-words.js';
import { contextBefore, digitsOf, luhnValid } from './util.js';

// Sticky: tried only where a digit word starts with 4 or 13-19 digits (see digit-words.ts). Contiguous digits, 4-4-4-4(-1..3) with one kind of separator, or Amex 4-6-5.
const CARD: Anchored = anchored(/(?<![0-9A-Za-z])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![0-9A-Za-z])/y, digitRun(4) | digitRun(13, 19));
const CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cvv', 'expiry'];

/** Issuer prefix and length plausible (IIN ranges of the card schemes), so a Luhn-valid serial is not a card. */
function issuerPlausible(d: string): boolean {
  const n = d.length;
  switch (d[0]) {
    case '1': return n === 15; // UATP
    case '2': return n === 16 && Number(d.slice(0, 4)) >= 2221 && Number(d.slice(0, 4)) <= 2720; // Mastercard 2-series
    case '3': return d[1] === '4' || d[1] === '7' ? n === 15 : n >= 14 && n <= 19; // Amex; Diners, JCB
    case '4': return n === 13 || n === 16 || n === 19; // Visa
    case '5': return n >= 12 && n <= 19; // Mastercard, Maestro
    case '6': return n >= 14 && n <= 19; // Discover, Maestro, UnionPay
    default: return false;
  }
}

/** Payment card recogniser. */
export const cardRecognizer: Recognizer = {
  meta: { name: 'payment-card', types: ['CARD'], description: 'Payment card numbers (Luhn checksum).' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachMatchAt(CARD, text, words, (m) => {
      const d = digitsOf(m[0]);
      if (d.length < 13 || d.length > 19 || !luhnValid(d)) return;
      if (!issuerPlausible(d)) return;
      const ctx = contextBefore(text, m.index, CONTEXT);
      out.push({
        type: 'CARD', start: m.index, end: m.index + m[0].length, confidence: ctx === null ? 0.85 : 0.99,
        explanation: ctx === null ? 'card number, Luhn check passed' : `Luhn check passed; context word "${ctx}"`,
      });
    });
    return out;
  },
};
