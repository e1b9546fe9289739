/**
 * Run-time emission scores with a per-word cache. Of a token's 41 feature
 * rows, 14 depend on its own text alone (INTRINSIC in features.ts) and 4 are
 * "this word as a neighbour" rows (w-1, w+1, w-2, w+2 of another token).
 * Both are kept per distinct word in a cache, with the word's description
 * (hashes, case class, word-list bits), so a word seen before costs a hash
 * of its text and one cache entry instead of a description, 18 hash mixes
 * and 18 scattered row reads. Only the CONTEXT rows are read per token.
 *
 * The cache is an open-addressed table (linear probing) that is cleared
 * between posts once half full, keeping the words seen again since they
 * came in (the frequent ones): entries never move or get evicted while a
 * post is scored, a word stays until the next clearing whatever other
 * words hash to, and the table's size is fixed. Rows are summed exactly in
 * integers, so scores equal those of extractFeatures + codedEmissions to
 * the bit.
 */
import type { Token } from '../../pipeline/tokenise.js';
import { NUM_TAGS } from './decode.js';
import {
  FEATURES_PER_TOKEN, HIGH, INTRINSIC, LOCAL, NEIGHBOUR_OFFSETS, PAIR, highFeatures, intrinsicFeatures, localFeatures, localKey,
  neighbourFeature,
  finishContext, pairFeatures, pairKey, pairKinds,
} from './features.js';
import { LaneMemo } from './lane-memo.js';
import { FNV_OFFSET } from './hash.js';
import { CODE_BIAS, ROW_WORDS, unpackLanes, type Model } from './model.js';
import {
  FeatureScratch, H_BOUNDARY_L, H_BOUNDARY_R, H_HANDLE, H_URL, PAD, describe, kindCode, onlyO1, startsSentence,
} from './token-info.js';

// Cache entry layout (Int32 words).
/** Two independent 32-bit hashes of the token's kind and text (KEY2 is odd; 0 marks an empty slot). */
const KEY1 = 0, KEY2 = 1;
/** The description context features read: lower-case word hash, shape hash, packed small fields. */
const WORD = 2, SHAPE = 3, INFO = 4;
/** Lane sums of the INTRINSIC rows (see codedEmissions); valid once INFO has HAS_INTRINSIC. */
const LANES = 5;
/** The word's rows as neighbour templates 2–5, two words each. */
const NEIGHBOUR = 9;
/** The word's clusters (packed, see clusters.ts), which a context template reads with the post's case profile. */
const CLUS = 17;
const STRIDE = 18;
/** INFO flag: LANES are filled (left out for tokens that were only ever context). */
const HAS_INTRINSIC = 1 << 30;
/** INFO flag: NEIGHBOUR rows are filled (left out until a token within two of this one is scored). */
const HAS_NEIGHBOUR = 1 << 29;
/** Entries 0 and 1 stand for the padding before and after a post. */
const FIXED = 2;
/** Empty marker in KEY2 (real KEY2 values are odd). */
const EMPTY = 0;
/** Rows summed per token: every template once. */
const ZERO = CODE_BIAS * FEATURES_PER_TOKEN;

const INTRINSIC_TEMPLATES = Uint8Array.from(INTRINSIC);
const LOCAL_TEMPLATES = Uint8Array.from(LOCAL);
const PAIR_TEMPLATES = Uint8Array.from(PAIR);
const HIGH_TEMPLATES = Uint8Array.from(HIGH);

/**
 * Default cache size: 2^13 entries (576 KiB), cleared at 2^12 words. Streaming once through BTC + WNUT-17
 * train, 76.5% of tokens hit (the direct-mapped 2^12 cache this replaces: 72.2%; 80.9% at 2^14, no faster on
 * BTC dev); looping over BTC dev (5,144 distinct tokens) every token hits once warm (direct-mapped: 80.4%).
 */
const CACHE_BITS = 13;

/** Emission scorer for one model: its word cache and buffers. Not shareable across models. */
export class WordScorer {
  /** FIXED entries, then the table proper (`tableMask` + 1 entries), then per-post overflow entries. */
  private cache: Int32Array;
  private readonly shift: number;
  private readonly tableMask: number;
  /** Table entries in use, and how many may be before the table is cleared (checked between posts). */
  private used = 0;
  private readonly clearAt: number;
  /** Per table entry, 1 once the word was looked up again after it came in. */
  private readonly reused: Uint8Array;
  /** Where {@link clear} puts the entries it keeps (at most a quarter of the table). */
  private readonly kept: Int32Array;
  /** Past this many entries in use (in one long post), new words go to overflow entries: probes always end. */
  private readonly fullAt: number;
  /** First overflow entry: a word the full table has no room for goes there, for this post only. */
  private readonly overflowBase: number;
  private overflowUsed = 0;
  private readonly mask: number;
  private readonly rows: Int32Array;
  /** Cache entry per padded token position. */
  private slots = new Int32Array(64);
  /** 1 where `s` holds the full description of the token (described in this call), not a cached copy. */
  private fresh = new Uint8Array(64);
  /** Feature ids of one token, at slot = template. */
  private readonly ids = new Int32Array(FEATURES_PER_TOKEN);
  /** Lane sums of a group of rows (see sumRows). */
  private readonly lanes = new Int32Array(4);
  /** Sums of the LOCAL rows by localKey (a few hundred keys in practice). */
  private readonly local = new LaneMemo(10);
  /** Sums of the PAIR rows by pairKey and pairKinds (some thousands of keys). */
  private readonly pair = new LaneMemo(12);

  constructor(readonly model: Model, cacheBits = CACHE_BITS) {
    const size = 1 << cacheBits;
    this.overflowBase = FIXED + size;
    this.cache = new Int32Array((this.overflowBase + 16) * STRIDE);
    this.shift = 32 - cacheBits;
    this.tableMask = size - 1;
    // Half full keeps probes short (1.5 entries per hit on average); three quarters is the hard limit.
    this.clearAt = size >>> 1;
    this.fullAt = (size * 3) >>> 2;
    this.reused = new Uint8Array(size);
    this.kept = new Int32Array(Math.max(1, size >>> 2) * STRIDE);
    this.mask = (1 << model.bits) - 1;
    this.rows = model.rows;
    this.setNeighbourRows(0, H_BOUNDARY_L);
    this.setNeighbourRows(STRIDE, H_BOUNDARY_R);
    this.cache[INFO] = HAS_NEIGHBOUR;
    this.cache[STRIDE + INFO] = HAS_NEIGHBOUR;
  }

  private setNeighbourRows(e: number, word: number): void {
    for (let k = 0; k < 4; k++) {
      const r = neighbourFeature(k, word, this.mask) * ROW_WORDS;
      this.cache[e + NEIGHBOUR + 2 * k] = this.rows[r]!;
      this.cache[e + NEIGHBOUR + 2 * k + 1] = this.rows[r + 1]!;
    }
  }

  /**
   * Describe the tokens into `s` (from the cache where it can) and write the
   * emission scores of each token into `em` (n × NUM_TAGS). Marks in `skip`
   * the tokens that can only be O (as markOnlyO does) and those the skip
   * rules of finishContext add; they score 0.
   */
  score(tokens: readonly Token[], text: string, s: FeatureScratch, skip: Uint8Array, em: Float64Array): void {
    const n = tokens.length;
    s.ensure(n + 2 * PAD);
    if (this.slots.length < n + 2 * PAD) {
      this.slots = new Int32Array(s.word.length);
      this.fresh = new Uint8Array(s.word.length);
    }
    const slots = this.slots;
    if (this.used > this.clearAt) this.clear();
    this.overflowUsed = 0;
    // One pass over the tokens: description, sentence start, whether the token can only be O.
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      slots[i + PAD] = this.describeCached(t, i + PAD, s, text);
      s.start[i + PAD] = startsSentence(tokens, i, text) ? 1 : 0;
      skip[i] = onlyO1(t);
    }
    slots[0] = 0; slots[1] = 0; slots[n + PAD] = 1; slots[n + PAD + 1] = 1;
    const profile = finishContext(s, n, skip);
    const c = this.cache, rows = this.rows, ids = this.ids, mask = this.mask, scale = this.model.scale;
    const T = NUM_TAGS;
    for (let i = 0; i < n; i++) {
      const e = i * T;
      if (skip[i] === 1) {
        // Every path has O here, so this token's scores shift all paths alike: zero is as good as the sum.
        em[e] = 0; em[e + 1] = 0; em[e + 2] = 0; em[e + 3] = 0; em[e + 4] = 0; em[e + 5] = 0; em[e + 6] = 0;
        continue;
      }
      const p = i + PAD;
      const x = slots[p]! * STRIDE;
      if ((c[x + INFO]! & HAS_INTRINSIC) === 0) this.fillIntrinsic(tokens[i]!, p, s, x, text);
      let a0 = c[x + LANES]!, b0 = c[x + LANES + 1]!, a1 = c[x + LANES + 2]!, b1 = c[x + LANES + 3]!;
      // Neighbour templates 2–5: this token's w-1, w+1, w-2, w+2, read from those words' entries.
      for (let k = 0; k < 4; k++) {
        const y = slots[p + NEIGHBOUR_OFFSETS[k]!]! * STRIDE;
        if ((c[y + INFO]! & HAS_NEIGHBOUR) === 0) {
          this.setNeighbourRows(y, c[y + WORD]!);
          c[y + INFO]! |= HAS_NEIGHBOUR;
        }
        const q = y + NEIGHBOUR + 2 * k;
        const w0 = c[q]!, w1 = c[q + 1]!;
        a0 += w0 & 0xff00ff; b0 += (w0 >>> 8) & 0xff00ff;
        a1 += w1 & 0xff00ff; b1 += (w1 >>> 8) & 0xff00ff;
      }
      // LOCAL and PAIR rows are functions of small packed keys: memoised sums.
      const lk = localKey(s, p, i, n, profile);
      let y = this.local.find(lk, 0);
      if (y < 0) y = this.local.fill(~y, lk, 0, this.localRows(lk));
      const lm = this.local.data;
      a0 += lm[y + 2]!; b0 += lm[y + 3]!; a1 += lm[y + 4]!; b1 += lm[y + 5]!;
      const pk = pairKey(s, p), kinds = pairKinds(s, p);
      y = this.pair.find(pk, kinds);
      if (y < 0) y = this.pair.fill(~y, pk, kinds, this.pairRows(pk, kinds));
      const pm = this.pair.data;
      a0 += pm[y + 2]!; b0 += pm[y + 3]!; a1 += pm[y + 4]!; b1 += pm[y + 5]!;
      highFeatures(s, p, profile, mask, ids, 0);
      for (let k = 0; k < HIGH_TEMPLATES.length; k++) {
        const r = ids[HIGH_TEMPLATES[k]!]! * ROW_WORDS;
        const w0 = rows[r]!, w1 = rows[r + 1]!;
        a0 += w0 & 0xff00ff; b0 += (w0 >>> 8) & 0xff00ff;
        a1 += w1 & 0xff00ff; b1 += (w1 >>> 8) & 0xff00ff;
      }
      unpackLanes(a0, b0, a1, b1, ZERO, scale, em, e);
    }
  }

  /** Lane sums of the LOCAL rows for key `lk` (into this.lanes). */
  private localRows(lk: number): Int32Array {
    localFeatures(lk, this.mask, this.ids, 0);
    return this.sumRows(LOCAL_TEMPLATES);
  }

  /** Lane sums of the PAIR rows for a pair key and kinds (into this.lanes). */
  private pairRows(pk: number, kinds: number): Int32Array {
    pairFeatures(pk, kinds, this.mask, this.ids, 0);
    return this.sumRows(PAIR_TEMPLATES);
  }

  /** Lane sums of the rows whose ids are at `templates` in this.ids. */
  private sumRows(templates: Uint8Array): Int32Array {
    const ids = this.ids, rows = this.rows;
    let a0 = 0, b0 = 0, a1 = 0, b1 = 0;
    for (let k = 0; k < templates.length; k++) {
      const r = ids[templates[k]!]! * ROW_WORDS;
      const w0 = rows[r]!, w1 = rows[r + 1]!;
      a0 += w0 & 0xff00ff; b0 += (w0 >>> 8) & 0xff00ff;
      a1 += w1 & 0xff00ff; b1 += (w1 >>> 8) & 0xff00ff;
    }
    const l = this.lanes;
    l[0] = a0; l[1] = b0; l[2] = a1; l[3] = b1;
    return l;
  }

  /**
   * The cache entry of token `t` (padded position `p`), with the fields
   * context features read copied into `s`. A miss describes the token; its
   * row sums wait until it or a token within two of it is scored.
   */
  private describeCached(t: Token, p: number, s: FeatureScratch, src: string): number {
    const kind = t.kind;
    let h1: number, h2: number;
    if (kind === 'handle' || kind === 'url') {
      // Their text is never read (token-info.ts): one entry per kind.
      h1 = kind === 'handle' ? H_HANDLE : H_URL;
      h2 = kindCode(kind);
    } else {
      const end = t.end;
      h1 = FNV_OFFSET;
      h2 = kindCode(kind) | ((end - t.start) << 3);
      for (let k = t.start; k < end; k++) {
        const ch = src.charCodeAt(k);
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = (Math.imul(h2, 0x5bd1e995) + ch) | 0;
      }
    }
    h2 = (h2 << 1) | 1;
    let c = this.cache;
    const tm = this.tableMask;
    let slot = Math.imul(h1, 0x9e3779b1) >>> this.shift;
    let x = (FIXED + slot) * STRIDE;
    // Linear probing: equal keys or an empty entry end the search.
    for (let k2 = c[x + KEY2]!; k2 !== EMPTY; k2 = c[x + KEY2]!) {
      if (k2 === h2 && c[x + KEY1] === h1) {
        this.reused[slot] = 1;
        const info = c[x + INFO]!;
        this.fresh[p] = 0;
        s.word[p] = c[x + WORD]!; s.shape[p] = c[x + SHAPE]!;
        s.cap[p] = info & 7; s.len[p] = (info >>> 3) & 15; s.gaz[p] = (info >>> 7) & 255; s.kind[p] = (info >>> 15) & 7;
        s.clus[p] = c[x + CLUS]!;
        return FIXED + slot;
      }
      slot = (slot + 1) & tm;
      x = (FIXED + slot) * STRIDE;
    }
    let entry = FIXED + slot;
    if (this.used < this.fullAt) this.used++;
    else {
      // A post with more distinct words than the table holds: the rest are described for this post only.
      entry = this.overflowBase + this.overflowUsed++;
      if ((entry + 1) * STRIDE > c.length) {
        const grown = new Int32Array(c.length * 2);
        grown.set(c);
        this.cache = c = grown;
      }
      x = entry * STRIDE;
    }
    describe(t, p, s, this.model.gazetteer, src);
    this.fresh[p] = 1;
    c[x + KEY1] = h1; c[x + KEY2] = h2;
    c[x + WORD] = s.word[p]!; c[x + SHAPE] = s.shape[p]!; c[x + CLUS] = s.clus[p]!;
    c[x + INFO] = s.cap[p]! | (s.len[p]! << 3) | (s.gaz[p]! << 7) | (s.kind[p]! << 15);
    return entry;
  }

  /**
   * Empty the table but for the words looked up again since they came in,
   * up to a quarter of the table; between posts only, when no slot of the
   * post being scored points into the table.
   */
  private clear(): void {
    const c = this.cache, kept = this.kept, reused = this.reused, tm = this.tableMask;
    const room = kept.length / STRIDE;
    let n = 0;
    for (let slot = 0; slot <= tm; slot++) {
      const x = (FIXED + slot) * STRIDE;
      if (c[x + KEY2] === EMPTY) continue;
      if (reused[slot] === 1 && n < room) {
        for (let k = 0; k < STRIDE; k++) kept[n * STRIDE + k] = c[x + k]!;
        n++;
      }
      c[x + KEY2] = EMPTY;
      reused[slot] = 0;
    }
    for (let m = 0; m < n; m++) {
      let slot = Math.imul(kept[m * STRIDE + KEY1]!, 0x9e3779b1) >>> this.shift;
      while (c[(FIXED + slot) * STRIDE + KEY2] !== EMPTY) slot = (slot + 1) & tm;
      const x = (FIXED + slot) * STRIDE;
      for (let k = 0; k < STRIDE; k++) c[x + k] = kept[m * STRIDE + k]!;
    }
    this.used = n;
  }

  /** Sum token `t`'s INTRINSIC rows into its entry at `x` (describing it again if `s` holds a hit's copy only). */
  private fillIntrinsic(t: Token, p: number, s: FeatureScratch, x: number, src: string): void {
    if (this.fresh[p] === 0) describe(t, p, s, this.model.gazetteer, src);
    intrinsicFeatures(s, p, this.mask, this.ids, 0);
    const l = this.sumRows(INTRINSIC_TEMPLATES);
    const c = this.cache;
    c[x + LANES] = l[0]!; c[x + LANES + 1] = l[1]!; c[x + LANES + 2] = l[2]!; c[x + LANES + 3] = l[3]!;
    c[x + INFO]! |= HAS_INTRINSIC;
  }
}
