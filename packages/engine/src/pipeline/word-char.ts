/**
 * What glues a word together for the lexicons (the per-lexicon trie and the
 * shared trie must agree, or a term would match in one and not the other).
 */

const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;

/**
 * True for a code unit that glues a word together: ASCII letters and digits,
 * and non-ASCII letters. Emoji (surrogate halves: after NFKC nothing else is
 * astral), variation selectors, Latin-1 and general punctuation, arrows and
 * symbols are not, so "idiot😂" and "idiot…" still end the word "idiot".
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return WORD[c] === 1;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0x3000 && c <= 0x303f));
}
