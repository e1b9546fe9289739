import { describe, expect, it } from 'vitest';
import { RefreshCache } from './refresh-cache.js';

/** A loader whose calls are counted and whose results the test releases by hand. */
function gate<V>() {
  const pending: Array<(v: V | undefined) => void> = [];
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<V | undefined>((ok) => pending.push(ok));
  };
  return { load, calls: () => calls, release: (v: V | undefined) => pending.shift()?.(v) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RefreshCache', () => {
  it('shares one load among concurrent misses', async () => {
    const c = new RefreshCache<string>({ ttlMs: 1000 });
    const g = gate<string>();
    const all = Promise.all([c.get('k', g.load), c.get('k', g.load), c.get('k', g.load)]);
    await tick();
    expect(g.calls()).toBe(1);
    g.release('v');
    expect(await all).toEqual(['v', 'v', 'v']);
    expect(c.peek('k')).toBe('v');
  });

  it('serves an old entry at once and refreshes it once in the background', async () => {
    let now = 0;
    const c = new RefreshCache<string>({ ttlMs: 1000, refreshAfterMs: 500, clock: () => now });
    c.set('k', 'old');
    now = 600;
    const g = gate<string>();
    expect(await c.get('k', g.load)).toBe('old');
    expect(await c.get('k', g.load)).toBe('old');
    await tick();
    expect(g.calls()).toBe(1);
    g.release('new');
    await tick();
    expect(await c.get('k', g.load)).toBe('new');
    // The refreshed entry counts from the start of its load (600): still live at 1500, gone at 1600.
    now = 1500;
    expect(c.peek('k')).toBe('new');
    now = 1600;
    expect(c.peek('k')).toBeUndefined();
  });

  it('lets an entry lapse after the TTL when nobody asks, then loads in the foreground', async () => {
    let now = 0;
    const c = new RefreshCache<string>({ ttlMs: 1000, clock: () => now });
    c.set('k', 'old');
    now = 1000;
    expect(await c.get('k', async () => 'fresh')).toBe('fresh');
  });

  it('does not let a load that began before an invalidation store its (stale) result', async () => {
    const c = new RefreshCache<string>({ ttlMs: 1000 });
    const g = gate<string>();
    const first = c.get('k', g.load);
    await tick();
    c.delete('k');
    g.release('stale');
    expect(await first).toBe('stale');
    expect(c.peek('k')).toBeUndefined();
    // A caller after the invalidation does not join the stale load.
    expect(await c.get('k', async () => 'fresh')).toBe('fresh');
  });

  it('deleteWhere forgets matching entries and discards loads in flight', async () => {
    const c = new RefreshCache<{ user: string }>({ ttlMs: 1000 });
    c.set('a', { user: 'u1' });
    c.set('b', { user: 'u2' });
    const g = gate<{ user: string }>();
    const inflight = c.get('c', g.load);
    await tick();
    c.deleteWhere((v) => v.user === 'u1');
    g.release({ user: 'u1' });
    await inflight;
    expect(c.peek('a')).toBeUndefined();
    expect(c.peek('c')).toBeUndefined();
    expect(c.peek('b')).toEqual({ user: 'u2' });
  });

  it('caches nothing for undefined and passes errors to every waiter, then retries', async () => {
    const c = new RefreshCache<string>({ ttlMs: 1000 });
    expect(await c.get('k', async () => undefined)).toBeUndefined();
    expect(c.size).toBe(0);
    const failing = async (): Promise<string> => {
      throw new Error('down');
    };
    const both = Promise.allSettled([c.get('k', failing), c.get('k', failing)]);
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await c.get('k', async () => 'back')).toBe('back');
  });

  it('keeps serving the old entry when a background refresh fails', async () => {
    let now = 0;
    const c = new RefreshCache<string>({ ttlMs: 1000, clock: () => now });
    c.set('k', 'old');
    now = 700;
    expect(await c.get('k', async () => {
      throw new Error('down');
    })).toBe('old');
    await tick();
    expect(c.peek('k')).toBe('old');
  });

  it('stays bounded, dropping the oldest entries', () => {
    const c = new RefreshCache<number>({ ttlMs: 60_000, max: 100 });
    for (let i = 0; i < 1000; i++) c.set(`k${i}`, i);
    expect(c.size).toBeLessThanOrEqual(100);
    expect(c.peek('k999')).toBe(999);
    expect(c.peek('k0')).toBeUndefined();
  });
});
