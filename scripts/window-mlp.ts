/**
 * Training side of the name tagger's window network (run time:
 * packages/engine/src/recognizers/names/window-net.ts): each token's vector
 * (word embedding through a learned projection, plus shape one-hots) and
 * those of two neighbours either side → one ReLU hidden layer → tag scores
 * (softmax). Trained with Adam on token-level cross-entropy, with word
 * vectors dropped at random (as for unknown words); its log-probabilities
 * are added to the linear model's emissions before Viterbi. Training only
 * (scripts/train-names.ts).
 */
import { NUM_TAGS } from '../packages/engine/src/recognizers/names/decode.js';
// The run time's window, so that what is trained is what runs.
import { HALF, WIN } from '../packages/engine/src/recognizers/names/window-net.js';

/** One sentence for the network: per-token vectors and gold tags. */
export interface MlpExample {
  readonly n: number;
  /** n × dim token vectors. */
  readonly x: Float32Array;
  readonly gold: Uint8Array;
  /** 1 where the token is scored (others can only be O). */
  readonly use: Uint8Array;
}

/** Options of {@link WindowMlp}. */
export interface MlpOptions {
  dim: number;
  /** Leading dims of a token vector that hold the word embedding (dropped together). */
  embDims: number;
  hidden: number;
  rate: number;
  /** Chance of blanking a token's embedding in training (as for an unknown word). */
  dropout: number;
  /** Index of the "unknown word" flag in the token vector, set when the embedding is blanked. */
  oovIndex: number;
  /** Index of the padding flag. */
  padIndex: number;
  /** Width of the learned projection of the embedding (0: none, the embedding goes in as it is). */
  proj: number;
}

/** A window MLP with Adam state. */
export class WindowMlp {
  readonly in: number;
  /** Width of a token's slot in the window input. */
  readonly slot: number;
  /** Projection of the embedding, proj × embDims (empty without one). */
  readonly p: Float32Array;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
  private readonly g: Float32Array[];
  private readonly m: Float32Array[];
  private readonly v: Float32Array[];
  private step = 0;
  private readonly xin: Float32Array;
  private readonly h: Float32Array;
  private readonly pad: Float32Array;
  /** The raw embeddings of the window (for the projection's gradient). */
  private readonly emb: Float32Array;

  constructor(readonly o: MlpOptions, random: () => number) {
    this.slot = o.proj > 0 ? o.proj + o.dim - o.embDims : o.dim;
    this.in = WIN * this.slot;
    this.p = new Float32Array(o.proj * o.embDims);
    for (let i = 0; i < this.p.length; i++) this.p[i] = (random() * 2 - 1) * Math.sqrt(3 / o.embDims);
    this.w1 = new Float32Array(o.hidden * this.in);
    this.b1 = new Float32Array(o.hidden);
    this.w2 = new Float32Array(NUM_TAGS * o.hidden);
    this.b2 = new Float32Array(NUM_TAGS);
    const s1 = Math.sqrt(2 / this.in), s2 = Math.sqrt(1 / o.hidden);
    for (let i = 0; i < this.w1.length; i++) this.w1[i] = (random() * 2 - 1) * s1 * 1.7;
    for (let i = 0; i < this.w2.length; i++) this.w2[i] = (random() * 2 - 1) * s2 * 1.7;
    const params = [this.w1, this.b1, this.w2, this.b2, this.p];
    this.g = params.map((p) => new Float32Array(p.length));
    this.m = params.map((p) => new Float32Array(p.length));
    this.v = params.map((p) => new Float32Array(p.length));
    this.xin = new Float32Array(this.in);
    this.h = new Float32Array(o.hidden);
    this.pad = new Float32Array(this.slot);
    this.pad[this.slot - o.dim + o.padIndex] = 1;
    this.emb = new Float32Array(WIN * o.embDims);
  }

  /** Fill this.xin with the window of token i (with embedding dropout when `random` is given). */
  private window(ex: MlpExample, i: number, random?: () => number): void {
    const d = this.o.dim, E = this.o.embDims, B = this.o.proj, slot = this.slot;
    for (let q = -HALF; q <= HALF; q++) {
      const j = i + q;
      const off = (q + HALF) * slot;
      const eo = (q + HALF) * E;
      if (j < 0 || j >= ex.n) { this.xin.set(this.pad, off); this.emb.fill(0, eo, eo + E); continue; }
      const drop = random !== undefined && random() < this.o.dropout;
      if (B === 0) {
        this.xin.set(ex.x.subarray(j * d, j * d + d), off);
        if (drop) this.xin.fill(0, off, off + E);
      } else {
        const src = ex.x;
        for (let k = 0; k < E; k++) this.emb[eo + k] = drop ? 0 : src[j * d + k]!;
        for (let b = 0; b < B; b++) {
          let s = 0;
          const r = b * E;
          if (!drop) for (let k = 0; k < E; k++) s += this.p[r + k]! * src[j * d + k]!;
          this.xin[off + b] = s;
        }
        for (let k = E; k < d; k++) this.xin[off + B + k - E] = src[j * d + k]!;
      }
      if (drop) this.xin[off + slot - d + this.o.oovIndex] = 1;
    }
  }

  /** Hidden layer and log-probabilities of the tags of the window in this.xin. */
  private forward(out: Float64Array, at: number): void {
    const H = this.o.hidden, IN = this.in, x = this.xin, w1 = this.w1, h = this.h;
    for (let j = 0; j < H; j++) {
      let s = this.b1[j]!;
      const r = j * IN;
      for (let k = 0; k < IN; k++) s += w1[r + k]! * x[k]!;
      h[j] = s > 0 ? s : 0;
    }
    let max = -Infinity;
    for (let t = 0; t < NUM_TAGS; t++) {
      let s = this.b2[t]!;
      for (let j = 0; j < H; j++) s += this.w2[t * H + j]! * h[j]!;
      out[at + t] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let t = 0; t < NUM_TAGS; t++) z += Math.exp(out[at + t]! - max);
    const lz = max + Math.log(z);
    for (let t = 0; t < NUM_TAGS; t++) out[at + t] = out[at + t]! - lz;
  }

  /** A copy of the weights (no optimiser state): a snapshot to score or ship later. */
  snapshot(): { w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array; p: Float32Array } {
    return { w1: this.w1.slice(), b1: this.b1.slice(), w2: this.w2.slice(), b2: this.b2.slice(), p: this.p.slice() };
  }

  /** Load weights from a {@link snapshot}. */
  restore(w: { w1: Float32Array; b1: Float32Array; w2: Float32Array; b2: Float32Array; p: Float32Array }): void {
    this.w1.set(w.w1); this.b1.set(w.b1); this.w2.set(w.w2); this.b2.set(w.b2); this.p.set(w.p);
  }

  /** Log-probabilities of each tag for each token (0 for tokens not used). */
  logProbs(ex: MlpExample, out: Float64Array): void {
    for (let i = 0; i < ex.n; i++) {
      if (ex.use[i] === 0) { out.fill(0, i * NUM_TAGS, (i + 1) * NUM_TAGS); continue; }
      this.window(ex, i);
      this.forward(out, i * NUM_TAGS);
    }
  }

  /** One epoch over the used tokens of `examples`, mini-batches of `batch` tokens. Returns mean loss. */
  trainEpoch(examples: readonly MlpExample[], random: () => number, batch = 32): number {
    const idx: number[] = [];
    // Token codes: example index × (longest example + 1) + token index.
    const span = examples.reduce((m, ex) => Math.max(m, ex.n), 0) + 1;
    examples.forEach((ex, e) => { for (let i = 0; i < ex.n; i++) if (ex.use[i] === 1) idx.push(e * span + i); });
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = idx[i]!; idx[i] = idx[j]!; idx[j] = t;
    }
    const lp = new Float64Array(NUM_TAGS);
    const H = this.o.hidden, IN = this.in;
    const [gw1, gb1, gw2, gb2, gp] = this.g as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
    const dh = new Float32Array(H);
    const dx = new Float32Array(IN);
    const B = this.o.proj, E = this.o.embDims, slot = this.slot;
    let loss = 0, inBatch = 0;
    for (const code of idx) {
      const ex = examples[Math.floor(code / span)]!;
      const i = code % span;
      this.window(ex, i, random);
      this.forward(lp, 0);
      const gold = ex.gold[i]!;
      loss -= lp[gold]!;
      dh.fill(0);
      for (let t = 0; t < NUM_TAGS; t++) {
        const d = Math.exp(lp[t]!) - (t === gold ? 1 : 0);
        gb2[t]! += d;
        for (let j = 0; j < H; j++) {
          gw2[t * H + j]! += d * this.h[j]!;
          dh[j]! += d * this.w2[t * H + j]!;
        }
      }
      const x = this.xin;
      if (B > 0) dx.fill(0);
      for (let j = 0; j < H; j++) {
        if (this.h[j]! <= 0) continue;
        const d = dh[j]!;
        gb1[j]! += d;
        const r = j * IN;
        for (let k = 0; k < IN; k++) if (x[k] !== 0) gw1[r + k]! += d * x[k]!;
        if (B > 0) for (let q = 0; q < WIN; q++) for (let b = 0; b < B; b++) dx[q * slot + b]! += d * this.w1[r + q * slot + b]!;
      }
      if (B > 0) {
        for (let q = 0; q < WIN; q++) {
          const eo = q * E;
          for (let b = 0; b < B; b++) {
            const g = dx[q * slot + b]!;
            if (g === 0) continue;
            const r = b * E;
            for (let k = 0; k < E; k++) gp[r + k]! += g * this.emb[eo + k]!;
          }
        }
      }
      if (++inBatch === batch) { this.update(batch); inBatch = 0; }
    }
    if (inBatch > 0) this.update(inBatch);
    return loss / Math.max(1, idx.length);
  }

  private update(n: number): void {
    this.step++;
    const b1 = 0.9, b2 = 0.999, eps = 1e-8;
    const lr = this.o.rate * Math.sqrt(1 - b2 ** this.step) / (1 - b1 ** this.step);
    const params = [this.w1, this.b1, this.w2, this.b2, this.p];
    for (let q = 0; q < params.length; q++) {
      const p = params[q]!, g = this.g[q]!, m = this.m[q]!, v = this.v[q]!;
      for (let i = 0; i < p.length; i++) {
        const gi = g[i]! / n;
        if (gi === 0 && m[i] === 0) continue;
        m[i] = b1 * m[i]! + (1 - b1) * gi;
        v[i] = b2 * v[i]! + (1 - b2) * gi * gi;
        p[i]! -= (lr * m[i]!) / (Math.sqrt(v[i]!) + eps);
        g[i] = 0;
      }
    }
  }
}
