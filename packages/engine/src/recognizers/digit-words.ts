/**
 * Where a post's digits are, found once and shared by every number recogniser.
 *
 * Almost every pattern recogniser needs a digit (a postcode, a plate, a date,
 * a phone number), and half of all posts have none. Running each recogniser's
 * global regexes over the whole text costs a walk per regex, and their leading
 * lookbehinds stop V8 from skipping ahead. Instead the text is walked once for
 * its "digit words" (maximal ASCII letter-and-digit runs holding a digit), and
 * each recogniser runs its regex, made sticky, only at the few positions where
 * a match can start: the start of a digit word, or a fixed number of
 * characters before it ("AB 12 34 56 C", "aged 15").
 */
import { isAlnum } from './util.js';

/** The digit words of a text: word k is text[starts[k], ends[k]). */
export interface DigitWords {
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const NONE: DigitWords = { count: 0, starts: [], ends: [] };
let lastText: string | null = null;
let lastWords: DigitWords = NONE;

/**
 * The digit words of `text`, memoised for the last text: the recognisers of
 * one post all ask for the same text, one after another.
 */
export function digitWords(text: string): DigitWords {
  if (text === lastText) return lastWords;
  lastText = text;
  lastWords = find(text);
  return lastWords;
}

/**
 * The next ASCII digit at or after `from`, or -1. A one-class regex: V8's
 * matcher reads the string natively, where a charCodeAt loop pays for every
 * string representation the posts arrive in (several, so the call site goes
 * megamorphic).
 */
const DIGIT = /[0-9]/g;
function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

function find(text: string): DigitWords {
  let i = nextDigit(text, 0);
  if (i < 0) return NONE; // the common case: no allocation
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  while (i >= 0) {
    let s = i;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    starts.push(s);
    ends.push(e);
    i = e < n ? nextDigit(text, e) : -1;
  }
  return { count: starts.length, starts, ends };
}

/** The start of the letter-and-digit run that ends at `end` (== `end` when text[end - 1] is not one). */
export function runStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
  return s;
}

// Scratch for candidate starts (a check runs to completion, so one buffer serves every call).
let scratch = new Int32Array(64);

/**
 * Sorted, distinct candidate starts: for each digit word, the positions
 * `back(word start)` adds (before it) and, when `self` is true, the word start.
 * Returns how many were written to the scratch buffer read by `matchAt`.
 */
function gather(text: string, words: DigitWords, back: ((text: string, ws: number, push: (s: number) => void) => void) | null, self: boolean): number {
  let n = 0;
  const push = (s: number): void => {
    if (s < 0) return;
    if (n === scratch.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[n++] = s;
  };
  for (let k = 0; k < words.count; k++) {
    const ws = words.starts[k]!;
    if (back !== null) back(text, ws, push);
    if (self) push(ws);
  }
  // Insertion sort: a handful of entries, nearly in order already.
  for (let a = 1; a < n; a++) {
    const v = scratch[a]!;
    let b = a - 1;
    while (b >= 0 && scratch[b]! > v) {
      scratch[b + 1] = scratch[b]!;
      b--;
    }
    scratch[b + 1] = v;
  }
  return n;
}

/**
 * Call `fn` for each match of the sticky regex `re` (flag `y`) tried at the
 * candidate starts, left to right, skipping starts inside the previous match:
 * exactly what the same regex with flag `g` finds over the whole text,
 * provided every position where it can match is a candidate. Candidates are
 * each digit word's start (unless `self` is false) and whatever `back` pushes
 * for it (positions before the word, e.g. the start of "aged" in "aged 15").
 */
export function eachMatchAt(
  re: RegExp, text: string, words: DigitWords, fn: (m: RegExpExecArray) => void,
  back: ((text: string, ws: number, push: (s: number) => void) => void) | null = null, self = true,
): void {
  if (words.count === 0) return;
  const n = back === null && self ? -1 : gather(text, words, back, self);
  let next = 0;
  const count = n < 0 ? words.count : n;
  for (let k = 0; k < count; k++) {
    const s = n < 0 ? words.starts[k]! : scratch[k]!;
    if (s < next) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m === null) continue;
    next = s + Math.max(1, m[0].length);
    fn(m);
  }
}
