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

/** Number of feature ids written per token. */
export const FEATURES_PER_TOKEN = 30;

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

  /** Make room for `n` tokens. */
  ensure(n: number): void {
    if (this.word.length >= n) return;
    let cap = this.word.length;
    while (cap < n) cap *= 2;
    this.feats = new Int32Array(cap * FEATURES_PER_TOKEN);
    for (const k of ['word', 'exact', 'shape', 'pre2', 'pre3', 'suf2', 'suf3', 'suf4'] as const) this[k] = new Int32Array(cap);
    for (const k of ['cap', 'gaz', 'kind', 'start', 'len'] as const) this[k] = new Uint8Array(cap);
  }
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Per-token hashes and classes for token `i` (text part of the feature set). */
function describe(t: Token, i: number, s: FeatureScratch, gazetteer: Gazetteer): void {
  const text = t.text;
  const lower = t.lower;
  // Hashtags are read through their body: "#JohnSmith" looks like "JohnSmith".
  const from = t.kind === 'hashtag' ? 1 : 0;
  const n = text.length;
  let upper = 0;
  let lowerCount = 0;
  let shape = FNV_OFFSET;
  let lastCls = -1;
  let shapeLen = 0;
  let firstUpper = false;
  for (let k = from; k < n; k++) {
    const c = text.charCodeAt(k);
    let cls: number;
    if (isUpper(c)) { upper++; cls = 88; if (k === from) firstUpper = true; }
    else if (isLower(c) || c > 0xff) { lowerCount++; cls = 120; }
    else if (c >= 48 && c <= 57) cls = 100;
    else cls = c;
    // Collapsed shape ("Xx", "X.X.", "Xx-Xx"), at most six classes long.
    if (cls !== lastCls && shapeLen < 6) { shape = fnvStep(shape, cls); shapeLen++; lastCls = cls; }
  }
  const letters = upper + lowerCount;
  let cap: Cap;
  if (letters === 0) cap = Cap.None;
  else if (upper === 0) cap = Cap.Lower;
  else if (lowerCount === 0) cap = upper === 1 ? Cap.Single : Cap.AllCaps;
  else if (firstUpper && upper === 1) cap = Cap.Init;
  else cap = Cap.Mixed;
  s.cap[i] = cap;
  s.kind[i] = KIND_CODE[t.kind];
  s.len[i] = Math.min(n - from, 12);
  s.shape[i] = mix(t.kind === 'hashtag' ? 99 : 98, shape);
  const key = from === 0 ? lower : lower.slice(1);
  s.gaz[i] = t.kind === 'word' || t.kind === 'hashtag' ? gazetteer.get(key) ?? 0 : 0;
  if (t.kind === 'handle' || t.kind === 'url') {
    const h = t.kind === 'handle' ? H_HANDLE : H_URL;
    s.word[i] = h; s.exact[i] = h;
    s.pre2[i] = h; s.pre3[i] = h; s.suf2[i] = h; s.suf3[i] = h; s.suf4[i] = h;
    return;
  }
  s.word[i] = fnv1a(lower, from);
  s.exact[i] = fnv1a(text, from);
  let p = FNV_OFFSET;
  for (let k = from; k < n && k < from + 3; k++) {
    p = fnvStep(p, lower.charCodeAt(k));
    if (k === from + 1) s.pre2[i] = p;
  }
  s.pre3[i] = n - from >= 3 ? p : 0;
  if (n - from < 2) s.pre2[i] = 0;
  s.suf2[i] = n - from >= 2 ? fnv1a(lower, n - 2) : 0;
  s.suf3[i] = n - from >= 3 ? fnv1a(lower, n - 3) : 0;
  s.suf4[i] = n - from >= 4 ? fnv1a(lower, n - 4) : 0;
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

/**
 * Fill `s.feats` with FEATURES_PER_TOKEN feature ids per token, each reduced
 * to a row in a table of `1 << bits` rows.
 */
export function extractFeatures(tokens: readonly Token[], text: string, gazetteer: Gazetteer, bits: number, s: FeatureScratch): void {
  const n = tokens.length;
  s.ensure(n + 1);
  for (let i = 0; i < n; i++) {
    describe(tokens[i]!, i, s, gazetteer);
    s.start[i] = startsSentence(tokens, i, text) ? 1 : 0;
  }
  const mask = (1 << bits) - 1;
  const f = s.feats;
  const w = s.word;
  const word = (k: number): number => (k < 0 ? H_BOUNDARY_L : k >= n ? H_BOUNDARY_R : w[k]!);
  const shape = (k: number): number => (k < 0 || k >= n ? 0 : s.shape[k]!);
  const cap = (k: number): number => (k < 0 || k >= n ? 7 : s.cap[k]!);
  const gaz = (k: number): number => (k < 0 || k >= n ? 0 : s.gaz[k]!);
  const kind = (k: number): number => (k < 0 || k >= n ? 0 : s.kind[k]!);
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES_PER_TOKEN;
    const c0 = s.cap[i]!;
    const g0 = s.gaz[i]!;
    const st = s.start[i]!;
    const ctx = c0 | (st << 3);
    const titleBefore = (gaz(i - 1) & Gaz.Title) !== 0 || (gaz(i - 2) & Gaz.Title) !== 0 ? 1 : 0;
    f[o] = mix(0, 0) & mask;
    f[o + 1] = mix(1, w[i]!) & mask;
    f[o + 2] = mix(2, word(i - 1)) & mask;
    f[o + 3] = mix(3, word(i + 1)) & mask;
    f[o + 4] = mix(4, word(i - 2)) & mask;
    f[o + 5] = mix(5, word(i + 2)) & mask;
    f[o + 6] = mix(6, s.shape[i]!) & mask;
    f[o + 7] = mix(7, pair(pair(shape(i - 1), s.shape[i]!), shape(i + 1))) & mask;
    f[o + 8] = mix(8, s.pre2[i]!) & mask;
    f[o + 9] = mix(9, s.pre3[i]!) & mask;
    f[o + 10] = mix(10, s.suf2[i]!) & mask;
    f[o + 11] = mix(11, s.suf3[i]!) & mask;
    f[o + 12] = mix(12, s.suf4[i]!) & mask;
    f[o + 13] = mix(13, ctx) & mask;
    f[o + 14] = mix(14, kind(i - 1) | (s.kind[i]! << 4) | (kind(i + 1) << 8)) & mask;
    f[o + 15] = mix(15, g0 | (c0 << 8)) & mask;
    f[o + 16] = mix(16, gaz(i - 1) | (cap(i - 1) << 8) | (c0 << 12)) & mask;
    f[o + 17] = mix(17, gaz(i + 1) | (cap(i + 1) << 8) | (c0 << 12)) & mask;
    f[o + 18] = mix(18, pair(word(i - 1), w[i]!)) & mask;
    f[o + 19] = mix(19, pair(w[i]!, word(i + 1))) & mask;
    f[o + 20] = mix(20, titleBefore | (c0 << 1) | (st << 4)) & mask;
    f[o + 21] = mix(21, s.len[i]! | (c0 << 4)) & mask;
    f[o + 22] = mix(22, s.exact[i]!) & mask;
    f[o + 23] = mix(23, Math.min(i, 3) | ((i === n - 1 ? 1 : 0) << 2) | (c0 << 3)) & mask;
    f[o + 24] = mix(24, pair(word(i - 1), ctx)) & mask;
    f[o + 25] = mix(25, pair(word(i + 1), ctx)) & mask;
    f[o + 26] = mix(26, cap(i - 1) | (c0 << 3) | (cap(i + 1) << 6) | (st << 9)) & mask;
    f[o + 27] = mix(27, gaz(i - 2) | (gaz(i + 2) << 8) | (c0 << 16)) & mask;
    f[o + 28] = mix(28, g0 | (ctx << 8) | (s.kind[i]! << 12)) & mask;
    f[o + 29] = mix(29, pair(s.shape[i]!, ctx)) & mask;
  }
}
