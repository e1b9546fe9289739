/**
 * The name tagger's window network: for each token, its own vector and those
 * of two neighbours either side (a learned 16-number summary of the word's
 * GloVe vector, plus case class, token kind, word-list bits, sentence start)
 * go through one ReLU layer to a probability for each tag. Its
 * log-probabilities, times `alpha`, are added to the linear model's emission
 * scores before Viterbi, so the two vote together on every path. (At run
 * time the softmax's normaliser is left out: it is one number per token,
 * added to every tag, so it moves no path against another.)
 *
 * Why: the linear model sees words mostly through hashed identities and
 * coarse clusters; the network sees how close an unseen word's vector is to
 * names it learnt, in context, and combines those cues non-linearly. On
 * 4-fold cross-validation over train it adds about 0.03 PER F1.
 *
 * Cost per distinct token (a cache miss): its shape's share (memoised per
 * shape) plus its word vector times one WIN × 16 × hidden slice of the
 * first layer.
 *
 * Speed: a token's contribution to each of the five window positions
 * depends only on the token (word, case class, kind, word-list bits,
 * sentence start), so it is computed once per distinct token and kept in a
 * cache; per token scored, the run-time work is five vector sums, one small
 * matrix product and a softmax.
 */
import { fromBase64, toBase64 } from './codec.js';
import { NUM_TAGS } from './decode.js';
import type { WordClusters } from './clusters.js';
import { PAD, type FeatureScratch } from './token-info.js';
import { WordTable } from './word-table.js';

/** Window half-width and width. */
export const HALF = 2;
export const WIN = 2 * HALF + 1;

/**
 * The shape part of a token's vector: case class one-hot (6), token kind
 * one-hot (8), word-list bits (8), sentence start, unknown word, padding.
 */
export const SHAPE = { cap: 0, kind: 6, gaz: 14, start: 22, unknown: 23, pad: 24 } as const;
export const SHAPE_DIMS = 25;

/**
 * Write the shape part of the vector of the token at padded position `p`
 * into out[o … o + SHAPE_DIMS) (zeroed first). `known`: the word has a
 * vector. Padding slots (kind 0) get the padding flag only.
 */
export function writeShape(s: FeatureScratch, p: number, known: boolean, out: Float32Array, o: number): void {
  out.fill(0, o, o + SHAPE_DIMS);
  const kind = s.kind[p]!;
  if (kind === 0) { out[o + SHAPE.pad] = 1; return; }
  const cap = s.cap[p]!;
  if (cap < 6) out[o + SHAPE.cap + cap] = 1;
  out[o + SHAPE.kind + kind] = 1;
  const g = s.gaz[p]!;
  for (let b = 0; b < 8; b++) if ((g & (1 << b)) !== 0) out[o + SHAPE.gaz + b] = 1;
  out[o + SHAPE.start] = s.start[p]!;
  if (!known) out[o + SHAPE.unknown] = 1;
}

/** The network as shipped (inside ModelData). */
export interface NetData {
  readonly hidden: number;
  /** Width of a word's stored vector. */
  readonly proj: number;
  /** Weight of the network's log-probabilities in the emission scores. */
  readonly alpha: number;
  /** w1 (hidden × WIN × slot), b1 (hidden), w2 (NUM_TAGS × hidden), b2 (NUM_TAGS): float32 little-endian, base64. */
  readonly params: string;
  /** Word vectors, `proj` signed bytes each (real = code × vecScale[d]), for the clusters' words in their hash order; base64. */
  readonly vectors: string;
  readonly vecScale: readonly number[];
  /**
   * The network votes only on tokens where the linear model's O score beats
   * every other tag's by at most this much (absent: on every token scored).
   */
  readonly gate?: number;
}

/**
 * True when the linear model's O score at em[e] leads every other tag's by
 * more than `gate`: there the network does not vote (see NetData.gate).
 * Training applies the same test (scripts/train-names.ts).
 */
export function sureOfO(em: Float64Array, e: number, gate: number): boolean {
  let max = em[e + 1]!;
  for (let t = 2; t < NUM_TAGS; t++) if (em[e + t]! > max) max = em[e + t]!;
  return em[e]! - max > gate;
}

/** Float32s as little-endian bytes in base64 (how NetData.params is stored). */
export function floatsToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return toBase64(bytes);
}

/** Little-endian float32s from base64 (see {@link floatsToBase64}). */
export function floatsFromBase64(data: string): Float32Array {
  const bytes = fromBase64(data);
  if (bytes.length % 4 !== 0) throw new Error('name network data is corrupt');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/**
 * Distinct tokens cached (5 × hidden floats each: 5 MiB at 32 hidden). BTC
 * dev has about 5,500 distinct (token, sentence start) pairs, so a loop
 * over it hits every time once warm.
 */
const CACHE_ENTRIES = 1 << 13;

/** A loaded window network with its per-token cache. */
export class WindowNet {
  readonly alpha: number;
  private readonly H: number;
  private readonly B: number;
  private readonly b1: Float32Array;
  private readonly w2: Float32Array;
  private readonly b2: Float32Array;
  private readonly vectors: Int8Array;
  private readonly vecScale: Float32Array;
  /** Word hash → row in `vectors` + 1. */
  private readonly rowOf: WordTable;
  /**
   * Open-addressed table (twice the entries, linear probing): slot k holds a
   * token's word hash at keys[2k], its small fields + 1 at keys[2k + 1]
   * (0: empty) and the offset of its WIN × H contributions in `pool` at at[k].
   */
  private readonly keys: Int32Array;
  private readonly at: Int32Array;
  private readonly shift: number;
  private readonly pool: Float32Array;
  private used = 0;
  /** Contributions of a token met once the cache is full (used at once, not kept). */
  private readonly spare: Float32Array;
  /** 1 for the tokens of the post the network does not vote on. */
  private quiet = new Uint8Array(64);
  private readonly gate: number;
  /** Hidden units of each token of the post (n × hidden). */
  private hid = new Float64Array(64 * 16);
  /** A token's shape part (scratch for shapeBlock). */
  private readonly v = new Float32Array(SHAPE_DIMS);
  /** The first layer regrouped for the cache fills: [q][d][j] for the word vector's dims, [q][k][j] for the shape's. */
  private readonly wEmb: Float32Array;
  private readonly wShape: Float32Array;
  /** Shape key (see shapeBlock) → offset in shapePool, -1 until computed. */
  private readonly shapeAt = new Int32Array(1 << 16).fill(-1);
  private shapePool: Float32Array;
  private shapeUsed = 0;

  constructor(data: NetData, clusters: WordClusters, private readonly entries = CACHE_ENTRIES) {
    const H = (this.H = data.hidden), B = (this.B = data.proj);
    this.alpha = data.alpha;
    this.gate = data.gate ?? Infinity;
    const slot = B + SHAPE_DIMS, stride = WIN * slot;
    const p = floatsFromBase64(data.params);
    const n1 = H * stride;
    if (p.length !== n1 + H + NUM_TAGS * H + NUM_TAGS) throw new Error('name network data has the wrong size');
    const w1 = p.subarray(0, n1);
    this.b1 = p.subarray(n1, n1 + H);
    // alpha folded into the output layer: the votes are alpha × its scores.
    this.w2 = p.subarray(n1 + H, n1 + H + NUM_TAGS * H).map((w) => w * data.alpha);
    this.b2 = p.subarray(n1 + H + NUM_TAGS * H).map((w) => w * data.alpha);
    const bytes = fromBase64(data.vectors);
    this.vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    if (this.vectors.length !== clusters.hashes.length * B || data.vecScale.length !== B) {
      throw new Error('name network vectors do not match the word clusters');
    }
    this.vecScale = Float32Array.from(data.vecScale);
    this.rowOf = new WordTable(clusters.hashes, Int32Array.from(clusters.hashes, (_, i) => i + 1), (old) => old);
    this.pool = new Float32Array(entries * WIN * H);
    let log = 1;
    while (1 << log < entries * 2) log++;
    this.keys = new Int32Array(2 << log);
    this.at = new Int32Array(1 << log);
    this.shift = 32 - log;
    this.spare = new Float32Array(WIN * H);
    this.wEmb = new Float32Array(WIN * B * H);
    this.wShape = new Float32Array(WIN * SHAPE_DIMS * H);
    for (let q = 0; q < WIN; q++) {
      for (let j = 0; j < H; j++) {
        for (let d = 0; d < B; d++) this.wEmb[(q * B + d) * H + j] = w1[j * stride + q * slot + d]!;
        for (let k = 0; k < SHAPE_DIMS; k++) this.wShape[(q * SHAPE_DIMS + k) * H + j] = w1[j * stride + q * slot + B + k]!;
      }
    }
    this.shapePool = new Float32Array(64 * WIN * H);
  }

  /**
   * Add the network's votes (alpha × each tag's log-probability, less the
   * normaliser) to em (n × NUM_TAGS), which holds the linear model's scores,
   * for the tokens neither marked in `skip` nor sure of O (the gate). `s`
   * holds the post's descriptions (padded positions, as the scorer leaves them).
   */
  addTo(s: FeatureScratch, n: number, skip: Uint8Array, em: Float64Array): void {
    if (this.used > this.entries - (this.entries >>> 2)) this.clear();
    const H = this.H, T = NUM_TAGS, w2 = this.w2, b2 = this.b2, b1 = this.b1, gate = this.gate;
    if (this.hid.length < n * H) this.hid = new Float64Array(n * H * 2);
    if (this.quiet.length < n) this.quiet = new Uint8Array(n * 2);
    const hid = this.hid, quiet = this.quiet;
    let voting = 0;
    for (let i = 0; i < n; i++) {
      // Quiet: forced to O, or the linear model is sure of O.
      const q = skip[i] === 1 || sureOfO(em, i * T, gate);
      quiet[i] = q ? 1 : 0;
      if (q) continue;
      voting++;
      for (let j = 0; j < H; j++) hid[i * H + j] = b1[j]!;
    }
    if (voting === 0) return;
    // Position by position: the token at padded position p is window position q of token p - q. Each
    // token's contributions are read once, while they are hot, whichever tokens need them.
    for (let p = 0; p < n + 2 * PAD; p++) {
      const qFrom = Math.max(0, p - n + 1), qTo = Math.min(WIN - 1, p);
      let need = false;
      for (let q = qFrom; q <= qTo; q++) if (quiet[p - q] === 0) { need = true; break; }
      if (!need) continue;
      const o = this.contributions(s, p);
      const src = o < 0 ? this.spare : this.pool;
      const base = o < 0 ? 0 : o;
      for (let q = qFrom; q <= qTo; q++) {
        const i = p - q;
        if (quiet[i] === 1) continue;
        const from = base + q * H, to = i * H;
        for (let j = 0; j < H; j++) hid[to + j]! += src[from + j]!;
      }
    }
    // alpha × the tag scores, without the softmax's normaliser: it is the same for every tag of a token,
    // so it shifts every path alike and changes neither the best path nor any margin.
    for (let i = 0; i < n; i++) {
      if (quiet[i] === 1) continue;
      const e = i * T, hb = i * H;
      for (let j = 0; j < H; j++) if (hid[hb + j]! < 0) hid[hb + j] = 0;
      for (let t = 0; t < T; t++) {
        let z = b2[t]!;
        const r = t * H;
        for (let j = 0; j < H; j++) z += w2[r + j]! * hid[hb + j]!;
        em[e + t]! += z;
      }
    }
  }

  /**
   * Offset in `shapePool` of the contributions (WIN × H) of the shape part
   * of the token at padded position `p`, computed once per distinct shape (a
   * few hundred in practice). `fields`: its packed small fields (see
   * {@link contributions}).
   */
  private shapeBlock(s: FeatureScratch, p: number, fields: number, known: boolean): number {
    const key = fields | ((known ? 1 : 0) << 15);
    const hit = this.shapeAt[key]!;
    if (hit >= 0) return hit;
    const H = this.H, block = WIN * H, v = this.v;
    writeShape(s, p, known, v, 0);
    if ((this.shapeUsed + 1) * block > this.shapePool.length) {
      const grown = new Float32Array(this.shapePool.length * 2);
      grown.set(this.shapePool);
      this.shapePool = grown;
    }
    const base = this.shapeUsed++ * block, out = this.shapePool, ws = this.wShape;
    out.fill(0, base, base + block);
    for (let k = 0; k < SHAPE_DIMS; k++) {
      const x = v[k]!;
      if (x === 0) continue;
      for (let q = 0; q < WIN; q++) {
        const w = (q * SHAPE_DIMS + k) * H, o = base + q * H;
        for (let j = 0; j < H; j++) out[o + j]! += ws[w + j]! * x;
      }
    }
    this.shapeAt[key] = base;
    return base;
  }

  /** Forget every cached token (between posts). */
  private clear(): void {
    // Between posts only: no offset of the post being scored is held.
    this.keys.fill(0);
    this.used = 0;
  }

  /**
   * Offset in the pool of the contributions of the token at padded position
   * `p` (cached across posts), or -1 when the pool is full: then they are in
   * `spare`, until the next call.
   */
  private contributions(s: FeatureScratch, p: number): number {
    const word = s.word[p]!;
    // Everything a token's vector depends on besides its word: case class, kind, sentence start, word lists (15 bits).
    const fields = s.cap[p]! | (s.kind[p]! << 3) | (s.start[p]! << 6) | (s.gaz[p]! << 7);
    const small = fields + 1;
    const keys = this.keys, mask = this.at.length - 1;
    let k = Math.imul(word ^ Math.imul(small, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    while (keys[2 * k + 1] !== 0) {
      if (keys[2 * k + 1] === small && keys[2 * k] === word) return this.at[k]!;
      k = (k + 1) & mask;
    }
    const H = this.H, B = this.B;
    const row = s.kind[p] === 0 ? 0 : this.rowOf.get(word);
    let out: Float32Array, base: number, result: number;
    if (this.used < this.entries) {
      out = this.pool; base = this.used * WIN * H; result = base;
      keys[2 * k] = word; keys[2 * k + 1] = small; this.at[k] = base;
      this.used++;
    } else {
      // The cache is full (a post with more distinct tokens than it holds): computed for this use only.
      out = this.spare; base = 0; result = -1;
    }
    // The shape part (memoised by its few inputs), then the word vector's part on top.
    const sb = this.shapeBlock(s, p, fields, row > 0);
    const sp = this.shapePool;
    for (let x = 0; x < WIN * H; x++) out[base + x] = sp[sb + x]!;
    if (row > 0) {
      const r = (row - 1) * B, we = this.wEmb;
      for (let d = 0; d < B; d++) {
        const x = this.vectors[r + d]! * this.vecScale[d]!;
        if (x === 0) continue;
        for (let q = 0; q < WIN; q++) {
          const w = (q * B + d) * H, o = base + q * H;
          for (let j = 0; j < H; j++) out[o + j]! += we[w + j]! * x;
        }
      }
    }
    return result;
  }
}
