/**
 * Feature extraction for the name tagger. Each token gets FEATURES_PER_TOKEN
 * hashed feature ids (row numbers in the weight table). Token-level hashes are
 * computed once from char codes; features then combine them with a template
 * id, so extraction allocates nothing beyond its reusable scratch arrays.
 * Training and tagging share this code, so what is learnt is what runs.
 */
import type { Token } from '../../pipeline/tokenise.js';
import { FNV_OFFSET, fnv1a, fnvStep, mix, pair } from './hash.js';
import { Gaz, type Gazetteer } from './gazetteer.js';

/** Padding slots before and after the tokens in the per-token arrays. */
const PAD = 2;

/** Number of feature ids written per token. */
export const FEATURES_PER_TOKEN = 38;

/** Capitalisation classes. */
const enum Cap { Lower = 0, Init = 1, AllCaps = 2, Single = 3, Mixed = 4, None = 5 }

const KIND_CODE: Readonly<Record<Token['kind'], number>> = {
  word: 1, number: 2, handle: 3, hashtag: 4, url: 5, punct: 6, other: 7,
};

// Stand-in word hashes for tokens whose exact text carries no signal.
const H_HANDLE = fnv1a('<@>');
const H_URL = fnv1a('<url>');
const H_BOUNDARY_L = fnv1a('<s>');
const H_BOUNDARY_R = fnv1a('</s>');

/** Reusable per-call buffers; grow on demand, never shrink. */
export class FeatureScratch {
  /** Feature ids, FEATURES_PER_TOKEN per token. */
  feats = new Int32Array(64 * FEATURES_PER_TOKEN);
  word = new Int32Array(64);
  exact = new Int32Array(64);
  shape = new Int32Array(64);
  pre2 = new Int32Array(64);
  pre3 = new Int32Array(64);
  suf2 = new Int32Array(64);
  suf3 = new Int32Array(64);
  suf4 = new Int32Array(64);
  cap = new Uint8Array(64);
  gaz = new Uint8Array(64);
  kind = new Uint8Array(64);
  start = new Uint8Array(64);
  len = new Uint8Array(64);
  /** Hashtags: segment count and the gazetteer bits of their camel-case segments. */
  tagSeg = new Int32Array(64);

  /** Make room for `n` tokens. */
  ensure(n: number): void {
    if (this.word.length >= n) return;
    let cap = this.word.length;
    while (cap < n) cap *= 2;
    this.feats = new Int32Array(cap * FEATURES_PER_TOKEN);
    for (const k of ['word', 'exact', 'shape', 'pre2', 'pre3', 'suf2', 'suf3', 'suf4', 'tagSeg'] as const) this[k] = new Int32Array(cap);
    for (const k of ['cap', 'gaz', 'kind', 'start', 'len'] as const) this[k] = new Uint8Array(cap);
  }
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Per-token hashes and classes of token `t`, written at (padded) index `i`. */
function describe(t: Token, i: number, s: FeatureScratch, gazetteer: Gazetteer): void {
  const kind = t.kind;
  s.kind[i] = KIND_CODE[kind];
  if (kind === 'handle' || kind === 'url') {
    // Never names themselves; as context only their kind matters.
    const h = kind === 'handle' ? H_HANDLE : H_URL;
    s.cap[i] = Cap.None; s.len[i] = 0; s.shape[i] = h; s.gaz[i] = 0; s.tagSeg[i] = 0;
    s.word[i] = h; s.exact[i] = h;
    s.pre2[i] = h; s.pre3[i] = h; s.suf2[i] = h; s.suf3[i] = h; s.suf4[i] = h;
    return;
  }
  const text = t.text;
  // Lower-casing can change the length (rare non-ASCII): then hash the text for both.
  const lower = t.lower.length === text.length ? t.lower : text;
  // Hashtags are read through their body: "#JohnSmith" looks like "JohnSmith".
  const from = kind === 'hashtag' ? 1 : 0;
  const n = text.length;
  let upper = 0, lowerCount = 0, lastCls = -1, shapeLen = 0;
  let firstUpper = false;
  let shape = FNV_OFFSET, word = FNV_OFFSET, exact = FNV_OFFSET;
  let pre2 = 0, pre3 = 0;
  // One pass: case counts, collapsed shape, word and exact-case hashes, prefixes.
  for (let k = from; k < n; k++) {
    const c = text.charCodeAt(k);
    const lc = lower.charCodeAt(k);
    word = fnvStep(word, lc);
    exact = fnvStep(exact, c);
    if (k === from + 1) pre2 = word;
    else if (k === from + 2) pre3 = word;
    let cls: number;
    if (isUpper(c)) { upper++; cls = 88; if (k === from) firstUpper = true; }
    else if (isLower(c) || c > 0xff) { lowerCount++; cls = 120; }
    else if (c >= 48 && c <= 57) cls = 100;
    else cls = c;
    // Collapsed shape ("Xx", "X.X.", "Xx-Xx"), at most six classes long.
    if (cls !== lastCls && shapeLen < 6) { shape = fnvStep(shape, cls); shapeLen++; lastCls = cls; }
  }
  // Suffixes hashed from the end backwards, one short pass.
  let suf = FNV_OFFSET, suf2 = 0, suf3 = 0, suf4 = 0;
  for (let k = n - 1, d = 1; k >= from && d <= 4; k--, d++) {
    suf = fnvStep(suf, lower.charCodeAt(k));
    if (d === 2) suf2 = suf; else if (d === 3) suf3 = suf; else if (d === 4) suf4 = suf;
  }
  const letters = upper + lowerCount;
  let cap: Cap;
  if (letters === 0) cap = Cap.None;
  else if (upper === 0) cap = Cap.Lower;
  else if (lowerCount === 0) cap = upper === 1 ? Cap.Single : Cap.AllCaps;
  else if (firstUpper && upper === 1) cap = Cap.Init;
  else cap = Cap.Mixed;
  s.cap[i] = cap;
  s.len[i] = Math.min(n - from, 12);
  s.shape[i] = mix(from === 1 ? 99 : 98, shape);
  s.word[i] = word; s.exact[i] = exact;
  s.pre2[i] = pre2; s.pre3[i] = pre3; s.suf2[i] = suf2; s.suf3[i] = suf3; s.suf4[i] = suf4;
  // `word` is the FNV-1a of the lower-cased word (hashtag body): the gazetteer's key.
  s.gaz[i] = kind === 'word' || kind === 'hashtag' ? gazetteer.get(word) : 0;
  s.tagSeg[i] = from === 1 ? hashtagSegments(text, lower, gazetteer) : 0;
}

/**
 * Split a hashtag body at case humps and digits ("#JohnSmithRIP" → John,
 * Smith, RIP) and summarise: segment count (max 3) and, per segment position
 * (first, second, last), whether it is a known first name or surname.
 */
function hashtagSegments(text: string, lower: string, gazetteer: Gazetteer): number {
  let count = 0;
  let summary = 0;
  let start = 1;
  const n = text.length;
  for (let k = 2; k <= n; k++) {
    const c = k < n ? text.charCodeAt(k) : 0;
    const prev = text.charCodeAt(k - 1);
    const boundary = k === n || (isUpper(c) && !isUpper(prev)) || ((c >= 48 && c <= 57) !== (prev >= 48 && prev <= 57));
    if (!boundary) continue;
    if (k - start >= 2) {
      const bits = gazetteer.get(fnv1a(lower, start, k));
      const name = (bits & (Gaz.First | Gaz.KnownName) ? 1 : 0) | (bits & Gaz.Last ? 2 : 0) | (bits & Gaz.Common ? 4 : 0);
      const slot = count === 0 ? 0 : k === n ? 2 : 1;
      summary |= name << (slot * 3);
      count++;
    }
    start = k;
  }
  return summary | (Math.min(count, 3) << 9);
}

/** Case profile of the whole post: 0 mostly lower case, 1 mixed, 2 mostly capitalised words, 3 mostly capitals. */
function caseProfile(s: FeatureScratch, n: number): number {
  let words = 0, caps = 0, allCaps = 0;
  for (let i = PAD; i < n + PAD; i++) {
    if (s.kind[i] !== 1 || s.len[i]! < 2) continue;
    words++;
    const c = s.cap[i]!;
    if (c === Cap.Init || c === Cap.Mixed) caps++;
    else if (c === Cap.AllCaps) allCaps++;
  }
  if (words === 0) return 1;
  if (allCaps * 10 > words * 6) return 3;
  if ((caps + allCaps) * 10 > words * 6) return 2;
  return (caps + allCaps) * 10 < words * 2 ? 0 : 1;
}

/** True when token `i` starts a sentence: first token, after . ! ? : or a line break. */
function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  if (prev.kind === 'punct') {
    const c = prev.text.charCodeAt(0);
    if (c === 46 || c === 33 || c === 63 || c === 58) return true;
  }
  for (let k = prev.end; k < tokens[i]!.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const isCapClass = (c: number): boolean => c === Cap.Init || c === Cap.AllCaps || c === Cap.Single || c === Cap.Mixed;

/** Gazetteer bits that make a word a possible name. */
const NAME_BITS = Gaz.First | Gaz.Last | Gaz.KnownName | Gaz.Place | Gaz.Title;

/**
 * In a post that capitalises its names, a lower-case word that is on no name
 * list ("the", "with", "gonna") and has no capitalised neighbour is not part
 * of a name: mark it to skip scoring, as for punctuation (same dev and
 * held-out figures, a third fewer tokens scored). Lower-case posts (profile
 * 0) are left alone, where names are written in lower case too.
 */
function markLowerCommon(s: FeatureScratch, n: number, skip: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    if (s.cap[p] !== Cap.Lower || s.kind[p] !== 1 || (s.gaz[p]! & NAME_BITS) !== 0) continue;
    // Between two capitalised words it may join a name ("Stoke on Trent", "Bank of England").
    if (isCapClass(s.cap[p - 1]!) || isCapClass(s.cap[p + 1]!)) continue;
    skip[i] = 1;
  }
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
  for (let i = 0; i < n; i++) {
    describe(tokens[i]!, i + PAD, s, gazetteer);
    s.start[i + PAD] = startsSentence(tokens, i, text) ? 1 : 0;
  }
  // Two padding slots either side: neighbours need no bounds checks.
  const w = s.word, shape = s.shape, cap = s.cap, gaz = s.gaz, kind = s.kind;
  for (let k = 0; k < PAD; k++) {
    const l = k, r = n + PAD + k;
    w[l] = H_BOUNDARY_L; w[r] = H_BOUNDARY_R;
    shape[l] = 0; shape[r] = 0; cap[l] = 7; cap[r] = 7; gaz[l] = 0; gaz[r] = 0; kind[l] = 0; kind[r] = 0;
  }
  const profile = caseProfile(s, n);
  if (skip !== undefined && profile !== 0) markLowerCommon(s, n, skip);
  const mask = (1 << bits) - 1;
  const f = s.feats;
  for (let i = 0; i < n; i++) {
    // Tokens that can only be O need no features of their own (they still serve as context above).
    if (skip !== undefined && skip[i] === 1) continue;
    const p = i + PAD;
    const o = i * FEATURES_PER_TOKEN;
    const c0 = cap[p]!;
    const g0 = gaz[p]!;
    const st = s.start[p]!;
    const ctx = c0 | (st << 3);
    const w0 = w[p]!, wm1 = w[p - 1]!, wp1 = w[p + 1]!;
    const titleBefore = (gaz[p - 1]! & Gaz.Title) !== 0 || (gaz[p - 2]! & Gaz.Title) !== 0 ? 1 : 0;
    f[o] = mix(0, 0) & mask;
    f[o + 1] = mix(1, w0) & mask;
    f[o + 2] = mix(2, wm1) & mask;
    f[o + 3] = mix(3, wp1) & mask;
    f[o + 4] = mix(4, w[p - 2]!) & mask;
    f[o + 5] = mix(5, w[p + 2]!) & mask;
    f[o + 6] = mix(6, shape[p]!) & mask;
    f[o + 7] = mix(7, pair(pair(shape[p - 1]!, shape[p]!), shape[p + 1]!)) & mask;
    f[o + 8] = mix(8, s.pre2[p]!) & mask;
    f[o + 9] = mix(9, s.pre3[p]!) & mask;
    f[o + 10] = mix(10, s.suf2[p]!) & mask;
    f[o + 11] = mix(11, s.suf3[p]!) & mask;
    f[o + 12] = mix(12, s.suf4[p]!) & mask;
    f[o + 13] = mix(13, ctx) & mask;
    f[o + 14] = mix(14, kind[p - 1]! | (kind[p]! << 4) | (kind[p + 1]! << 8)) & mask;
    f[o + 15] = mix(15, g0 | (c0 << 8)) & mask;
    f[o + 16] = mix(16, gaz[p - 1]! | (cap[p - 1]! << 8) | (c0 << 12)) & mask;
    f[o + 17] = mix(17, gaz[p + 1]! | (cap[p + 1]! << 8) | (c0 << 12)) & mask;
    f[o + 18] = mix(18, pair(wm1, w0)) & mask;
    f[o + 19] = mix(19, pair(w0, wp1)) & mask;
    f[o + 20] = mix(20, titleBefore | (c0 << 1) | (st << 4)) & mask;
    f[o + 21] = mix(21, s.len[p]! | (c0 << 4)) & mask;
    f[o + 22] = mix(22, s.exact[p]!) & mask;
    f[o + 23] = mix(23, Math.min(i, 3) | ((i === n - 1 ? 1 : 0) << 2) | (c0 << 3)) & mask;
    f[o + 24] = mix(24, pair(wm1, ctx)) & mask;
    f[o + 25] = mix(25, pair(wp1, ctx)) & mask;
    f[o + 26] = mix(26, cap[p - 1]! | (c0 << 3) | (cap[p + 1]! << 6) | (st << 9)) & mask;
    f[o + 27] = mix(27, gaz[p - 2]! | (gaz[p + 2]! << 8) | (c0 << 16)) & mask;
    f[o + 28] = mix(28, g0 | (ctx << 8) | (kind[p]! << 12)) & mask;
    f[o + 29] = mix(29, pair(shape[p]!, ctx)) & mask;
    f[o + 30] = mix(30, profile | (ctx << 2)) & mask;
    f[o + 31] = mix(31, profile | (g0 << 2) | (c0 << 10)) & mask;
    f[o + 32] = mix(32, s.tagSeg[p]! | (c0 << 12)) & mask;
    f[o + 33] = mix(33, pair(wm1, wp1)) & mask;
    // Single list memberships with capitalisation: the combined bit sets above are
    // sparse, these generalise to words whose exact combination is rare.
    const name = g0 & (Gaz.First | Gaz.KnownName) ? 1 : 0;
    const last = g0 & Gaz.Last ? 1 : 0;
    const common = g0 & Gaz.Common ? 1 : 0;
    f[o + 34] = mix(34, name | (common << 1) | (c0 << 2) | (profile << 5)) & mask;
    f[o + 35] = mix(35, last | (common << 1) | (c0 << 2) | (profile << 5)) & mask;
    const gp1 = gaz[p + 1]!, gm1 = gaz[p - 1]!;
    f[o + 36] = mix(36, name | (gp1 & Gaz.Last ? 2 : 0) | (gp1 & Gaz.Common ? 4 : 0) | (c0 << 3) | (cap[p + 1]! << 6)) & mask;
    f[o + 37] = mix(37, last | (gm1 & (Gaz.First | Gaz.KnownName) ? 2 : 0) | (gm1 & Gaz.Title ? 4 : 0) | (c0 << 3) | (cap[p - 1]! << 6)) & mask;
  }
}
