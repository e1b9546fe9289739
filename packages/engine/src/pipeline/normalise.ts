/**
 * Stage 1: normalisation. Evasion (look-alike letters, zero-width characters,
 * compatibility forms) must not hide a problem, yet every range we report must
 * point into the text the author typed. So each view keeps a map from its own
 * offsets back to the original.
 */

import { lowerCase } from '../util/lower-case.js';

/** A view of the post text with a map back to original UTF-16 offsets. */
export interface NormalisedText {
  /** The text exactly as given. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the original offset of `text[i]`; `toOriginal[text.length]`
   * is `original.length`. `null` means the identity map (pure ASCII input: the common case).
   */
  readonly toOriginal: readonly number[] | null;
}

/** Characters removed outright: zero-width, bidi controls, soft hyphen, BOM, variation selectors. */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad || c === 0x034f || c === 0x061c || c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/**
 * Cyrillic and Greek letters that look like Latin ones. Police posts are in
 * English, so folding them costs nothing and defeats "ѕсum"-style evasion.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  'а': 'a', 'А': 'A', 'в': 'B', 'В': 'B', 'е': 'e', 'Е': 'E', 'ё': 'e', 'к': 'k', 'К': 'K',
  'м': 'm', 'М': 'M', 'н': 'H', 'Н': 'H', 'о': 'o', 'О': 'O', 'р': 'p', 'Р': 'P', 'с': 'c',
  'С': 'C', 'т': 'T', 'Т': 'T', 'у': 'y', 'У': 'Y', 'х': 'x', 'Х': 'X', 'ѕ': 's', 'Ѕ': 'S',
  'і': 'i', 'І': 'I', 'ј': 'j', 'Ј': 'J', 'ԁ': 'd', 'ɡ': 'g', 'ո': 'n', 'ս': 'u', 'ԛ': 'q',
  'ԝ': 'w', 'Ԝ': 'W', 'ӏ': 'l', 'α': 'a', 'Α': 'A', 'β': 'B', 'Β': 'B', 'ε': 'e', 'Ε': 'E',
  'ι': 'i', 'Ι': 'I', 'κ': 'k', 'Κ': 'K', 'ν': 'v', 'Ν': 'N', 'ο': 'o', 'Ο': 'O', 'ρ': 'p',
  'Ρ': 'P', 'τ': 't', 'Τ': 'T', 'υ': 'u', 'Υ': 'Y', 'χ': 'x', 'Χ': 'X', 'Ζ': 'Z', 'Η': 'H',
  'Μ': 'M', 'ı': 'i', 'ȷ': 'j', 'ℓ': 'l', '‘': "'", '’': "'", '‛': "'", '′': "'",
  '“': '"', '”': '"', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ',
};

// Printable ASCII plus tab/newline/CR: the fast path. The class is a single
// character set with a star quantifier, so the match is linear.
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/**
 * Normalise `original`: NFKC per character, look-alikes folded to Latin,
 * invisible characters dropped, controls and NUL turned into spaces, lone
 * surrogates replaced with U+FFFD. Case is kept (names need it).
 */
export function normalise(original: string): NormalisedText {
  if (PLAIN_ASCII.test(original)) return { original, text: original, toOriginal: null };
  let out = '';
  const map: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // Runs of printable ASCII are copied whole: most non-ASCII posts are ASCII with an emoji or a curly quote.
    if (c >= 0x20 && c < 0x7f) {
      let j = i + 1;
      while (j < n) {
        const d = original.charCodeAt(j);
        if (d < 0x20 || d >= 0x7f) break;
        j++;
      }
      out += original.slice(i, j);
      for (let k = i; k < j; k++) map.push(k);
      i = j;
      continue;
    }
    let width = 1;
    let piece: string;
    if (c < 0x80) {
      piece = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d ? ' ' : c === 0x7f ? ' ' : original[i]!;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        const cp = original.slice(i, i + 2);
        // Variation selectors supplement and tag characters (used to smuggle text) are invisible.
        const code = cp.codePointAt(0)!;
        piece = (code >= 0xe0000 && code <= 0xe01ef) ? '' : cp.normalize('NFKC');
      } else {
        piece = '\ufffd';
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      piece = '\ufffd';
    } else if (isInvisible(c)) {
      piece = '';
    } else {
      piece = foldBmp(c, original[i]!);
    }
    out += piece;
    for (let k = 0; k < piece.length; k++) map.push(i);
    i += width;
  }
  map.push(n);
  return { original, text: out, toOriginal: map };
}

// NFKC and look-alike folding of BMP characters, memoised: String.prototype.normalize is slow
// per call, and a post repeats the same few non-ASCII characters. Bounded so hostile input
// cannot grow it without limit.
const FOLDED = new Map<number, string>();

function foldBmp(c: number, ch: string): string {
  let piece = FOLDED.get(c);
  if (piece !== undefined) return piece;
  const folded = LOOKALIKES[ch];
  if (folded !== undefined) piece = folded;
  else {
    piece = ch.normalize('NFKC');
    if (piece.length === 1) piece = LOOKALIKES[piece] ?? piece;
  }
  if (FOLDED.size < 8192) FOLDED.set(c, piece);
  return piece;
}

/** Map a start offset in a view to the original text. */
export function originalStart(view: NormalisedText, offset: number): number {
  return view.toOriginal === null ? offset : view.toOriginal[offset]!;
}

/**
 * Map an end offset (exclusive) in a view to the original text: the end of the
 * original character that produced the view's last character of the range.
 */
export function originalEnd(view: NormalisedText, offset: number): number {
  if (view.toOriginal === null) return offset;
  if (offset <= 0) return view.toOriginal[0]!;
  // The end of the original character behind the range's last view character
  // (not the start of the next view character: dropped invisibles lie between).
  const last = view.toOriginal[offset - 1]!;
  const c = view.original.charCodeAt(last);
  return last + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}

/**
 * The lexicon view: lower case, accents removed, leetspeak digits inside words
 * turned into letters, runs of three or more of the same letter collapsed to
 * one, hyphens, underscores and white space made spaces, and spaced-out single
 * letters ("s h i t", "s.h.i.t") joined. Only lexicon matching uses it
 * (compileLexicon treats a run of spaces as one); numbers and names are read
 * from the normalised view.
 * Its `original` is `norm.text`: offsets map back into the normalised view.
 *
 * It runs on every check, so the common case (only one-for-one changes) is a
 * native `toLowerCase()` plus a scan, with the identity map.
 */
export function lexView(norm: NormalisedText): NormalisedText {
  const src = norm.text;
  const n = src.length;
  const lower = lowerCase(src);
  if (lower.length !== n) return foldSlow(src);
  ensure(n);
  // One pass copies the code units, notes whether separators occur and whether a leet character
  // touches a letter, and looks for what needs the slow path: a non-ASCII letter (accents), a letter
  // three times over, or spaced-out single letters ("s h i t", "s.h.i.t").
  const buf = codes;
  let flags = 0;
  // Classes of the last seven characters, two bits each, newest lowest (1 letter, 2 spacer: see LEX_INFO).
  let hist = 0;
  let p1 = -1, p2 = -1, a1 = 0, a2 = 0;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let a = 0;
    let spaced = 0;
    if (c < 128) {
      // One table read gives every class this pass needs (three reads before).
      const info = LEX_INFO[c]!;
      flags |= info;
      a = info & 3;
      spaced = (info >> 2) & 3;
      // Separators become spaces here: leetInPlace treats both as "other", so it reads the same.
      buf[i] = (info & F_SEPARATOR) !== 0 ? SPACE : c;
      // A leet character beside a letter ("sc0m", "b@stard"); a leading "@" is a handle, not leet.
      if ((a === 1 && a1 === 2 && !(p1 === 64 && a2 === 0)) || (a === 2 && a1 === 1)) flags |= F_LEET_TOUCH;
      if (a === 1 && c === p1 && c === p2) return foldSlow(src);
    } else {
      buf[i] = c;
      if (c >= 0xc0 && isLetterCode(c)) return foldSlow(src);
    }
    hist = ((hist << 2) | spaced) & 0x3fff;
    // Letter, spacer, letter, spacer, letter just before this character, with non-letters either side.
    if (((hist >> 2) & 0x3ff) === SPACED_RUN_CORE && (hist >> 12) !== 1 && (hist & 3) !== 1) return foldSlow(src);
    p2 = p1; p1 = c; a2 = a1; a1 = a;
  }
  // The end of the text is a non-letter: a spaced-out run may end there.
  if ((hist & 0x3ff) === SPACED_RUN_CORE && ((hist >> 10) & 3) !== 1) return foldSlow(src);
  const changes = (flags & F_LEET_TOUCH) !== 0 ? leetInPlace(buf, n) : 0;
  // Separators to turn into spaces (hyphens, line breaks: most tweets): a native replace.
  const base = (flags & F_SEPARATOR) === 0 ? lower : lower.replace(SEPARATORS, ' ');
  if (changes === 0) return { original: src, text: base, toOriginal: null };
  // A few leet characters (mostly in t.co links): splice their letters into the string; many, rebuild it whole.
  return { original: src, text: changes <= MAX_SPLICED ? spliceLetters(base, buf, changes) : codesToString(buf, n), toOriginal: null };
}

/** Leet changes up to which lexView splices letters into its string rather than rebuilding it. */
const MAX_SPLICED = 16;

/** `base` with the code units of `buf` at the first `count` positions of leetAt put in. */
function spliceLetters(base: string, buf: Uint16Array, count: number): string {
  let s = '';
  let from = 0;
  for (let k = 0; k < count; k++) {
    const at = leetAt[k]!;
    s += base.slice(from, at) + String.fromCharCode(buf[at]!);
    from = at + 1;
  }
  return s + base.slice(from);
}

/** The characters separatorToSpace maps to a space (one character class: linear). */
const SEPARATORS = /[-_\t\n\r]/g;

function separatorToSpace(c: number): number {
  return c === 45 || c === 95 || c === 9 || c === 10 || c === 13 ? SPACE : c;
}

// Scratch buffers reused across calls: allocating typed arrays per post costs
// more than the whole scan.
let codes = new Uint16Array(1024);
let from = new Int32Array(1024);
let out = new Uint16Array(1024);
/** Where leetInPlace changed a character (its first MAX_SPLICED changes). */
const leetAt = new Int32Array(MAX_SPLICED);

function ensure(size: number): void {
  if (codes.length >= size) return;
  let cap = codes.length;
  while (cap < size) cap *= 2;
  codes = new Uint16Array(cap);
  from = new Int32Array(cap);
  out = new Uint16Array(cap);
}

function foldSlow(src: string): NormalisedText {
  const n = src.length;
  ensure(n + 8);
  // Pass 1: lower case and strip accents (non-ASCII may change length).
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xc0) {
      codes[m] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      from[m++] = i;
      continue;
    }
    const folded = foldNonAscii(src[i]!);
    ensure(m + folded.length + (n - i) + 8);
    for (let k = 0; k < folded.length; k++) { codes[m] = folded.charCodeAt(k); from[m++] = i; }
  }
  leetInPlace(codes, m);
  return joinAndCollapse(src, codes, from, out, m);
}

/** Pass 2: join spaced-out letters, collapse repeats and white space. */
function joinAndCollapse(src: string, codes: Uint16Array, from: Int32Array, out: Uint16Array, m: number): NormalisedText {
  const n = src.length;
  const map: number[] = [];
  let len = 0;
  let i = 0;
  while (i < m) {
    // Cheap test first: a spaced run starts with a letter followed by a spacer.
    const run = i + 1 < m && isSpacer(codes[i + 1]!) ? spacedRunEnd(codes, m, i) : i;
    if (run > i) {
      for (let k = i; k < run; k += 2) len = pushCode(out, map, len, codes[k]!, from[k]!);
      i = run;
      continue;
    }
    const c = codes[i]!;
    if (i + 2 < m && c === codes[i + 1] && c === codes[i + 2] && isLetterCode(c)) {
      // Three or more of one letter become one ("shiiiit" → "shit"); doubles are ordinary spelling.
      let j = i + 3;
      while (j < m && codes[j] === c) j++;
      len = pushCode(out, map, len, c, from[i]!);
      i = j;
      continue;
    }
    len = pushCode(out, map, len, c, from[i]!);
    i++;
  }
  map.push(n);
  return { original: src, text: codesToString(out, len), toOriginal: map };
}

const foldCache = new Map<string, string>();

/** Lower-case a non-ASCII character and drop its combining marks. */
function foldNonAscii(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (foldCache.size < 4096) foldCache.set(ch, f);
  }
  return f;
}

function codesToString(buf: Uint16Array, len: number): string {
  let s = '';
  // fromCharCode.apply has an argument-count limit; 8192 is safe everywhere.
  for (let k = 0; k < len; k += 8192) {
    s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  }
  return s;
}

const SPACE = 32;

function pushCode(buf: Uint16Array, map: number[], len: number, c: number, at: number): number {
  buf[len] = separatorToSpace(c);
  map[len] = at;
  return len + 1;
}

/** Leet characters and the letters they stand for. */
const LEET = new Int32Array(128).fill(-1);
for (const [k, v] of Object.entries({
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l', '8': 'b',
})) LEET[k.charCodeAt(0)] = v.charCodeAt(0);

const UNICODE_LETTER_RE = /\p{L}/u;

// Letter-ness of every UTF-16 unit, filled lazily (-1 unknown) so the regex runs once per unit value.
const LETTER = new Int8Array(65536).fill(-1);
for (let c = 0; c < 0xc0; c++) LETTER[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;

function isLetterCode(c: number): boolean {
  // NaN (reading past the end of a string) is not a letter.
  if (!(c >= 0)) return false;
  let v = LETTER[c]!;
  if (v < 0) {
    v = UNICODE_LETTER_RE.test(String.fromCharCode(c)) ? 1 : 0;
    LETTER[c] = v;
  }
  return v === 1;
}

const isLeet = (c: number): boolean => c < 128 && LEET[c]! >= 0;

/** ASCII classes for the leet scan: 1 letter, 2 leet character, 0 other (one look-up per character). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isLetterCode(c) ? 1 : isLeet(c) ? 2 : 0;

/** LEX_INFO bit: separatorToSpace turns the character into a space. */
const F_SEPARATOR = 16;
/** Set by lexView's pass when a leet character touches a letter: only then can leetInPlace change anything. */
const F_LEET_TOUCH = 32;
/** Letter, spacer, letter, spacer, letter (oldest first), two bits a class. */
const SPACED_RUN_CORE = 0b01_10_01_10_01;
/**
 * Per ASCII code, for lexView's pass: bits 0-1 the leet class (ASCII_CLASS), bits 2-3 the
 * spaced-letter class (1 letter, 2 spacer: see isSpacer, 0 other), and F_SEPARATOR.
 */
const LEX_INFO = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const spaced = isLetterCode(c) ? 1 : isSpacer(c) ? 2 : 0;
  LEX_INFO[c] = ASCII_CLASS[c]! | (spaced << 2) | (c !== SPACE && separatorToSpace(c) === SPACE ? F_SEPARATOR : 0);
}

/**
 * Where the leet run [i, j) qualifies for conversion, return the index just
 * past its last convertible character; else -1. A run qualifies when a leet
 * character sits between two letters ("sh1t", "1d10t") or leads three or more
 * letters ("5hite"). Digits only before a short suffix ("10am", "2nd") or only
 * at the end ("NN16", "A43") are ordinary text, and a leading "@" is a handle.
 */
function leetRunEnd(codes: ArrayLike<number>, i: number, j: number): number {
  let start = i;
  if (codes[start] === 64) start++; // @handle
  let firstLetter = -1;
  let lastLetter = -1;
  let letters = 0;
  for (let k = start; k < j; k++) {
    if (isLetterCode(codes[k]!)) {
      if (firstLetter < 0) firstLetter = k;
      lastLetter = k;
      letters++;
    }
  }
  if (letters < 2) return -1;
  let end = j;
  // A trailing "!" or "|" is punctuation, not a letter.
  while (end > start && (codes[end - 1] === 33 || codes[end - 1] === 124)) end--;
  for (let k = firstLetter + 1; k < lastLetter; k++) if (!isLetterCode(codes[k]!)) return end;
  if (firstLetter > start && letters >= 3) return end;
  return -1;
}

/**
 * Turn leet characters into letters inside qualifying runs (see leetRunEnd). Returns how many
 * changed; the first MAX_SPLICED of their positions are left in leetAt, in order.
 */
function leetInPlace(codes: Uint16Array, m: number): number {
  let changed = 0;
  let i = 0;
  while (i < m) {
    const c = codes[i]!;
    if ((c < 128 ? ASCII_CLASS[c]! : isLetterCode(c) ? 1 : 0) === 0) { i++; continue; }
    let j = i;
    let leet = 0;
    while (j < m) {
      const d = codes[j]!;
      const k = d < 128 ? ASCII_CLASS[d]! : isLetterCode(d) ? 1 : 0;
      if (k !== 1) { if (k === 2) leet++; else break; }
      j++;
    }
    if (leet > 0) {
      const end = leetRunEnd(codes, i, j);
      const from = codes[i] === 64 ? i + 1 : i;
      for (let k = from; k < end; k++) {
        const d = codes[k]!;
        if (d < 128 && LEET[d]! >= 0) {
          codes[k] = LEET[d]!;
          if (changed < MAX_SPLICED) leetAt[changed] = k;
          changed++;
        }
      }
    }
    i = j;
  }
  return changed;
}

function isSingleLetter(codes: Uint16Array, m: number, k: number): boolean {
  return k < m && isLetterCode(codes[k]!) && !(k + 1 < m && isLetterCode(codes[k + 1]!));
}

/** Spacers allowed between spaced-out letters: space . - _ * + */
function isSpacer(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 43;
}

/**
 * If a run of at least three single letters separated by one spacer starts at
 * `i` ("s h i t"), return the index just past its last letter; else `i`.
 */
function spacedRunEnd(codes: Uint16Array, m: number, i: number): number {
  if (!isLetterCode(codes[i]!) || (i > 0 && isLetterCode(codes[i - 1]!))) return i;
  if (!isSingleLetter(codes, m, i)) return i;
  let k = i;
  let count = 1;
  while (k + 2 < m && isSpacer(codes[k + 1]!) && isSingleLetter(codes, m, k + 2)) {
    k += 2;
    count++;
  }
  return count >= 3 ? k + 1 : i;
}

/** Normalise a lexicon term exactly as the lexicon view normalises text. */
export function normaliseTerm(term: string): string {
  return lexView(normalise(term)).text.trim();
}
