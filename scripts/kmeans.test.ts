import { describe, expect, it } from 'vitest';
import { seededRandom } from '../packages/engine/src/recognizers/names/perceptron.js';
import { sphericalKmeans } from './kmeans.js';

/** `perGroup` unit vectors in 3-D scattered around each of `centres`. */
function scatter(centres: number[][], perGroup: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const x = new Float32Array(centres.length * perGroup * 3);
  centres.forEach((c, g) => {
    for (let i = 0; i < perGroup; i++) {
      const v = c.map((a) => a + (random() - 0.5) * 0.2);
      const norm = Math.hypot(...v);
      v.forEach((a, d) => { x[(g * perGroup + i) * 3 + d] = a / norm; });
    }
  });
  return x;
}

describe('sphericalKmeans', () => {
  const centres = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const x = scatter(centres, 40, 1);
  const w = new Float64Array(120).fill(1);

  it('finds well separated directions, one cluster each, with unit centroids', () => {
    const { assign, cent } = sphericalKmeans(x, 3, w, 3, 10, seededRandom(5));
    for (let g = 0; g < 3; g++) {
      const ids = new Set(Array.from(assign.subarray(g * 40, g * 40 + 40)));
      expect(ids.size).toBe(1);
    }
    expect(new Set(assign).size).toBe(3);
    for (let c = 0; c < 3; c++) expect(Math.hypot(cent[c * 3]!, cent[c * 3 + 1]!, cent[c * 3 + 2]!)).toBeCloseTo(1, 5);
  });

  it('is deterministic for a seed and reports each round until nothing moves', () => {
    const rounds: number[] = [];
    const a = sphericalKmeans(x, 3, w, 3, 10, seededRandom(5), (_r, moved) => rounds.push(moved));
    const b = sphericalKmeans(x, 3, w, 3, 10, seededRandom(5));
    expect(Array.from(a.assign)).toEqual(Array.from(b.assign));
    expect(rounds[0]).toBe(120);
    expect(rounds[rounds.length - 1]).toBe(0);
    expect(rounds.length).toBeLessThan(10);
  });

  it('rejects shapes that do not fit', () => {
    expect(() => sphericalKmeans(x, 4, w, 3, 10, seededRandom(5))).toThrow(/rows/);
    expect(() => sphericalKmeans(x, 3, w, 121, 10, seededRandom(5))).toThrow(/clusters/);
  });
});
