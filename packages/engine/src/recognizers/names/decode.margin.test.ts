import { describe, expect, it } from 'vitest';
import { NUM_TAGS, ViterbiScratch, allOIsBest, backward, oBound, scoreWithSpanAsO, viterbi } from './decode.js';

describe('span margins from forward and backward scores', () => {
  it('equal a second constrained decode on random scores', () => {
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 4 - 2;
    const T = NUM_TAGS;
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + (trial % 12);
      const em = Float64Array.from({ length: n * T }, rnd);
      const trans = Float64Array.from({ length: (T + 1) * T }, rnd);
      const onlyO = Uint8Array.from({ length: n }, () => (rnd() > 1.6 ? 1 : 0));
      const s = new ViterbiScratch();
      const out = new Uint8Array(n);
      viterbi(em, n, trans, onlyO, out, s);
      const fwd = Float64Array.from(s.score);
      const bwd = new Float64Array(n * T);
      backward(em, n, trans, onlyO, bwd);
      for (let from = 0; from < n; from++) {
        for (let to = from + 1; to <= n; to++) {
          const expected = viterbi(em, n, trans, onlyO, new Uint8Array(n), new ViterbiScratch(), from, to);
          expect(scoreWithSpanAsO(em, n, trans, fwd, bwd, from, to)).toBeCloseTo(expected, 9);
        }
      }
    }
  });

  it('skip decoding only when Viterbi would return all O', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 4 - 2;
    const T = NUM_TAGS;
    let fired = 0, allO = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + (trial % 9);
      // O emissions lead by a random amount, so that both outcomes occur.
      const lead = (trial % 7) * 1.5;
      const em = Float64Array.from({ length: n * T }, (_, k) => rnd() + (k % T === 0 ? lead : 0));
      const trans = Float64Array.from({ length: (T + 1) * T }, rnd);
      const onlyO = Uint8Array.from({ length: n }, () => (rnd() > 1.5 ? 1 : 0));
      const out = new Uint8Array(n);
      viterbi(em, n, trans, onlyO, out, new ViterbiScratch());
      const isAllO = out.every((t) => t === 0);
      if (isAllO) allO++;
      if (allOIsBest(em, 0, n, onlyO, oBound(trans))) {
        fired++;
        expect(isAllO).toBe(true);
      }
    }
    expect(fired).toBeGreaterThan(100);
    expect(allO).toBeGreaterThan(fired);
  });
});
