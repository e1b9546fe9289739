import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit.js';

describe('TokenBuckets', () => {
  it('allows a burst, then the refill rate, per key', () => {
    let now = 0;
    const b = new TokenBuckets(3, 1, () => now);
    expect([b.take('a'), b.take('a'), b.take('a')]).toEqual([0, 0, 0]);
    expect(b.take('a')).toBe(1);
    expect(b.take('b')).toBe(0);
    now += 1000;
    expect(b.take('a')).toBe(0);
    expect(b.take('a')).toBeGreaterThan(0);
    now += 60_000;
    expect([b.take('a'), b.take('a'), b.take('a'), b.take('a')].filter((w) => w === 0)).toHaveLength(3);
  });

  it('says how long to wait at a slow refill', () => {
    let now = 0;
    const b = new TokenBuckets(1, 0.1, () => now);
    expect(b.take('a')).toBe(0);
    expect(b.take('a')).toBe(10);
    now += 5000;
    expect(b.take('a')).toBe(5);
  });

  it('keeps memory bounded by forgetting refilled buckets', () => {
    let now = 0;
    const b = new TokenBuckets(2, 1, () => now, 100);
    for (let i = 0; i < 100; i++) b.take(`k${i}`);
    now += 10_000;
    b.take('new');
    expect(b.size).toBe(1);
    for (let i = 0; i < 500; i++) b.take(`busy${i}`);
    expect(b.size).toBeLessThanOrEqual(100);
  });
});
