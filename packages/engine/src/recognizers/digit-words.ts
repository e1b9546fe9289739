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

/** The digit words of a text: word k starts at starts[k], and classes[k] is its start class (startClass). */
export interface DigitWords {
  readonly count: number;
  readonly starts: readonly number[];
  readonly classes: readonly number[];
}

const NONE: DigitWords = { count: 0, starts: [], classes: [] };
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
  const classes: number[] = [];
  const n = text.length;
  while (i >= 0) {
    let s = i;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    starts.push(s);
    classes.push(startClass(text, s));
    i = e < n ? nextDigit(text, e) : -1;
  }
  return { count: starts.length, starts, classes };
}

/** The start of the letter-and-digit run that ends at `end` (== `end` when text[end - 1] is not one). */
export function runStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
  return s;
}

/** Adds candidate starts before the digit word starting at `ws` (see Anchored.back). */
export type Back = (text: string, ws: number, push: (s: number) => void) => void;

/**
 * Start classes, as bits: a run of n ASCII digits (bit n, n = 1..19; bit 20
 * for 20 or more), an upper-case ASCII letter, a lower-case one, anything else.
 */
export const UPPER = 1 << 21;
export const LOWER = 1 << 22;
export const OTHER = 1 << 23;
export const LETTER = UPPER | LOWER;

/** The start-class bits of digit runs of `min` to `max` digits. */
export function digitRun(min: number, max = min): number {
  let mask = 0;
  for (let k = min; k <= max; k++) mask |= 1 << k;
  return mask;
}

/** Any run of digits. */
export const DIGITS = digitRun(1, 20);

/** The start class of position `s` (one bit). */
function startClass(text: string, s: number): number {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) {
    let e = s + 1;
    while (e < text.length && e - s < 20 && isDigitCode(text.charCodeAt(e))) e++;
    return 1 << (e - s);
  }
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 97 && c <= 122) return LOWER;
  return OTHER;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A sticky regex and where its matches can start. A regex whose matches
 * begin with exactly n digits ("\\d{3}[ -]" begins with 3: the lookbehind
 * forbids starting inside a run) lists those n in `starts`, so the common
 * number that fits no shape costs no exec at all. Make one with anchored():
 * all have one shape, so reading them stays monomorphic.
 */
export interface Anchored {
  /** The regex, with flag y (the original global regex's source, leading lookbehind and all). */
  readonly re: RegExp;
  /** Start classes a match can begin with (e.g. digitRun(3) | digitRun(10), or LETTER). */
  readonly starts: number;
  /** Pushes positions before a digit word where a match may start ("aged 15", "AB 12 34 56 C"), or null. */
  readonly back: Back | null;
  /** False when no match starts at a digit word's own start. */
  readonly self: boolean;
}

/** An Anchored regex (see Anchored). `re` must have flag y. */
export function anchored(re: RegExp, starts: number, back: Back | null = null, self = true): Anchored {
  if (!re.sticky) throw new Error('anchored() needs a sticky regex');
  return { re, starts, back, self };
}

// Scratch for candidate starts (a check runs to completion, so one buffer serves every call).
let scratch = new Int32Array(64);
let count = 0;

function push(s: number): void {
  if (s < 0) return;
  if (count === scratch.length) {
    const bigger = new Int32Array(count * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[count++] = s;
}

/** Fill the scratch buffer with the sorted candidate starts of `p`; returns how many. */
function gather(p: Anchored, text: string, words: DigitWords): number {
  count = 0;
  const back = p.back;
  for (let k = 0; k < words.count; k++) {
    const ws = words.starts[k]!;
    if (back !== null) back(text, ws, push);
    if (p.self) push(ws);
  }
  // Insertion sort: a handful of entries, nearly in order already (a back
  // position lies at most one word before its digit word).
  for (let a = 1; a < count; a++) {
    const v = scratch[a]!;
    let b = a - 1;
    while (b >= 0 && scratch[b]! > v) {
      scratch[b + 1] = scratch[b]!;
      b--;
    }
    scratch[b + 1] = v;
  }
  return count;
}

/**
 * Call `fn` for each match of `p.re` tried at the candidate starts, left to
 * right, skipping starts inside the previous match: exactly what the same
 * regex with flag g finds over the whole text, provided every position where
 * it can match is a candidate of a class in `p.starts`. Candidates are each
 * digit word's start (unless `p.self` is false) and whatever `p.back` pushes.
 * `fn` must not call eachMatchAt itself (the candidates live in one shared buffer).
 */
export function eachMatchAt(p: Anchored, text: string, words: DigitWords, fn: (m: RegExpExecArray) => void): void {
  if (words.count === 0) return;
  const direct = p.back === null && p.self;
  const n = direct ? words.count : gather(p, text, words);
  let next = 0;
  for (let k = 0; k < n; k++) {
    const s = direct ? words.starts[k]! : scratch[k]!;
    if (s < next || ((direct ? words.classes[k]! : startClass(text, s)) & p.starts) === 0) continue;
    p.re.lastIndex = s;
    const m = p.re.exec(text);
    if (m === null) continue;
    next = s + Math.max(1, m[0].length);
    fn(m);
  }
}
