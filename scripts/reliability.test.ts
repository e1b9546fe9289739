import { describe, expect, it } from 'vitest';
import { ReliabilityBins } from './reliability.js';

describe('ReliabilityBins', () => {
  it('counts spans per bin with their mean confidence and share right', () => {
    const bins = new ReliabilityBins([0, 0.5, 1.0001]);
    bins.add(0.2, false);
    bins.add(0.4, true);
    bins.add(1, true);
    expect(bins.rows()).toEqual([
      { from: 0, to: 0.5, n: 2, mean: expect.closeTo(0.3, 12), right: 0.5 },
      { from: 0.5, to: 1, n: 1, mean: 1, right: 1 },
    ]);
  });

  it('leaves out empty bins and confidences outside the edges', () => {
    const bins = new ReliabilityBins([0.1, 0.2, 0.5, 1.0001]);
    bins.add(0.05, true);
    bins.add(0.3, false);
    expect(bins.rows()).toEqual([{ from: 0.2, to: 0.5, n: 1, mean: 0.3, right: 0 }]);
  });
});
