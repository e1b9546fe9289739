import { describe, expect, it } from 'vitest';
import { ALLOWED, NUM_TAGS, ViterbiScratch, allOIsBest, backward, oBound, scoreWithSpanAsO, scoreWithSpanAsPer, viterbi } from './decode.js';

/** A seeded generator of numbers in [-2, 2). */
function lcg(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 4 - 2;
}

/**
 * Random emissions (O's raised by `lead`), transitions, and forced-O tokens
 * where a draw exceeds `forcedAbove` (Infinity: none, and no draws).
 */
function randomCase(rnd: () => number, n: number, forcedAbove: number, lead = 0): { em: Float64Array; trans: Float64Array; onlyO: Uint8Array } {
  const T = NUM_TAGS;
  const em = Float64Array.from({ length: n * T }, (_, k) => rnd() + (k % T === 0 ? lead : 0));
  const trans = Float64Array.from({ length: (T + 1) * T }, rnd);
  const onlyO = forcedAbove === Infinity ? new Uint8Array(n) : Uint8Array.from({ length: n }, () => (rnd() > forcedAbove ? 1 : 0));
  return { em, trans, onlyO };
}

/** Forward (Viterbi) and backward scores of a random case. */
function scores(em: Float64Array, n: number, trans: Float64Array, onlyO: Uint8Array): { fwd: Float64Array; bwd: Float64Array } {
  const s = new ViterbiScratch();
  viterbi(em, n, trans, onlyO, new Uint8Array(n), s);
  const bwd = new Float64Array(n * NUM_TAGS);
  backward(em, n, trans, onlyO, bwd);
  return { fwd: Float64Array.from(s.score), bwd };
}

describe('span margins from forward and backward scores', () => {
  it('equal a second constrained decode on random scores', () => {
    const rnd = lcg(3);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + (trial % 12);
      const { em, trans, onlyO } = randomCase(rnd, n, 1.6);
      const { fwd, bwd } = scores(em, n, trans, onlyO);
      for (let from = 0; from < n; from++) {
        for (let to = from + 1; to <= n; to++) {
          const expected = viterbi(em, n, trans, onlyO, new Uint8Array(n), new ViterbiScratch(), from, to);
          expect(scoreWithSpanAsO(em, n, trans, fwd, bwd, from, to)).toBeCloseTo(expected, 9);
        }
      }
    }
  });

  it('skip decoding only when Viterbi would return all O', () => {
    const rnd = lcg(11);
    let fired = 0, allO = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const n = 1 + (trial % 9);
      // O emissions lead by a random amount, so that both outcomes occur.
      const lead = (trial % 7) * 1.5;
      const { em, trans, onlyO } = randomCase(rnd, n, 1.5, lead);
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

  it('score a name the best path leaves out as the best of every path that tags exactly it as PER', () => {
    const rnd = lcg(5);
    const T = NUM_TAGS;
    let finite = 0;
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + (trial % 5);
      const { em, trans, onlyO } = randomCase(rnd, n, 1.4);
      const { fwd, bwd } = scores(em, n, trans, onlyO);
      // Every valid tag sequence, by brute force (7^n, n ≤ 5).
      const paths: { tags: number[]; score: number }[] = [];
      const walk = (tags: number[], score: number): void => {
        const i = tags.length;
        if (i === n) { paths.push({ tags, score }); return; }
        const prev = i === 0 ? T : tags[i - 1]!;
        for (let c = 0; c < T; c++) {
          if (!ALLOWED[prev * T + c] || (onlyO[i] === 1 && c !== 0)) continue;
          walk([...tags, c], score + trans[prev * T + c]! + em[i * T + c]!);
        }
      };
      walk([], 0);
      for (let from = 0; from < n; from++) {
        for (let to = from + 1; to <= n; to++) {
          let expected = -Infinity;
          for (const p of paths) {
            let ok = p.tags[from] === 1 && (to === n || p.tags[to] !== 2);
            for (let k = from + 1; ok && k < to; k++) ok = p.tags[k] === 2;
            if (ok && p.score > expected) expected = p.score;
          }
          const got = scoreWithSpanAsPer(em, n, trans, fwd, bwd, onlyO, from, to);
          if (expected === -Infinity) expect(got).toBe(-Infinity);
          else { finite++; expect(got).toBeCloseTo(expected, 9); }
        }
      }
    }
    expect(finite).toBeGreaterThan(200);
  });

  it('with a slack, skip decoding only when every other path trails the all-O path by more than it', () => {
    const rnd = lcg(23);
    let fired = 0;
    for (let trial = 0; trial < 2000; trial++) {
      const n = 1 + (trial % 8);
      const lead = (trial % 9) * 1.5;
      const { em, trans, onlyO } = randomCase(rnd, n, Infinity, lead);
      const slack = 3;
      if (!allOIsBest(em, 0, n, onlyO, oBound(trans), slack)) continue;
      fired++;
      // Every path with a PER name in it trails the all-O path by more than the slack.
      const allO = viterbi(em, n, trans, Uint8Array.from({ length: n }, () => 1), new Uint8Array(n), new ViterbiScratch());
      const { fwd, bwd } = scores(em, n, trans, onlyO);
      for (let from = 0; from < n; from++) {
        for (let to = from + 1; to <= n; to++) {
          expect(scoreWithSpanAsPer(em, n, trans, fwd, bwd, onlyO, from, to)).toBeLessThan(allO - slack);
        }
      }
    }
    expect(fired).toBeGreaterThan(100);
  });
});
