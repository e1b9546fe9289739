/**
 * The name tagger's training-time learners behind one interface, and a blend
 * of two of them. Every learner yields the same linear model (a hashed weight
 * table and a transition table), so whichever trains it, the shipped model
 * is stored and scored alike. Training only (scripts/train-names.ts).
 */
import { LinearChainCrf, type CrfOptions } from './crf.js';
import { AveragedPerceptron, type TrainExample } from './perceptron.js';

/** Weights and transitions of a linear model. */
export interface LinearWeights {
  readonly weights: Float64Array;
  readonly trans: Float64Array;
}

/** Something that learns a linear tagging model one sentence at a time. */
export interface Learner {
  /** One update on one sentence. */
  learn(ex: TrainExample): unknown;
  /** The model to use now (averaged over the updates so far). */
  averaged(): LinearWeights;
}

/** Root mean square of the non-zero weights (1 when there are none). */
export function rms(w: Float64Array): number {
  let s = 0, n = 0;
  for (const v of w) if (v !== 0) { s += v * v; n++; }
  return n === 0 ? 1 : Math.sqrt(s / n);
}

/** `w` divided by the RMS of `w.weights`, so that models of different objectives share one scale. */
export function normalised(w: LinearWeights): LinearWeights {
  const k = 1 / rms(w.weights);
  return { weights: w.weights.map((v) => v * k), trans: w.trans.map((v) => v * k) };
}

/** A CRF whose averaged weights are normalised (RMS 1). */
export class NormalisedCrf implements Learner {
  private readonly crf: LinearChainCrf;
  constructor(bits: number, options: CrfOptions) {
    this.crf = new LinearChainCrf(bits, options);
  }
  learn(ex: TrainExample): number {
    return this.crf.learn(ex);
  }
  averaged(): LinearWeights {
    return normalised(this.crf.averaged());
  }
}

/**
 * An averaged perceptron and a CRF trained side by side on the same
 * sentences, blended as (1 − share) × perceptron + share × CRF after each
 * is normalised. A sum of linear models is a linear model: the blend costs
 * nothing at run time. The two err differently (the perceptron's updates
 * follow its mistakes, the CRF's every sentence's likelihood), and on
 * held-out slices of train their blend beat either alone.
 */
export class Blend implements Learner {
  private readonly perceptron: AveragedPerceptron;
  private readonly crf: LinearChainCrf;
  constructor(bits: number, options: CrfOptions, readonly share: number) {
    this.perceptron = new AveragedPerceptron(bits);
    this.crf = new LinearChainCrf(bits, options);
  }
  learn(ex: TrainExample): void {
    this.perceptron.learn(ex);
    this.crf.learn(ex);
  }
  averaged(): LinearWeights {
    const p = normalised(this.perceptron.averaged());
    const c = normalised(this.crf.averaged());
    const s = this.share;
    return {
      weights: p.weights.map((v, i) => (1 - s) * v + s * c.weights[i]!),
      trans: p.trans.map((v, i) => (1 - s) * v + s * c.trans[i]!),
    };
  }
}
