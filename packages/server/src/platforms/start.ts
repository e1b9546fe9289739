/**
 * Starting connectors with the server: attach the database to the Env, start
 * the job queue (the job table on SQLite, pg-boss on PostgreSQL), register the
 * job handlers and a small scheduler that sends singleton poll jobs for the
 * links that are due and a retention sweep. Several servers on one PostgreSQL
 * each run the scheduler; singleton keys keep one poll per link waiting.
 */
import type { Env } from '../domain/context.js';
import { IMPORT_QUEUE, runImportJob, type ImportJobData } from '../imports/uploads.js';
import { PgBossJobQueue } from '../jobs/pgboss-queue.js';
import { TableJobQueue } from '../jobs/table-queue.js';
import type { JobQueue } from '../jobs/types.js';
import { indexNeedsBackfill, sweepRetention } from '../retention/tasks.js';
import type { DatabaseHandle } from '../storage/open.js';
import { attachDatabase, type ConnectorEnv } from './env.js';
import { dueLinks, pollLink } from './links.js';
import type { SecretBox } from './secrets.js';

/** Queue names. */
export const POLL_QUEUE = 'platform.poll';
export const SWEEP_QUEUE = 'retention.sweep';
/** How often the retention sweep runs (it catches updates recorded outside the connectors). */
export const SWEEP_EVERY_MS = 60_000;

/** How to start. */
export interface ConnectorOptions {
  /** PostgreSQL URL (pg-boss); unset on SQLite. */
  databaseUrl?: string;
  dataDir?: string;
  secrets?: SecretBox;
  /** Scheduler tick (ms, default 2 s; 0 = no scheduler). */
  tickMs?: number;
  /** Job table / pg-boss polling (ms, default 1000). */
  pollMs?: number;
  /** pg-boss schema (default peel_jobs). */
  jobSchema?: string;
}

/** Running connectors. */
export interface RunningConnectors {
  env: ConnectorEnv;
  queue: JobQueue;
  /** Send due poll jobs and a sweep now (the scheduler does this every tick). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Attach, start the queue and the scheduler. */
export async function startConnectors(env: Env, handle: DatabaseHandle, o: ConnectorOptions = {}): Promise<RunningConnectors> {
  const pollMs = o.pollMs ?? 1000;
  const queue: JobQueue = handle.dialect === 'postgres' && o.databaseUrl
    ? new PgBossJobQueue({ connectionString: o.databaseUrl, schema: o.jobSchema, pollSeconds: Math.max(0.5, pollMs / 1000), statelyQueues: [POLL_QUEUE, SWEEP_QUEUE] })
    : new TableJobQueue(handle.db, { pollMs, now: () => env.now() });
  const cenv = attachDatabase(env, handle, { dataDir: o.dataDir, secrets: o.secrets, jobs: queue });
  // A database from before the appeal index is indexed from the start on the first sweep.
  let sweptUntil = (await indexNeedsBackfill(cenv)) ? new Date(0).toISOString() : new Date(cenv.now().getTime() - 24 * 3600_000).toISOString();

  queue.work<ImportJobData>(IMPORT_QUEUE, (job) => runImportJob(cenv, job.data));
  queue.work<{ linkId: string }>(POLL_QUEUE, async (job) => { await pollLink(cenv, job.data.linkId); });
  queue.work<{ since: string }>(SWEEP_QUEUE, async (job) => { await sweepRetention(cenv, job.data.since); });

  let lastSweep = 0;
  const tick = async (): Promise<void> => {
    const now = cenv.now();
    for (const l of await dueLinks(cenv, now)) await queue.send(POLL_QUEUE, { linkId: l.id }, { singletonKey: `poll:${l.id}`, maxAttempts: 1 });
    if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = Date.now();
    // Overlapping windows: raising a task is idempotent, so nothing is missed between sweeps.
    await queue.send(SWEEP_QUEUE, { since: sweptUntil }, { singletonKey: 'sweep', maxAttempts: 1 });
    sweptUntil = new Date(now.getTime() - 5 * 60_000).toISOString();
  };
  await queue.start();
  let timer: NodeJS.Timeout | undefined;
  const every = o.tickMs ?? 2000;
  if (every > 0) {
    // A failed tick is tried again on the next one; errors are not logged with any data.
    timer = setInterval(() => void tick().catch(() => undefined), every);
    timer.unref();
  }
  return {
    env: cenv, queue, tick,
    async stop() {
      if (timer) clearInterval(timer);
      await queue.stop();
    },
  };
}
