/**
 * Feature templates of the name tagger. Each token gets FEATURES_PER_TOKEN
 * hashed feature ids (row numbers in the weight table), one per template;
 * template k is written at slot k. Token-level hashes come from
 * token-info.ts; templates combine them with a template id through `mix`, so
 * extraction allocates nothing beyond its reusable scratch arrays. Training
 * and tagging share this code, so what is learnt is what runs.
 *
 * The templates fall in groups, which the run-time scorer (scorer.ts) treats
 * differently: INTRINSIC ones depend on the token alone, the NEIGHBOUR ones
 * on one neighbour's word alone; of the context templates, LOCAL and PAIR
 * ones read only a few small fields, passed to them packed in a key (so
 * that their rows are a function of the key), and HIGH ones read hashes.
 */
import type { Token } from '../../pipeline/tokenise.js';
import { mix, pair } from './hash.js';
import { FINE_MASK } from './clusters.js';
import { Gaz, type Gazetteer } from './gazetteer.js';
import {
  Cap, FEATURES_PER_TOKEN, FeatureScratch, PAD, caseProfile, describe, padEdges, startsSentence,
} from './token-info.js';

export { FEATURES_PER_TOKEN, FeatureScratch };

/** Templates whose row depends on the token's own text and kind only (0 is a bias row). */
export const INTRINSIC: readonly number[] = [0, 1, 6, 8, 9, 10, 11, 12, 15, 21, 22, 32, 38, 39];
/** Templates 2, 3, 4, 5: the word at offset -1, +1, -2, +2. */
export const NEIGHBOUR_OFFSETS: readonly number[] = [-1, 1, -2, 2];
/** Context templates that read only the small fields packed by {@link localKey}. */
export const LOCAL: readonly number[] = [13, 23, 28, 30, 31, 34, 35];
/** Context templates that read only the small fields packed by {@link pairKey} and {@link pairKinds}. */
export const PAIR: readonly number[] = [14, 16, 17, 20, 26, 36, 37];
/** Context templates that read hashes: word pairs, the shape triple, word lists two away, the word cluster with the post's case profile. */
export const HIGH: readonly number[] = [7, 18, 19, 24, 25, 27, 29, 33, 40];

/** Init, AllCaps, Single or Mixed (classes 1–4). */
const isCapClass = (c: number): boolean => c >= Cap.Init && c <= Cap.Mixed;

/** Gazetteer bits that make a word a possible name. */
const NAME_BITS = Gaz.First | Gaz.Last | Gaz.KnownName | Gaz.Place | Gaz.Title;
/** With `(bits ^ NOT_COMMON) & NOT_COMMON`: set when the word is not a dictionary word. */
const NOT_COMMON = Gaz.Common;

/**
 * Mark tokens that are not part of a name, to skip scoring them as for
 * handles and links (their scores shift every path alike). None of them has
 * a capitalised neighbour: between capitalised words anything may join a
 * name ("Stoke on Trent", "Bank of England", "J. K. Rowling", "Smith, John").
 * - Punctuation that can sit inside a name (". , - ' &").
 * - In a post that capitalises its names (profile > 0), a lower-case word on
 *   no name list ("the", "with", "gonna").
 * - In a lower-case post (profile 0), where names may be lower case too, a
 *   lower-case dictionary word on no name list.
 * On BTC + WNUT-17 train this skips 45% of tokens and 1.3% of the tokens of
 * PER and LOC names (0.1–0.3% of what each rule skips); dev F1 moves by at
 * most 0.003.
 */
function markUnlikely(s: FeatureScratch, n: number, profile: number, skip: Uint8Array): void {
  const plainWord = profile === 0 ? NAME_BITS | NOT_COMMON : NAME_BITS;
  const cap = s.cap, kinds = s.kind, gaz = s.gaz;
  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    if (isCapClass(cap[p - 1]!) || isCapClass(cap[p + 1]!)) continue;
    const kind = kinds[p]!;
    if (kind === 6 || (kind === 1 && cap[p] === Cap.Lower && ((gaz[p]! ^ NOT_COMMON) & plainWord) === 0)) skip[i] = 1;
  }
}

/**
 * After every token is described: sentence starts, padding, the post's case
 * profile and (with `skip`) the tokens not worth scoring. Returns the case
 * profile.
 */
export function prepareContext(tokens: readonly Token[], text: string, s: FeatureScratch, skip?: Uint8Array): number {
  const n = tokens.length;
  for (let i = 0; i < n; i++) s.start[i + PAD] = startsSentence(tokens, i, text) ? 1 : 0;
  return finishContext(s, n, skip);
}

/** {@link prepareContext} once the sentence starts are in `s.start`. */
export function finishContext(s: FeatureScratch, n: number, skip?: Uint8Array): number {
  padEdges(s, n);
  const profile = caseProfile(s, n);
  if (skip !== undefined) markUnlikely(s, n, profile, skip);
  return profile;
}

/** Ids of the INTRINSIC templates of the token at padded position `p`, at f[o + template]. */
export function intrinsicFeatures(s: FeatureScratch, p: number, mask: number, f: Int32Array, o: number): void {
  const c0 = s.cap[p]!;
  f[o] = mix(0, 0) & mask;
  f[o + 1] = mix(1, s.word[p]!) & mask;
  f[o + 6] = mix(6, s.shape[p]!) & mask;
  f[o + 8] = mix(8, s.pre2[p]!) & mask;
  f[o + 9] = mix(9, s.pre3[p]!) & mask;
  f[o + 10] = mix(10, s.suf2[p]!) & mask;
  f[o + 11] = mix(11, s.suf3[p]!) & mask;
  f[o + 12] = mix(12, s.suf4[p]!) & mask;
  f[o + 15] = mix(15, s.gaz[p]! | (c0 << 8)) & mask;
  f[o + 21] = mix(21, s.len[p]! | (c0 << 4)) & mask;
  f[o + 22] = mix(22, s.exact[p]!) & mask;
  f[o + 32] = mix(32, s.tagSeg[p]! | (c0 << 12)) & mask;
  // Word clusters with the case class: what was learnt of "kingsley" carries over to "clooney".
  const cl = s.clus[p]!;
  f[o + 38] = mix(38, (cl & FINE_MASK) | (c0 << 12)) & mask;
  f[o + 39] = mix(39, (cl >>> 12) | (c0 << 12)) & mask;
}

/** Id of NEIGHBOUR template `k` (0–3: templates 2–5) for a neighbour whose word hash is `word`. */
export function neighbourFeature(k: number, word: number, mask: number): number {
  return mix(2 + k, word) & mask;
}

/**
 * The inputs of the LOCAL templates of token `i` (padded position `p`) of
 * `n`, packed in 20 bits: case class, sentence start, kind, word-list bits,
 * position (0–3, and last) and the post's case profile. The LOCAL rows are a
 * function of this key alone, so the run-time scorer can memoise their sum.
 */
export function localKey(s: FeatureScratch, p: number, i: number, n: number, profile: number): number {
  return s.cap[p]! | (s.start[p]! << 3) | (s.kind[p]! << 4) | (s.gaz[p]! << 7) |
    (Math.min(i, 3) << 15) | ((i === n - 1 ? 1 : 0) << 17) | (profile << 18);
}

/** Ids of the LOCAL templates for a {@link localKey}, at f[o + template]. */
export function localFeatures(key: number, mask: number, f: Int32Array, o: number): void {
  const c0 = key & 7, st = (key >>> 3) & 1, kind = (key >>> 4) & 7, g0 = (key >>> 7) & 255;
  const pos = (key >>> 15) & 7, profile = key >>> 18;
  const ctx = c0 | (st << 3);
  f[o + 13] = mix(13, ctx) & mask;
  f[o + 23] = mix(23, pos | (c0 << 3)) & mask;
  f[o + 28] = mix(28, g0 | (ctx << 8) | (kind << 12)) & mask;
  f[o + 30] = mix(30, profile | (ctx << 2)) & mask;
  f[o + 31] = mix(31, profile | (g0 << 2) | (c0 << 10)) & mask;
  // Single list memberships with capitalisation: the combined bit sets above are
  // sparse, these generalise to words whose exact combination is rare.
  const common = g0 & Gaz.Common ? 1 : 0;
  f[o + 34] = mix(34, (g0 & (Gaz.First | Gaz.KnownName) ? 1 : 0) | (common << 1) | (c0 << 2) | (profile << 5)) & mask;
  f[o + 35] = mix(35, (g0 & Gaz.Last ? 1 : 0) | (common << 1) | (c0 << 2) | (profile << 5)) & mask;
}

/**
 * The inputs of the PAIR templates at padded position `p`, but for the
 * kinds (see {@link pairKinds}), packed in 29 bits: word-list bits and case
 * classes of both neighbours, the token's case class, sentence start, a
 * title one or two words before, and whether the token is a listed first
 * name or surname.
 */
export function pairKey(s: FeatureScratch, p: number): number {
  const gaz = s.gaz, cap = s.cap;
  const g0 = gaz[p]!;
  const title = (gaz[p - 1]! & Gaz.Title) !== 0 || (gaz[p - 2]! & Gaz.Title) !== 0 ? 1 : 0;
  return gaz[p - 1]! | (gaz[p + 1]! << 8) | (cap[p - 1]! << 16) | (cap[p]! << 19) | (cap[p + 1]! << 22) |
    (s.start[p]! << 25) | (title << 26) | ((g0 & (Gaz.First | Gaz.KnownName) ? 1 : 0) << 27) | ((g0 & Gaz.Last ? 1 : 0) << 28);
}

/** The kinds of the token and its two neighbours, packed in 9 bits (the rest of the PAIR inputs). */
export function pairKinds(s: FeatureScratch, p: number): number {
  return s.kind[p - 1]! | (s.kind[p]! << 3) | (s.kind[p + 1]! << 6);
}

/** Ids of the PAIR templates for a {@link pairKey} and {@link pairKinds}, at f[o + template]. */
export function pairFeatures(key: number, kinds: number, mask: number, f: Int32Array, o: number): void {
  const gm1 = key & 255, gp1 = (key >>> 8) & 255, capm1 = (key >>> 16) & 7, c0 = (key >>> 19) & 7, capp1 = (key >>> 22) & 7;
  const st = (key >>> 25) & 1, title = (key >>> 26) & 1, name = (key >>> 27) & 1, last = (key >>> 28) & 1;
  f[o + 14] = mix(14, (kinds & 7) | (((kinds >>> 3) & 7) << 4) | ((kinds >>> 6) << 8)) & mask;
  f[o + 16] = mix(16, gm1 | (capm1 << 8) | (c0 << 12)) & mask;
  f[o + 17] = mix(17, gp1 | (capp1 << 8) | (c0 << 12)) & mask;
  f[o + 20] = mix(20, title | (c0 << 1) | (st << 4)) & mask;
  f[o + 26] = mix(26, capm1 | (c0 << 3) | (capp1 << 6) | (st << 9)) & mask;
  f[o + 36] = mix(36, name | (gp1 & Gaz.Last ? 2 : 0) | (gp1 & Gaz.Common ? 4 : 0) | (c0 << 3) | (capp1 << 6)) & mask;
  f[o + 37] = mix(37, last | (gm1 & (Gaz.First | Gaz.KnownName) ? 2 : 0) | (gm1 & Gaz.Title ? 4 : 0) | (c0 << 3) | (capm1 << 6)) & mask;
}

/** Ids of the HIGH templates of the token at padded position `p`, at f[o + template]. */
export function highFeatures(s: FeatureScratch, p: number, profile: number, mask: number, f: Int32Array, o: number): void {
  const w = s.word, shape = s.shape, gaz = s.gaz;
  const c0 = s.cap[p]!;
  const ctx = c0 | (s.start[p]! << 3);
  const w0 = w[p]!, wm1 = w[p - 1]!, wp1 = w[p + 1]!;
  f[o + 7] = mix(7, pair(pair(shape[p - 1]!, shape[p]!), shape[p + 1]!)) & mask;
  f[o + 18] = mix(18, pair(wm1, w0)) & mask;
  f[o + 19] = mix(19, pair(w0, wp1)) & mask;
  f[o + 24] = mix(24, pair(wm1, ctx)) & mask;
  f[o + 25] = mix(25, pair(wp1, ctx)) & mask;
  f[o + 27] = mix(27, gaz[p - 2]! | (gaz[p + 2]! << 8) | (c0 << 16)) & mask;
  f[o + 29] = mix(29, pair(shape[p]!, ctx)) & mask;
  f[o + 33] = mix(33, pair(wm1, wp1)) & mask;
  // The word's cluster in a lower-case or a capitalised post: "kingsley" in a post that writes
  // every name in lower case is likelier a name than in one that capitalises them.
  f[o + 40] = mix(40, (s.clus[p]! & FINE_MASK) | (c0 << 12) | (profile << 15)) & mask;
}

/**
 * Fill `s.feats` with FEATURES_PER_TOKEN feature ids per token, each reduced
 * to a row in a table of `1 << bits` rows. Tokens marked in `skip` get none
 * (their slots keep stale ids: the caller must not score them).
 */
export function extractFeatures(
  tokens: readonly Token[], text: string, gazetteer: Gazetteer, bits: number, s: FeatureScratch, skip?: Uint8Array,
): void {
  const n = tokens.length;
  s.ensure(n + 2 * PAD);
  for (let i = 0; i < n; i++) describe(tokens[i]!, i + PAD, s, gazetteer, text);
  const profile = prepareContext(tokens, text, s, skip);
  const mask = (1 << bits) - 1;
  const f = s.feats;
  for (let i = 0; i < n; i++) {
    // Tokens that can only be O need no features of their own (they still serve as context above).
    if (skip !== undefined && skip[i] === 1) continue;
    const p = i + PAD;
    const o = i * FEATURES_PER_TOKEN;
    intrinsicFeatures(s, p, mask, f, o);
    for (let k = 0; k < 4; k++) f[o + 2 + k] = neighbourFeature(k, s.word[p + NEIGHBOUR_OFFSETS[k]!]!, mask);
    localFeatures(localKey(s, p, i, n, profile), mask, f, o);
    pairFeatures(pairKey(s, p), pairKinds(s, p), mask, f, o);
    highFeatures(s, p, profile, mask, f, o);
  }
}
