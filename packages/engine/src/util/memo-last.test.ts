import { describe, expect, it } from 'vitest';
import { memoLast } from './memo-last.js';

describe('memoLast', () => {
  it('returns the value for the same key only, and forgets the previous key', () => {
    const m = memoLast<object, number>();
    const a = {};
    const b = {};
    expect(m.get(a)).toBeUndefined();
    m.set(a, 1);
    expect(m.get(a)).toBe(1);
    expect(m.get({})).toBeUndefined();
    m.set(b, 2);
    expect(m.get(b)).toBe(2);
    expect(m.get(a)).toBeUndefined();
  });
});
