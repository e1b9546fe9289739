/**
 * What the name tagger knows about each token on its own: hashes of its
 * text (lower case, exact case, prefixes, suffixes, shape), capitalisation
 * class, length, word-list bits and hashtag segments. Computed once per
 * token from char codes into reusable typed arrays, so nothing is allocated.
 */
import type { Token } from '../../pipeline/tokenise.js';
import { FNV_OFFSET, fnv1a, fnvStep, mix } from './hash.js';
import { Gaz, type Gazetteer } from './gazetteer.js';

/** Padding slots before and after the tokens in the per-token arrays. */
export const PAD = 2;

/** Number of feature ids (templates) per token; the templates are in features.ts. */
export const FEATURES_PER_TOKEN = 41;

/** Capitalisation classes (7 marks a padding slot). */
export const enum Cap { Lower = 0, Init = 1, AllCaps = 2, Single = 3, Mixed = 4, None = 5 }

/**
 * Token kinds as small integers (0 is a padding slot): word 1, number 2,
 * handle 3, hashtag 4, url 5, punct 6, other 7. Compares of the (interned)
 * kind strings, cheaper per token than a keyed property look-up.
 */
export function kindCode(kind: Token['kind']): number {
  if (kind === 'word') return 1;
  if (kind === 'punct') return 6;
  if (kind === 'hashtag') return 4;
  if (kind === 'number') return 2;
  if (kind === 'handle') return 3;
  return kind === 'url' ? 5 : 7;
}

// Stand-in word hashes for tokens whose exact text carries no signal, and for the padding.
export const H_HANDLE = fnv1a('<@>');
export const H_URL = fnv1a('<url>');
export const H_BOUNDARY_L = fnv1a('<s>');
export const H_BOUNDARY_R = fnv1a('</s>');

/** Reusable per-call buffers, indexed by padded token position; grow on demand, never shrink. */
export class FeatureScratch {
  /** Feature ids, FEATURES_PER_TOKEN per token (training and tests). */
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
  /** Word clusters, packed as WordClusters.get returns them (0: unknown word, handle, link, padding). */
  clus = new Int32Array(64);

  /** Make room for `n` padded positions. */
  ensure(n: number): void {
    if (this.word.length >= n) return;
    let cap = this.word.length;
    while (cap < n) cap *= 2;
    this.feats = new Int32Array(cap * FEATURES_PER_TOKEN);
    for (const k of ['word', 'exact', 'shape', 'pre2', 'pre3', 'suf2', 'suf3', 'suf4', 'tagSeg', 'clus'] as const) this[k] = new Int32Array(cap);
    for (const k of ['cap', 'gaz', 'kind', 'start', 'len'] as const) this[k] = new Uint8Array(cap);
  }
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Lower case of char `c` at `k` in the post text, as the token's `lower` has
 * it: ASCII directly (the common case needs no string access), other chars
 * from `lower` (token-relative offset `k - start`). When lower-casing changed
 * the token's length, `lowered` is false and the text stands in for its lower
 * case.
 */
function lowerChar(c: number, k: number, start: number, lower: string, lowered: boolean): number {
  if (!lowered) return c;
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return lower.charCodeAt(k - start);
}

/**
 * Per-token hashes and classes of token `t`, written at (padded) index `i`.
 * Chars are read from `src`, the text the tokens index into (one flat
 * string: much faster to read than each token's own slice).
 */
export function describe(t: Token, i: number, s: FeatureScratch, gazetteer: Gazetteer, src: string): void {
  const kind = t.kind;
  s.kind[i] = kindCode(kind);
  if (kind === 'handle' || kind === 'url') {
    // Never names themselves; as context only their kind matters.
    const h = kind === 'handle' ? H_HANDLE : H_URL;
    s.cap[i] = Cap.None; s.len[i] = 0; s.shape[i] = h; s.gaz[i] = 0; s.tagSeg[i] = 0; s.clus[i] = 0;
    s.word[i] = h; s.exact[i] = h;
    s.pre2[i] = h; s.pre3[i] = h; s.suf2[i] = h; s.suf3[i] = h; s.suf4[i] = h;
    return;
  }
  const start = t.start, end = t.end;
  const lower = t.lower;
  const lowered = lower.length === end - start;
  // Hashtags are read through their body: "#JohnSmith" looks like "JohnSmith".
  const from = start + (kind === 'hashtag' ? 1 : 0);
  let upper = 0, lowerCount = 0, lastCls = -1, shapeLen = 0;
  let firstUpper = false;
  let shape = FNV_OFFSET, word = FNV_OFFSET, exact = FNV_OFFSET;
  let pre2 = 0, pre3 = 0;
  // One pass: case counts, collapsed shape, word and exact-case hashes, prefixes.
  for (let k = from; k < end; k++) {
    const c = src.charCodeAt(k);
    word = fnvStep(word, lowerChar(c, k, start, lower, lowered));
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
  for (let k = end - 1, d = 1; k >= from && d <= 4; k--, d++) {
    suf = fnvStep(suf, lowerChar(src.charCodeAt(k), k, start, lower, lowered));
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
  s.len[i] = Math.min(end - from, 12);
  s.shape[i] = mix(from > start ? 99 : 98, shape);
  s.word[i] = word; s.exact[i] = exact;
  s.pre2[i] = pre2; s.pre3[i] = pre3; s.suf2[i] = suf2; s.suf3[i] = suf3; s.suf4[i] = suf4;
  // `word` is the FNV-1a of the lower-cased word (hashtag body): the gazetteer's key.
  const listed = kind === 'word' || kind === 'hashtag';
  s.gaz[i] = listed ? gazetteer.get(word) : 0;
  s.clus[i] = listed ? gazetteer.clusters.get(word) : 0;
  s.tagSeg[i] = from > start ? hashtagSegments(src, start, end, lower, lowered, gazetteer) : 0;
}

/**
 * Split a hashtag body at case humps and digits ("#JohnSmithRIP" → John,
 * Smith, RIP) and summarise: segment count (max 3) and, per segment position
 * (first, second, last), whether it is a known first name or surname.
 */
function hashtagSegments(src: string, start: number, end: number, lower: string, lowered: boolean, gazetteer: Gazetteer): number {
  let count = 0;
  let summary = 0;
  let seg = start + 1;
  for (let k = start + 2; k <= end; k++) {
    const c = k < end ? src.charCodeAt(k) : 0;
    const prev = src.charCodeAt(k - 1);
    const boundary = k === end || (isUpper(c) && !isUpper(prev)) || ((c >= 48 && c <= 57) !== (prev >= 48 && prev <= 57));
    if (!boundary) continue;
    if (k - seg >= 2) {
      let h = FNV_OFFSET;
      for (let j = seg; j < k; j++) h = fnvStep(h, lowerChar(src.charCodeAt(j), j, start, lower, lowered));
      const bits = gazetteer.get(h);
      const name = (bits & (Gaz.First | Gaz.KnownName) ? 1 : 0) | (bits & Gaz.Last ? 2 : 0) | (bits & Gaz.Common ? 4 : 0);
      const slot = count === 0 ? 0 : k === end ? 2 : 1;
      summary |= name << (slot * 3);
      count++;
    }
    seg = k;
  }
  return summary | (Math.min(count, 3) << 9);
}

/** Fill the padding slots either side of `n` tokens: neighbours need no bounds checks. */
export function padEdges(s: FeatureScratch, n: number): void {
  for (let k = 0; k < PAD; k++) {
    const l = k, r = n + PAD + k;
    s.word[l] = H_BOUNDARY_L; s.word[r] = H_BOUNDARY_R;
    s.shape[l] = 0; s.shape[r] = 0; s.cap[l] = 7; s.cap[r] = 7; s.gaz[l] = 0; s.gaz[r] = 0; s.kind[l] = 0; s.kind[r] = 0;
    s.clus[l] = 0; s.clus[r] = 0;
  }
}

/** True when token `i` starts a sentence: first token, after . ! ? : or a line break. */
export function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  if (prev.kind === 'punct') {
    const c = prev.text.charCodeAt(0);
    if (c === 46 || c === 33 || c === 63 || c === 58) return true;
  }
  for (let k = prev.end; k < tokens[i]!.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Case profile of the whole post: 0 mostly lower case, 1 mixed, 2 mostly capitalised words, 3 mostly capitals. */
export function caseProfile(s: FeatureScratch, n: number): number {
  let words = 0, caps = 0, allCaps = 0;
  const kind = s.kind, len = s.len, cap = s.cap;
  for (let i = PAD; i < n + PAD; i++) {
    if (kind[i] !== 1 || len[i]! < 2) continue;
    words++;
    const c = cap[i]!;
    if (c === Cap.Init || c === Cap.Mixed) caps++;
    else if (c === Cap.AllCaps) allCaps++;
  }
  if (words === 0) return 1;
  if (allCaps * 10 > words * 6) return 3;
  if ((caps + allCaps) * 10 > words * 6) return 2;
  return (caps + allCaps) * 10 < words * 2 ? 0 : 1;
}

/** Punctuation that does occur inside tagged names ("J. K. Rowling", "Jay - Z", "Smith, John"). */
const IN_NAME_PUNCT = '.,-\'&';

/** `IN_NAME_PUNCT.includes(text)`, by char code for the usual one-char token. */
export function inNamePunct(text: string): boolean {
  if (text.length !== 1) return IN_NAME_PUNCT.includes(text);
  const c = text.charCodeAt(0);
  return c === 46 || c === 44 || c === 45 || c === 39 || c === 38;
}

/**
 * Mark tokens that can never be part of a name: @handles, URLs, numbers,
 * punctuation other than {@link IN_NAME_PUNCT} and symbols (emoji). Words with inner apostrophes and hyphens
 * ("O'Connor", "Smith-Jones") are single word tokens, so nothing a name is
 * spelt with is a separate punctuation token.
 */
export function markOnlyO(tokens: readonly Token[], onlyO: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) onlyO[i] = onlyO1(tokens[i]!);
}

/** 1 if the token can only be O (see {@link markOnlyO}), else 0. */
export function onlyO1(t: Token): number {
  const k = t.kind;
  return k === 'word' || k === 'hashtag' || (k === 'punct' && inNamePunct(t.text)) ? 0 : 1;
}
