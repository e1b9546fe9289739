/** The job table: durable, retried with back-off, singleton keys, leases that survive a crashed worker. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets, type TestStore } from '../storage/testing.js';
import { TableJobQueue } from './table-queue.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

for (const target of testTargets()) {
  describe(`job table on ${target.name}`, () => {
    let t: TestStore;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      t = await target.open();
    });
    afterAll(async () => t?.cleanup());
    const status = async (id: string) => (await t.handle.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

    it('runs jobs, retries failures with back-off, and marks them failed after the last attempt', async () => {
      const q = new TableJobQueue(t.handle.db, { pollMs: 10, retryBaseMs: 20 });
      const seen: string[] = [];
      let flaky = 0;
      q.work<{ n: number }>('ok', async (j) => { seen.push(`ok${j.data.n}`); });
      q.work('flaky', async () => { if (++flaky < 3) throw new Error('post text must not be stored'); });
      q.work('broken', async () => { throw new TypeError('nope'); });
      const ok = await q.send('ok', { n: 1 });
      const fl = await q.send('flaky', {}, { maxAttempts: 3 });
      const br = await q.send('broken', {}, { maxAttempts: 2 });
      await q.start();
      await until(async () => (await status(br!)).status === 'failed' && (await status(fl!)).status === 'done');
      await q.stop();
      expect(seen).toEqual(['ok1']);
      expect(await status(ok!)).toMatchObject({ status: 'done', attempts: 1 });
      expect(await status(fl!)).toMatchObject({ status: 'done', attempts: 3, last_error: null });
      expect(await status(br!)).toMatchObject({ status: 'failed', attempts: 2, last_error: 'TypeError' });
    });

    it('keeps one waiting job per singleton key, and takes a new one once it has run', async () => {
      const q = new TableJobQueue(t.handle.db, { pollMs: 10 });
      const a = await q.send('poll', { link: 'x' }, { singletonKey: 'poll:x' });
      expect(a).not.toBeNull();
      expect(await q.send('poll', { link: 'x' }, { singletonKey: 'poll:x' })).toBeNull();
      expect(await q.send('poll', { link: 'y' }, { singletonKey: 'poll:y' })).not.toBeNull();
      q.work('poll', async () => undefined);
      await q.start();
      await until(async () => (await status(a!)).status === 'done');
      await q.stop();
      expect(await q.send('poll', { link: 'x' }, { singletonKey: 'poll:x' })).not.toBeNull();
    });

    it('claims again a job whose worker died (lease expired), and two pollers never run a job twice', async () => {
      const now = new Date().toISOString();
      await t.handle.db.insertInto('jobs').values({
        id: 'crashed-1', queue: 'count', payload: '{"n":0}', status: 'running', attempts: 1, max_attempts: 3,
        run_at: now, locked_by: 'dead-worker', locked_until: '2000-01-01T00:00:00.000Z', singleton_key: null,
        last_error: null, created_at: now, updated_at: now,
      }).execute();
      const runs = new Map<number, number>();
      const handler = async (j: { data: { n: number } }) => {
        runs.set(j.data.n, (runs.get(j.data.n) ?? 0) + 1);
        await wait(2);
      };
      const q1 = new TableJobQueue(t.handle.db, { pollMs: 5, concurrency: 3 });
      const q2 = new TableJobQueue(t.handle.db, { pollMs: 5, concurrency: 3 });
      q1.work('count', handler);
      q2.work('count', handler);
      for (let n = 1; n <= 60; n++) await q1.send('count', { n });
      await Promise.all([q1.start(), q2.start()]);
      await until(() => runs.size === 61);
      await Promise.all([q1.stop(), q2.stop()]);
      expect([...runs.values()].every((c) => c === 1)).toBe(true);
      expect(await status('crashed-1')).toMatchObject({ status: 'done', attempts: 2 });
    });

    it('prunes finished jobs after a day, keeping failed ones', async () => {
      let now = new Date('2030-01-01T00:00:00.000Z');
      const q = new TableJobQueue(t.handle.db, { pollMs: 10, now: () => now });
      q.work('p', async () => undefined);
      const id = await q.send('p', {});
      await q.start();
      await until(async () => (await status(id!)).status === 'done');
      await q.stop();
      expect(await q.prune()).toBe(0);
      now = new Date('2030-01-03T00:00:00.000Z');
      expect(await q.prune()).toBeGreaterThanOrEqual(1);
      expect(await t.handle.db.selectFrom('jobs').select('id').where('id', '=', id!).executeTakeFirst()).toBeUndefined();
      expect(await t.handle.db.selectFrom('jobs').select('id').where('status', '=', 'failed').executeTakeFirst()).toBeDefined();
    });
  });
}
