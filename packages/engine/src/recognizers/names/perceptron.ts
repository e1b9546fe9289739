/**
 * Structured averaged perceptron over the tagger's hashed features (Collins
 * 2002). Used only at training time (scripts/train-names.ts); pure and
 * deterministic, so it lives beside the code it trains and can be tested.
 */
import { NUM_TAGS, ViterbiScratch, viterbi } from './decode.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { emissions } from './tagger.js';

/** One training sentence with precomputed features. */
export interface TrainExample {
  /** FEATURES_PER_TOKEN feature rows per token. */
  readonly feats: Int32Array;
  readonly n: number;
  /** Gold tag per token. */
  readonly gold: Uint8Array;
  /** 1 where only O is allowed (handles, URLs). */
  readonly onlyO: Uint8Array;
}

/** The perceptron's weights, with the running sums needed for averaging. */
export class AveragedPerceptron {
  readonly weights: Float64Array;
  readonly trans = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  private readonly wAcc: Float64Array;
  private readonly tAcc = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  /** Number of examples seen + 1 (the averaging clock). */
  private clock = 1;
  private em = new Float64Array(256 * NUM_TAGS);
  private pred = new Uint8Array(256);
  private readonly vit = new ViterbiScratch();

  constructor(readonly bits: number) {
    this.weights = new Float64Array((1 << bits) * NUM_TAGS);
    this.wAcc = new Float64Array((1 << bits) * NUM_TAGS);
  }

  /** Decode with the current (not averaged) weights into `out`. */
  predict(ex: TrainExample, out: Uint8Array): void {
    if (this.em.length < ex.n * NUM_TAGS) this.em = new Float64Array(ex.n * 2 * NUM_TAGS);
    emissions(ex.feats, ex.n, this.weights, this.em);
    viterbi(this.em, ex.n, this.trans, ex.onlyO, out, this.vit);
  }

  /** One perceptron step; returns true when the prediction was wrong. */
  learn(ex: TrainExample): boolean {
    if (this.pred.length < ex.n) this.pred = new Uint8Array(ex.n * 2);
    const pred = this.pred;
    this.predict(ex, pred);
    const c = this.clock++;
    let wrong = false;
    const T = NUM_TAGS;
    for (let i = 0; i < ex.n; i++) {
      const g = ex.gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        wrong = true;
        const o = i * FEATURES_PER_TOKEN;
        for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
          const r = ex.feats[o + k]! * T;
          this.weights[r + g]! += 1; this.wAcc[r + g]! += c;
          this.weights[r + p]! -= 1; this.wAcc[r + p]! -= c;
        }
      }
      const gp = i === 0 ? T : ex.gold[i - 1]!;
      const pp = i === 0 ? T : pred[i - 1]!;
      if (gp !== pp || g !== p) {
        this.trans[gp * T + g]! += 1; this.tAcc[gp * T + g]! += c;
        this.trans[pp * T + p]! -= 1; this.tAcc[pp * T + p]! -= c;
      }
    }
    return wrong;
  }

  /** The averaged weights and transitions (the model to ship). */
  averaged(): { weights: Float64Array; trans: Float64Array } {
    return { weights: averageOf(this.weights, this.wAcc, this.clock), trans: averageOf(this.trans, this.tAcc, this.clock) };
  }
}

/**
 * The average of a parameter over steps 1 … clock − 1, from its current
 * value `w` and `acc`, the sum of (step × change) (the lazy averaging trick:
 * no per-step copy of the weights).
 */
export function averageOf(w: Float64Array, acc: Float64Array, clock: number): Float64Array {
  const out = new Float64Array(w.length);
  for (let i = 0; i < out.length; i++) out[i] = w[i]! - acc[i]! / clock;
  return out;
}

/** Mulberry32: a small seeded PRNG so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with a seeded PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
