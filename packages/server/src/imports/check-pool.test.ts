import { DEFAULT_POLICY, type Policy } from '@peel/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK, workerChecker } from './check-pool.js';
import { inlineChecker, type BatchChecker, type CheckItem } from './checking.js';

const item = (i: number): CheckItem => ({
  text: i % 7 === 0 ? `Thanks Sarah (07700 900${String(i % 1000).padStart(3, '0')}) for reporting` : `Road closed on the A43 near junction ${i}, please avoid`,
  platform: 'x', accountKind: 'force', date: '2024-03-01T10:00:00.000Z', media: [],
});

describe('worker check pool', () => {
  let pool: BatchChecker | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('returns the same results as checking inline, in input order, for batches cut into many chunks', async () => {
    pool = await workerChecker(DEFAULT_POLICY, 2);
    const items = Array.from({ length: CHUNK * 3 + 17 }, (_, i) => item(i));
    const inline = await inlineChecker(DEFAULT_POLICY).check(items);
    // Two batches at once, as the pipeline has them: each gets its own results back.
    const [a, b] = await Promise.all([pool.check(items), pool.check(items.slice(0, 5))]);
    expect(a).toEqual(inline);
    expect(b).toEqual(inline.slice(0, 5));
    expect(a.filter((c) => c.ok && c.findings.some((f) => f.rule === 'P6')).length).toBeGreaterThan(0);
  });

  it('lets a waiting caller check queued chunks itself, with the same results', async () => {
    pool = await workerChecker(DEFAULT_POLICY, 1);
    const items = Array.from({ length: CHUNK * 6 }, (_, i) => item(i));
    const pending = pool.check(items);
    let helped = 0;
    while (pool.helpOne!()) helped++;
    // Six chunks, the one worker holds two: the other four were queued.
    expect(helped).toBe(4);
    expect(await pending).toEqual(await inlineChecker(DEFAULT_POLICY).check(items));
  });

  it('rejects a batch when checking fails in a worker, without quoting the post', async () => {
    // No policy at all makes check() throw inside the worker.
    pool = await workerChecker(null as unknown as Policy, 1);
    const err = await pool.check([item(1), item(2)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^check worker failed \(\w+\)$/);
  });

  it('settles checks still pending when closed', async () => {
    pool = await workerChecker(DEFAULT_POLICY, 1);
    const outcome = pool.check(Array.from({ length: CHUNK * 4 }, (_, i) => item(i))).catch((e: unknown) => e);
    await pool.close();
    pool = undefined;
    expect(await outcome).toEqual(new Error('check pool closed'));
  });
});
