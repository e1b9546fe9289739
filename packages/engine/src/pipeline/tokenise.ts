/**
 * Stage 2: tokenisation of the normalised view. One hand-written scanner
 * (no backtracking regex), so it is linear in the text length.
 */

import { lowerCase } from '../util/lower-case.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'handle' | 'hashtag' | 'url' | 'punct' | 'other';

/** A token, with offsets into the normalised view. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** True when whitespace (or the start of the text) comes before the token. */
  readonly spaceBefore: boolean;
}

const enum C {
  Letter = 1,
  Digit = 2,
  Space = 4,
}

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = C.Letter;
  else if (c >= 48 && c <= 57) ASCII[c] = C.Digit;
  else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) ASCII[c] = C.Space;
}

const UNICODE_LETTER = /[\p{L}\p{M}]/u;
const UNICODE_SPACE = /\s/u;

/** Classes of BMP code units beyond ASCII, worked out on first sight (-1: not yet); surrogates are 0. */
const WIDE = new Int8Array(65536).fill(-1);
WIDE.fill(0, 0xd800, 0xe000);

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c]!;
  let k = WIDE[c]!;
  if (k < 0) {
    const ch = String.fromCharCode(c);
    k = UNICODE_LETTER.test(ch) ? C.Letter : UNICODE_SPACE.test(ch) ? C.Space : 0;
    WIDE[c] = k;
  }
  return k;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Split normalised text into tokens. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // One lower-casing of the whole text, sliced per token, instead of one call per token;
  // only where lower-casing keeps every offset (it can lengthen rare characters).
  const lowerAll = lowerCase(text);
  const sameLength = lowerAll.length === n;
  // Only white space lies between tokens, so a token has space before it when it is the first or
  // does not touch the one before (derived, not a flag kept up to date on every path).
  const emit = (start: number, end: number, kind: TokenKind): void => {
    const spaced = tokens.length === 0 || tokens[tokens.length - 1]!.end < start;
    tokens.push(makeToken(text, lowerAll, sameLength, start, end, kind, spaced));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII[c]! : classOf(text, i);
    if (cls === C.Space) {
      i++;
      continue;
    }
    // URLs: scheme or www. up to whitespace, trailing punctuation left out.
    if ((c === 104 || c === 72 || c === 119 || c === 87) && mayStartUrl(text, i, c) &&
      (sameLength ? startsUrl(lowerAll, i) : startsUrl(text.slice(i, i + 8).toLowerCase(), 0))) {
      let j = i;
      while (j < n && classOf(text, j) !== C.Space) j++;
      while (j > i && ').,;:!?\'"'.includes(text[j - 1]!)) j--;
      emit(i, j, 'url');
      i = j;
      continue;
    }
    if ((c === 64 || c === 35) && (i === 0 || !(classOf(text, i - 1) & (C.Letter | C.Digit)))) {
      // @handle or #hashtag
      let j = i + 1;
      while (j < n && (classOf(text, j) & (C.Letter | C.Digit) || text.charCodeAt(j) === 95)) j++;
      if (j > i + 1) {
        emit(i, j, c === 64 ? 'handle' : 'hashtag');
        i = j;
        continue;
      }
    }
    if (cls & (C.Letter | C.Digit)) {
      let j = i;
      let letters = 0;
      while (j < n) {
        const k = classOf(text, j);
        if (k & (C.Letter | C.Digit)) {
          if (k === C.Letter) letters++;
          j++;
          continue;
        }
        const cj = text.charCodeAt(j);
        // Inner apostrophes and hyphens stay inside a word ("O'Connor", "drink-driver"),
        // but a possessive 's is split off ("Smith's" → "Smith" "'s").
        if ((isApostrophe(cj) || cj === 45) && j + 1 < n && classOf(text, j + 1) & (C.Letter | C.Digit)) {
          if (isApostrophe(cj) && (text[j + 1] === 's' || text[j + 1] === 'S') &&
            (j + 2 >= n || !(classOf(text, j + 2) & (C.Letter | C.Digit)))) break;
          j++;
          continue;
        }
        break;
      }
      emit(i, j, letters === 0 ? 'number' : 'word');
      i = j;
      continue;
    }
    if (isApostrophe(c) && (text[i + 1] === 's' || text[i + 1] === 'S') && i > 0 &&
      classOf(text, i - 1) & (C.Letter | C.Digit) &&
      (i + 2 >= n || !(classOf(text, i + 2) & (C.Letter | C.Digit)))) {
      emit(i, i + 2, 'word');
      i += 2;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    emit(i, i + w, c < 128 ? 'punct' : 'other');
    i += w;
  }
  return tokens;
}

/**
 * A token over [start, end). Its lower-cased text is the token's own text when that holds no
 * upper-case or non-ASCII character (most tokens): one string fewer to allocate.
 */
function makeToken(text: string, lowerAll: string, sameLength: boolean, start: number, end: number,
  kind: TokenKind, spaceBefore: boolean): Token {
  const t = text.slice(start, end);
  let lower = t;
  if (!sameLength) lower = t.toLowerCase();
  else {
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 65 && c <= 90) || c >= 128) {
        lower = lowerAll.slice(start, end);
        break;
      }
    }
  }
  return { start, end, text: t, lower, kind, spaceBefore };
}

/**
 * Cheap first test for startsUrl at `i` (text[i] is h or w): the next character must be t (for
 * http) or w (for www), in either case; only T and t lower-case to t, and W and w to w. Most
 * words that start with h or w ("he", "was") stop here.
 */
function mayStartUrl(text: string, i: number, c: number): boolean {
  return (text.charCodeAt(i + 1) | 0x20) === ((c | 0x20) === 104 ? 116 : 119);
}

/** True if a URL scheme or "www." starts at `i` of the lower-cased text. */
function startsUrl(lower: string, i: number): boolean {
  return lower.startsWith('http://', i) || lower.startsWith('https://', i) || lower.startsWith('www.', i);
}
