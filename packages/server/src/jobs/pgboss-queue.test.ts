/**
 * pg-boss on PostgreSQL: two worker processes share one queue and no job runs
 * twice; singleton keys keep one waiting job per key. Needs PostgreSQL
 * (PEEL_TEST_DATABASE_URL); with CI=true its absence fails the suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresTestStore, testTargets } from '../storage/testing.js';
import { PgBossJobQueue } from './pgboss-queue.js';

const target = testTargets().find((t) => t.name === 'postgres');
const CHILD = fileURLToPath(new URL('./worker-child.ts', import.meta.url));

function startWorker(url: string, schema: string, name: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url, schema, name], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`worker ${name} exited early (${code})`)));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { if (d.includes('ready')) resolve(child); });
  });
}

describe.runIf(target !== undefined)('pg-boss jobs on PostgreSQL', () => {
  let store: Awaited<ReturnType<typeof openPostgresTestStore>>;
  let client: pg.Client;
  const schema = `boss_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    if (target!.unavailable) throw new Error(target!.unavailable);
    store = await openPostgresTestStore(process.env.PEEL_TEST_DATABASE_URL!);
    client = new pg.Client({ connectionString: store.url });
    await client.connect();
    await client.query('create table job_runs (job_key text not null, worker text not null)');
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await client?.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await client?.end();
    await store?.cleanup();
  });

  it('two worker processes share the work and run nothing twice', async () => {
    const producer = new PgBossJobQueue({ connectionString: store.url, schema });
    // Create the queue before the workers start so both find it.
    await producer.send('effect', { key: 'warm-up' });
    children.push(await startWorker(store.url, schema, 'w1'), await startWorker(store.url, schema, 'w2'));
    const N = 80;
    for (let i = 0; i < N; i++) await producer.send('effect', { key: `job-${i}` });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await client.query<{ n: string }>('select count(*) as n from job_runs');
      if (Number(rows[0]!.n) >= N + 1 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Give a duplicate, if there were one, time to show up.
    await new Promise((r) => setTimeout(r, 1500));
    const { rows } = await client.query<{ job_key: string; runs: string; workers: string }>(
      'select job_key, count(*) as runs, string_agg(worker, \',\') as workers from job_runs group by job_key');
    expect(rows).toHaveLength(N + 1);
    expect(rows.filter((r) => Number(r.runs) !== 1)).toEqual([]);
    const byWorker = new Set(rows.map((r) => r.workers));
    expect(byWorker).toEqual(new Set(['w1', 'w2']));
    for (const c of children) c.removeAllListeners('exit');
    await Promise.all(children.map((c) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); })));
    await producer.stop();
  }, 120_000);

  it('keeps one waiting job per singleton key', async () => {
    const q = new PgBossJobQueue({ connectionString: store.url, schema, statelyQueues: ['poll'] });
    expect(await q.send('poll', { link: 'a' }, { singletonKey: 'a' })).not.toBeNull();
    expect(await q.send('poll', { link: 'a' }, { singletonKey: 'a' })).toBeNull();
    expect(await q.send('poll', { link: 'b' }, { singletonKey: 'b' })).not.toBeNull();
    await q.stop();
  });
});
