import { describe, expect, it } from 'vitest';
import { normalise } from '../pipeline/normalise.js';
import { tokenise } from '../pipeline/tokenise.js';
import { nameSpans } from './name-spans.js';

// "kai" is a runner-up of the shipped tagger (names/runner-up.test.ts): offered only below a 0.5 threshold.
const view = normalise('well done to kai for finishing the course, and thanks to Faith').text;

const runnerUps = (spans: readonly { runnerUp?: boolean }[]): number => spans.filter((s) => s.runnerUp === true).length;

describe('nameSpans', () => {
  it('serves a lower threshold after a higher one, and a higher after a lower, from one post', () => {
    const tokens = tokenise(view);
    const best = nameSpans(tokens, view);
    expect(runnerUps(best)).toBe(0);
    const low = nameSpans(tokens, view, 0.01);
    expect(runnerUps(low)).toBeGreaterThan(0);
    // Back to the default: the cached low-threshold tagging, without its runner-ups.
    expect(nameSpans(tokens, view)).toEqual(best);
    // A threshold between: only the runner-ups at or above it.
    const top = Math.max(...low.filter((s) => s.runnerUp === true).map((s) => s.confidence));
    expect(nameSpans(tokens, view, top).filter((s) => s.runnerUp === true).every((s) => s.confidence >= top)).toBe(true);
    expect(runnerUps(nameSpans(tokens, view, top + 1e-9))).toBe(0);
  });

  it('gives the same spans whichever threshold came first', () => {
    const a = tokenise(view);
    const low = nameSpans(a, view, 0.01);
    const b = tokenise(view);
    expect(nameSpans(b, view, 0.01)).toEqual(low);
    expect(nameSpans(tokenise(view), view)).toEqual(low.filter((s) => s.runnerUp !== true));
  });
});
