/**
 * Linear-chain CRF trainer over the tagger's hashed features (Lafferty et
 * al. 2001), an alternative to the averaged perceptron: same features, same
 * tags and BIO constraints, same weight table and transition layout, so the
 * trained model ships and runs exactly as the perceptron's does. Training
 * only (scripts/train-names.ts); pure and deterministic.
 *
 * Objective: the conditional log-likelihood of the gold tags under the
 * constrained tag lattice (BIO validity, forced-O tokens), minus an L2
 * penalty. Optimised by AdaGrad over single sentences; the penalty is applied
 * to the rows a sentence touches, each time it touches them, so frequent
 * features are held back more than rare ones (the usual lazy form for sparse
 * SGD: rows never seen stay exactly zero, which keeps the stored table small).
 */
import { ALLOWED, NUM_TAGS } from './decode.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { averageOf, type TrainExample } from './perceptron.js';
import { emissions } from './tagger.js';

/** Hyper-parameters of {@link LinearChainCrf}. */
export interface CrfOptions {
  /** L2 strength per touch of a row. */
  readonly l2: number;
  /** AdaGrad base learning rate. */
  readonly rate: number;
}

/** log(exp(a) + exp(b)) without overflow; -Infinity is the identity. */
function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Tags token `i` may take: only O when forced. */
const tagsAt = (ex: TrainExample, i: number): number => (ex.onlyO[i] === 1 ? 1 : NUM_TAGS);

/**
 * Per-token tag marginals and per-edge transition marginals of one sentence
 * under emission scores `em`. Writes `marg[i*T + c]` and accumulates expected
 * transition counts into `transMarg` (start row included); returns log Z.
 */
export function forwardBackward(
  ex: TrainExample, em: Float64Array, trans: Float64Array, alpha: Float64Array, beta: Float64Array,
  marg: Float64Array, transMarg: Float64Array,
): number {
  const T = NUM_TAGS, n = ex.n;
  alpha.fill(-Infinity, 0, n * T);
  beta.fill(-Infinity, 0, n * T);
  for (let c = 0; c < tagsAt(ex, 0); c++) if (ALLOWED[T * T + c]) alpha[c] = trans[T * T + c]! + em[c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < tagsAt(ex, i); c++) {
      let s = -Infinity;
      for (let p = 0; p < T; p++) if (ALLOWED[p * T + c]) s = logAdd(s, alpha[(i - 1) * T + p]! + trans[p * T + c]!);
      alpha[i * T + c] = s + em[i * T + c]!;
    }
  }
  let logZ = -Infinity;
  for (let c = 0; c < T; c++) logZ = logAdd(logZ, alpha[(n - 1) * T + c]!);
  for (let c = 0; c < T; c++) beta[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let s = -Infinity;
      for (let c = 0; c < tagsAt(ex, i + 1); c++) {
        if (ALLOWED[p * T + c]) s = logAdd(s, trans[p * T + c]! + em[(i + 1) * T + c]! + beta[(i + 1) * T + c]!);
      }
      beta[i * T + p] = s;
    }
  }
  for (let i = 0; i < n * T; i++) marg[i] = Math.exp(alpha[i]! + beta[i]! - logZ);
  for (let c = 0; c < T; c++) transMarg[T * T + c]! += marg[c]!;
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < T; p++) {
      const a = alpha[(i - 1) * T + p]!;
      if (a === -Infinity) continue;
      for (let c = 0; c < tagsAt(ex, i); c++) {
        if (!ALLOWED[p * T + c]) continue;
        transMarg[p * T + c]! += Math.exp(a + trans[p * T + c]! + em[i * T + c]! + beta[i * T + c]! - logZ);
      }
    }
  }
  return logZ;
}

/** A linear-chain CRF's weights and AdaGrad state. */
export class LinearChainCrf {
  readonly weights: Float64Array;
  readonly trans = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  private readonly g2: Float64Array;
  /** Running sums for the averaged weights (as in the averaged perceptron: step number × change). */
  private readonly wAcc: Float64Array;
  private readonly tAcc = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  private clock = 1;
  private readonly t2 = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  private readonly grad: Float64Array;
  private readonly tgrad = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  /** Rows with a pending gradient, and a mark per row so each is listed once. */
  private touched = new Int32Array(1024);
  private readonly mark: Uint8Array;
  private em = new Float64Array(256 * NUM_TAGS);
  private alpha = new Float64Array(256 * NUM_TAGS);
  private beta = new Float64Array(256 * NUM_TAGS);
  private marg = new Float64Array(256 * NUM_TAGS);

  constructor(readonly bits: number, readonly options: CrfOptions) {
    const size = (1 << bits) * NUM_TAGS;
    this.weights = new Float64Array(size);
    this.g2 = new Float64Array(size);
    this.wAcc = new Float64Array(size);
    this.grad = new Float64Array(size);
    this.mark = new Uint8Array(1 << bits);
  }

  private ensure(n: number): void {
    if (this.em.length >= n * NUM_TAGS) return;
    const size = n * 2 * NUM_TAGS;
    this.em = new Float64Array(size);
    this.alpha = new Float64Array(size);
    this.beta = new Float64Array(size);
    this.marg = new Float64Array(size);
  }

  /** One AdaGrad step on one sentence; returns its negative log-likelihood. */
  learn(ex: TrainExample): number {
    const T = NUM_TAGS, n = ex.n;
    if (n === 0) return 0;
    this.ensure(n);
    emissions(ex.feats, n, this.weights, this.em);
    const tg = this.tgrad;
    tg.fill(0);
    const logZ = forwardBackward(ex, this.em, this.trans, this.alpha, this.beta, this.marg, tg);
    // Gold path score, and observed counts subtracted from expected ones.
    let gold = 0;
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i]!;
      const p = i === 0 ? T : ex.gold[i - 1]!;
      gold += this.em[i * T + g]! + this.trans[p * T + g]!;
      tg[p * T + g]! -= 1;
    }
    let count = 0;
    for (let i = 0; i < n; i++) {
      const o = i * FEATURES_PER_TOKEN;
      const e = i * T;
      const g = ex.gold[i]!;
      for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
        const row = ex.feats[o + k]!;
        if (this.mark[row] === 0) {
          this.mark[row] = 1;
          if (count === this.touched.length) {
            const grown = new Int32Array(count * 2);
            grown.set(this.touched);
            this.touched = grown;
          }
          this.touched[count++] = row;
        }
        const r = row * T;
        for (let c = 0; c < T; c++) this.grad[r + c]! += this.marg[e + c]!;
        this.grad[r + g]! -= 1;
      }
    }
    const { l2, rate } = this.options;
    const clock = this.clock++;
    for (let k = 0; k < count; k++) {
      const row = this.touched[k]!;
      this.mark[row] = 0;
      const r = row * T;
      for (let c = 0; c < T; c++) {
        const d = this.grad[r + c]! + l2 * this.weights[r + c]!;
        this.grad[r + c] = 0;
        if (d === 0) continue;
        this.g2[r + c]! += d * d;
        const step = (rate * d) / Math.sqrt(this.g2[r + c]!);
        this.weights[r + c]! -= step;
        this.wAcc[r + c]! -= clock * step;
      }
    }
    for (let i = 0; i < tg.length; i++) {
      const d = tg[i]!;
      if (d === 0) continue;
      this.t2[i]! += d * d;
      const step = (rate * d) / Math.sqrt(this.t2[i]!);
      this.trans[i]! -= step;
      this.tAcc[i]! -= clock * step;
    }
    return logZ - gold;
  }

  /** The weights averaged over every step so far (Polyak averaging: steadier than the last iterate). */
  averaged(): { weights: Float64Array; trans: Float64Array } {
    return { weights: averageOf(this.weights, this.wAcc, this.clock), trans: averageOf(this.trans, this.tAcc, this.clock) };
  }
}
