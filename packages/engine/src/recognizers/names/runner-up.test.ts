import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { learnedTagger } from './index.js';
import { reachFor } from './tagger.js';
import type { NameSpan } from './types.js';

/** Synthetic posts; "kai" is a name the shipped model's best reading leaves out. */
const POSTS = [
  'well done to kai for finishing the course',
  'Thanks to Faith and Hope from the local school for visiting the station today',
  'great to meet jayden at the youth club tonight',
  'we met bill and ben at the allotments today',
  'PC Andrew Harper attended the scene with John Brown',
  'chatted to mo about parking on the estate, thanks frank',
  'Collision near Abington Park, please avoid the area',
];

function tag(text: string, minConfidence?: number): { spans: NameSpan[]; view: string } {
  const view = normalise(text).text;
  return { spans: learnedTagger.tag(tokenise(view), view, minConfidence), view };
}

describe('runner-up names (person thresholds below 0.5)', () => {
  it('are offered only below 0.5 and leave the best reading as it was', () => {
    let offered = 0;
    for (const text of POSTS) {
      const best = tag(text).spans;
      expect(best.some((s) => s.runnerUp === true)).toBe(false);
      expect(tag(text, 0.5).spans).toEqual(best);
      const low = tag(text, 0.01).spans;
      // The best reading's spans are all still there, unchanged.
      expect(low.filter((s) => s.runnerUp !== true)).toEqual(best);
      const extra = low.filter((s) => s.runnerUp === true);
      offered += extra.length;
      for (const s of extra) {
        expect(s.label).toBe('PER');
        expect(s.confidence).toBeGreaterThanOrEqual(0.01);
        expect(s.confidence).toBeLessThan(0.5);
        // No overlap with any other span.
        for (const o of low) if (o !== s) expect(o.end <= s.start || s.end <= o.start).toBe(true);
      }
      // In text order.
      for (let i = 1; i < low.length; i++) expect(low[i]!.firstToken).toBeGreaterThanOrEqual(low[i - 1]!.endToken);
    }
    expect(offered).toBeGreaterThan(0);
  });

  it('respect the floor asked for, and a higher floor offers a subset', () => {
    const { spans, view } = tag(POSTS[0]!, 0.01);
    const kai = spans.find((s) => s.runnerUp === true && view.slice(s.start, s.end) === 'kai');
    expect(kai).toBeDefined();
    // Just above kai's confidence it is no longer offered; just below, it is.
    expect(tag(POSTS[0]!, kai!.confidence + 1e-6).spans.some((s) => s.runnerUp === true && s.start === kai!.start)).toBe(false);
    expect(tag(POSTS[0]!, kai!.confidence - 1e-6).spans.some((s) => s.runnerUp === true && s.start === kai!.start)).toBe(true);
  });
});

describe('reachFor', () => {
  const cal = { a: 0.1333, b: -0.4666 };

  it('is the margin at which the runner-up calibration gives the floor', () => {
    for (const c of [0.05, 0.1, 0.2, 0.3]) {
      const reach = reachFor(c, cal);
      expect(1 / (1 + Math.exp(-(cal.a * -reach + cal.b)))).toBeCloseTo(c, 9);
    }
  });

  it('is 0 where no runner-up can qualify or none is wanted', () => {
    expect(reachFor(undefined, cal)).toBe(0);
    expect(reachFor(0.5, cal)).toBe(0);
    expect(reachFor(0.45, cal)).toBe(0); // above the calibration's value at margin 0 (0.385)
    expect(reachFor(0.2, null)).toBe(0);
    expect(reachFor(0.2, { a: 0, b: 0 })).toBe(0);
    expect(reachFor(Number.NaN, cal)).toBe(0);
  });
});
