import { describe, expect, it } from 'vitest';
import { NUM_TAGS } from './decode.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { Blend, NormalisedCrf, normalised, rms } from './learners.js';
import { AveragedPerceptron, seededRandom, type TrainExample } from './perceptron.js';

/** A random sentence of `n` tokens over a table of 2^10 rows. */
function example(random: () => number, gold: number[]): TrainExample {
  const n = gold.length;
  const feats = Int32Array.from({ length: n * FEATURES_PER_TOKEN }, () => Math.floor(random() * 1024));
  return { feats, n, gold: Uint8Array.from(gold), onlyO: new Uint8Array(n) };
}

describe('learners', () => {
  it('normalises to an RMS of 1 over the non-zero weights, transitions scaled alike', () => {
    const w = { weights: Float64Array.from([0, 3, 0, -4]), trans: Float64Array.from([5, -5]) };
    expect(rms(w.weights)).toBeCloseTo(Math.sqrt(12.5), 12);
    const n = normalised(w);
    expect(rms(n.weights)).toBeCloseTo(1, 12);
    expect(n.trans[0]! / n.weights[1]!).toBeCloseTo(5 / 3, 12);
    expect(rms(new Float64Array(3))).toBe(1);
  });

  it('blends the normalised perceptron and CRF in the given share', () => {
    const random = seededRandom(3);
    const data = [example(random, [0, 1, 2, 0]), example(random, [3, 4, 0, 0]), example(random, [0, 0, 5, 6])];
    const perceptron = new AveragedPerceptron(10);
    const crf = new NormalisedCrf(10, { l2: 0.01, rate: 0.1 });
    const blend = new Blend(10, { l2: 0.01, rate: 0.1 }, 0.25);
    for (let e = 0; e < 3; e++) for (const ex of data) { perceptron.learn(ex); crf.learn(ex); blend.learn(ex); }
    const p = normalised(perceptron.averaged());
    const c = crf.averaged();
    const b = blend.averaged();
    expect(b.weights.length).toBe(1024 * NUM_TAGS);
    for (let i = 0; i < b.weights.length; i += 97) expect(b.weights[i]).toBeCloseTo(0.75 * p.weights[i]! + 0.25 * c.weights[i]!, 9);
    for (let i = 0; i < b.trans.length; i++) expect(b.trans[i]).toBeCloseTo(0.75 * p.trans[i]! + 0.25 * c.trans[i]!, 9);
  });
});
