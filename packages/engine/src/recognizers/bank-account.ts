/**
 * BANK_ACCOUNT and SORT_CODE: UK account numbers (eight digits) and sort codes
 * (NN-NN-NN). Both look like many other numbers, so they need a context word
 * ("account", "sort code") nearby; a sort code next to an account number
 * confirms both.
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, type Anchored } from './digit-words.js';
import { contextBefore } from './util.js';

// Sticky: tried only where a digit word starts with 8 (2) digits (see digit-words.ts).
const ACCOUNT: Anchored = anchored(/(?<![0-9A-Za-z/.-])\d{8}(?![0-9A-Za-z/-])/y, digitRun(8));
const SORT: Anchored = anchored(/(?<![0-9A-Za-z/.-])\d{2}([- ])\d{2}\1\d{2}(?![0-9A-Za-z/-])/y, digitRun(2));
const ACCOUNT_CONTEXT = ['account', 'acc', 'acct', 'a/c', 'bank', 'account number', 'acc no'];
const SORT_CONTEXT = ['sort code', 'sortcode', 's/c'];

/** Bank account and sort code recogniser. */
export const bankAccountRecognizer: Recognizer = {
  meta: { name: 'uk-bank-account', types: ['BANK_ACCOUNT', 'SORT_CODE'], description: 'UK bank account numbers and sort codes next to a context word.' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    const sorts: Detected[] = [];
    eachMatchAt(SORT, text, words, (m) => {
      const ctx = contextBefore(text, m.index, SORT_CONTEXT, 25);
      if (ctx === null) return;
      sorts.push({ type: 'SORT_CODE', start: m.index, end: m.index + m[0].length, confidence: 0.92, explanation: `sort code pattern; context word "${ctx}"` });
    });
    eachMatchAt(ACCOUNT, text, words, (m) => {
      const ctx = contextBefore(text, m.index, ACCOUNT_CONTEXT, 30);
      const nearSort = sorts.some((s) => Math.abs(s.start - m.index) < 40);
      if (ctx === null && !nearSort) return;
      out.push({
        type: 'BANK_ACCOUNT', start: m.index, end: m.index + 8, confidence: 0.9,
        explanation: ctx !== null ? `eight digits; context word "${ctx}"` : 'eight digits next to a sort code',
      });
    });
    return out.concat(sorts);
  },
};
