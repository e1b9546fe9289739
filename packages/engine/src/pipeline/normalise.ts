/**
 * Stage 1: normalisation. Evasion (look-alike letters, zero-width characters,
 * compatibility forms) must not hide a problem, yet every range we report must
 * point into the text the author typed. So each view keeps a map from its own
 * offsets back to the original.
 */

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
  readonly toOriginal: Int32Array | null;
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
  const out: string[] = [];
  const map: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
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
      const ch = original[i]!;
      const folded = LOOKALIKES[ch];
      if (folded !== undefined) piece = folded;
      else {
        piece = ch.normalize('NFKC');
        if (piece.length === 1) piece = LOOKALIKES[piece] ?? piece;
      }
    }
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]!);
      map.push(i);
    }
    i += width;
  }
  const text = out.join('');
  const toOriginal = new Int32Array(text.length + 1);
  for (let k = 0; k < map.length; k++) toOriginal[k] = map[k]!;
  toOriginal[text.length] = n;
  return { original, text, toOriginal };
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
 * turned into letters, runs of the same letter collapsed to one, and
 * spaced-out single letters ("s h i t", "s.h.i.t") joined. Only lexicon
 * matching uses it; numbers and names are read from the normalised view.
 * Its `original` is `norm.text`: offsets map back into the normalised view.
 */
export function lexView(norm: NormalisedText): NormalisedText {
  const src = norm.text;
  const n = src.length;
  // Pass 1: lower case, strip combining marks, leetspeak inside letter runs.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < n; i++) {
    let ch = src[i]!;
    const c = ch.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a) ch = String.fromCharCode(c + 32);
    else if (c >= 0xc0) {
      const base = ch.normalize('NFD');
      ch = base.length > 1 ? base.replace(/\p{M}/gu, '').toLowerCase() : ch.toLowerCase();
      if (ch.length === 0) continue; // a lone combining mark
    }
    chars.push(ch);
    from.push(i);
  }
  leetInPlace(chars);
  // Pass 2: join spaced-out letters, collapse repeated letters.
  const out: string[] = [];
  const map: number[] = [];
  const m = chars.length;
  let i = 0;
  while (i < m) {
    const run = spacedRunEnd(chars, i);
    if (run > i) {
      for (let k = i; k < run; k += 2) push(out, map, chars[k]!, from[k]!);
      i = run;
      continue;
    }
    push(out, map, chars[i]!, from[i]!);
    i++;
  }
  const text = out.join('');
  const toOriginal = new Int32Array(text.length + 1);
  for (let k = 0; k < map.length; k++) toOriginal[k] = map[k]!;
  toOriginal[text.length] = n;
  // The lexicon view maps into the normalised view, where rules work.
  return { original: src, text, toOriginal };
}

function push(out: string[], map: number[], ch: string, at: number): void {
  // White space runs, hyphens and underscores all become one space, so
  // "red-handed", "red  handed" and "red handed" read alike.
  if (ch === '-' || ch === '_' || ch === '\t' || ch === '\n' || ch === '\r') ch = ' ';
  const prev = out.length > 0 ? out[out.length - 1]! : '';
  if (ch === ' ' && prev === ' ') return;
  // Collapse repeated letters ("shiiiit" → "shit"); lexicon terms get the same treatment.
  if (ch === prev && isLetter(ch)) return;
  out.push(ch);
  map.push(at);
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l', '8': 'b',
};

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return /\p{L}/u.test(ch);
}

/** Turn leet characters into letters inside words that have at least two real letters. */
function leetInPlace(chars: string[]): void {
  const m = chars.length;
  let i = 0;
  while (i < m) {
    if (!isLetter(chars[i]!) && LEET[chars[i]!] === undefined) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    while (j < m && (isLetter(chars[j]!) || LEET[chars[j]!] !== undefined)) {
      if (isLetter(chars[j]!)) letters++; else leet++;
      j++;
    }
    // A trailing "!" is punctuation, not an "i".
    let end = j;
    while (end > i && (chars[end - 1] === '!' || chars[end - 1] === '|')) { end--; leet--; }
    if (letters >= 2 && leet > 0 && letters + leet >= 3) {
      for (let k = i; k < end; k++) {
        const sub = LEET[chars[k]!];
        if (sub !== undefined) chars[k] = sub;
      }
    }
    i = j;
  }
}

const SPACERS = new Set([' ', '.', '-', '_', '*', '+']);

/**
 * If a run of at least three single letters separated by one spacer starts at
 * `i` ("s h i t"), return the index just past its last letter; else `i`.
 */
function spacedRunEnd(chars: string[], i: number): number {
  if (i > 0 && isLetter(chars[i - 1]!)) return i;
  const single = (k: number): boolean =>
    k < chars.length && isLetter(chars[k]!) && !(k + 1 < chars.length && isLetter(chars[k + 1]!));
  if (!single(i)) return i;
  let k = i;
  let count = 1;
  while (k + 2 < chars.length && SPACERS.has(chars[k + 1]!) && single(k + 2)) {
    k += 2;
    count++;
  }
  return count >= 3 ? k + 1 : i;
}

/** Normalise a lexicon term exactly as the lexicon view normalises text. */
export function normaliseTerm(term: string): string {
  return lexView(normalise(term)).text.trim();
}
