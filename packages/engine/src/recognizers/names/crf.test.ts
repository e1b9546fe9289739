import { describe, expect, it } from 'vitest';
import { LinearChainCrf, forwardBackward } from './crf.js';
import { ALLOWED, NUM_TAGS, ViterbiScratch, viterbi } from './decode.js';
import { FEATURES_PER_TOKEN } from './features.js';
import { seededRandom } from './perceptron.js';
import type { TrainExample } from './perceptron.js';

const T = NUM_TAGS;

/** Every valid tag path of `n` tokens (BIO order, forced-O tokens), by brute force. */
function paths(n: number, onlyO: Uint8Array): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    const next: number[][] = [];
    for (const p of out) {
      for (let c = 0; c < (onlyO[i] === 1 ? 1 : T); c++) {
        if (ALLOWED[(i === 0 ? T : p[i - 1]!) * T + c]) next.push([...p, c]);
      }
    }
    out = next;
  }
  return out;
}

/** A random example of `n` tokens with feature rows below `rows`. */
function example(n: number, rows: number, random: () => number, gold: number[], onlyO: number[]): TrainExample {
  const feats = Int32Array.from({ length: n * FEATURES_PER_TOKEN }, () => Math.floor(random() * rows));
  return { feats, n, gold: Uint8Array.from(gold), onlyO: Uint8Array.from(onlyO) };
}

describe('linear-chain CRF', () => {
  it('forward-backward gives the brute-force partition function and marginals', () => {
    const random = seededRandom(5);
    const n = 4;
    const onlyO = Uint8Array.from([0, 0, 1, 0]);
    const em = Float64Array.from({ length: n * T }, () => random() * 4 - 2);
    const trans = Float64Array.from({ length: (T + 1) * T }, () => random() * 2 - 1);
    const ex: TrainExample = { feats: new Int32Array(n * FEATURES_PER_TOKEN), n, gold: new Uint8Array(n), onlyO };
    const marg = new Float64Array(n * T);
    const transMarg = new Float64Array((T + 1) * T);
    const logZ = forwardBackward(ex, em, trans, new Float64Array(n * T), new Float64Array(n * T), marg, transMarg);
    let z = 0;
    const want = new Float64Array(n * T);
    const wantTrans = new Float64Array((T + 1) * T);
    const all = paths(n, onlyO);
    const scores = all.map((p) => p.reduce((s, c, i) => s + em[i * T + c]! + trans[(i === 0 ? T : p[i - 1]!) * T + c]!, 0));
    for (const s of scores) z += Math.exp(s);
    all.forEach((p, k) => {
      const w = Math.exp(scores[k]!) / z;
      p.forEach((c, i) => { want[i * T + c]! += w; wantTrans[(i === 0 ? T : p[i - 1]!) * T + c]! += w; });
    });
    expect(logZ).toBeCloseTo(Math.log(z), 9);
    for (let i = 0; i < n * T; i++) expect(marg[i]).toBeCloseTo(want[i]!, 9);
    for (let i = 0; i < wantTrans.length; i++) expect(transMarg[i]).toBeCloseTo(wantTrans[i]!, 9);
  });

  it('learns a toy task: the loss falls and Viterbi recovers the gold tags', () => {
    const random = seededRandom(9);
    const gold = [0, 1, 2, 0, 3, 0];
    const ex = example(6, 1 << 10, random, gold, [0, 0, 0, 1, 0, 0]);
    const crf = new LinearChainCrf(10, { l2: 0.01, rate: 0.1 });
    const first = crf.learn(ex);
    let last = first;
    for (let e = 0; e < 30; e++) last = crf.learn(ex);
    expect(last).toBeLessThan(first / 10);
    const { weights, trans } = crf.averaged();
    const em = new Float64Array(6 * T);
    for (let i = 0; i < 6; i++) {
      for (let k = 0; k < FEATURES_PER_TOKEN; k++) for (let c = 0; c < T; c++) em[i * T + c]! += weights[ex.feats[i * FEATURES_PER_TOKEN + k]! * T + c]!;
    }
    const out = new Uint8Array(6);
    viterbi(em, 6, trans, ex.onlyO, out, new ViterbiScratch());
    expect([...out]).toEqual(gold);
  });
});
