import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStale, newestMtime } from './ensure-built.js';

const dir = mkdtempSync(join(tmpdir(), 'peel-ensure-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ensure-built', () => {
  it('is stale when never built or when a source is newer', () => {
    expect(isStale(0, [1])).toBe(true);
    expect(isStale(10, [5, 9])).toBe(false);
    expect(isStale(10, [5, 11])).toBe(true);
  });

  it('finds the newest file, skipping tests and node_modules', () => {
    mkdirSync(join(dir, 'a', 'node_modules'), { recursive: true });
    const f = (p: string, t: number) => { writeFileSync(join(dir, p), 'x'); utimesSync(join(dir, p), t, t); };
    f('a/x.ts', 1000);
    f('a/x.test.ts', 5000);
    f('a/node_modules/y.js', 6000);
    utimesSync(join(dir, 'a', 'node_modules'), 100, 100);
    utimesSync(join(dir, 'a'), 100, 100);
    expect(newestMtime(join(dir, 'a'))).toBe(1_000_000);
    expect(newestMtime(join(dir, 'missing'))).toBe(0);
  });
});
