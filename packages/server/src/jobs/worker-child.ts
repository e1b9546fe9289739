/**
 * A Peel job worker process for the two-worker test: works the `effect` queue
 * of a pg-boss schema, recording each run in job_runs, until SIGTERM.
 * Usage: node --import tsx worker-child.ts DATABASE_URL BOSS_SCHEMA WORKER_NAME
 */
import pg from 'pg';
import { PgBossJobQueue } from './pgboss-queue.js';

const [url, schema, name] = process.argv.slice(2) as [string, string, string];
const pool = new pg.Pool({ connectionString: url, max: 2 });
const queue = new PgBossJobQueue({ connectionString: url, schema, pollSeconds: 0.5, concurrency: 2 });
queue.work<{ key: string }>('effect', async (job) => {
  await pool.query('insert into job_runs (job_key, worker) values ($1, $2)', [job.data.key, name]);
  // Long enough that both workers are busy at once.
  await new Promise((r) => setTimeout(r, 40));
});
await queue.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void queue.stop().then(() => pool.end()).then(() => process.exit(0));
});
