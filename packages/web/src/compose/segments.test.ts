import type { Finding, Severity } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segments.js';

const f = (severity: Severity, ...ranges: Array<[number, number]>): Finding => ({
  rule: 'P4', severity, messageId: 'm', message: 'm', explanation: 'e', guidance: 'g', confidence: 1,
  ranges: ranges.map(([start, end]) => ({ start, end })),
});

describe('segmentText', () => {
  it('returns one plain segment without findings', () => {
    expect(segmentText(5, [])).toEqual([{ start: 0, end: 5, severity: null, findings: [] }]);
  });

  it('covers the text exactly, in order', () => {
    const segs = segmentText(20, [f('review', [2, 6]), f('block', [4, 10])]);
    expect(segs.map((s) => [s.start, s.end, s.severity, s.findings])).toEqual([
      [0, 2, null, []],
      [2, 4, 'review', [0]],
      [4, 6, 'block', [0, 1]],
      [6, 10, 'block', [1]],
      [10, 20, null, []],
    ]);
  });

  it('skips track findings and clamps ranges beyond the text', () => {
    const segs = segmentText(5, [f('track', [0, 5]), f('advise', [3, 99])]);
    expect(segs.map((s) => [s.start, s.end, s.severity])).toEqual([[0, 3, null], [3, 5, 'advise']]);
  });

  it('handles a finding with several ranges', () => {
    const segs = segmentText(10, [f('advise', [0, 2], [8, 10])]);
    expect(segs.map((s) => s.severity)).toEqual(['advise', null, 'advise']);
  });

  it('stays fast with many findings', () => {
    const many = Array.from({ length: 2000 }, (_, i) => f('advise', [i, i + 3]));
    const a = performance.now();
    const segs = segmentText(2010, many);
    expect(segs[segs.length - 1]!.end).toBe(2010);
    expect(performance.now() - a).toBeLessThan(500);
  });
});
