/**
 * Jobs on PostgreSQL with pg-boss 10: every Peel process may work; pg-boss
 * fetches with FOR UPDATE SKIP LOCKED, so a job goes to exactly one worker.
 * Queues that take singleton keys use the `stately` policy: at most one
 * queued and one active job per key.
 */
import PgBoss from 'pg-boss';
import { failureText, type JobData, type JobHandler, type JobQueue, type SendOptions } from './types.js';

/** Tuning. */
export interface PgBossQueueOptions {
  connectionString: string;
  /** Schema for pg-boss's tables (default `peel_jobs`). */
  schema?: string;
  /** Polling interval (s, at least 0.5; default 2). */
  pollSeconds?: number;
  /** Jobs of one queue run at once in this process (default 2). */
  concurrency?: number;
  /** Retry delay (s, doubled each time; default 5). */
  retryDelaySeconds?: number;
  /** Queues created with the stately policy (singleton keys honoured). */
  statelyQueues?: readonly string[];
}

/** The pg-boss queue. */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly ready = new Set<string>();
  private started = false;

  constructor(private readonly o: PgBossQueueOptions) {
    this.boss = new PgBoss({
      connectionString: o.connectionString, schema: o.schema ?? 'peel_jobs', max: 4, application_name: 'peel-jobs',
      // Peel keeps no cron schedules in pg-boss: its own scheduler sends singleton poll jobs.
      schedule: false,
    });
    // pg-boss reports connection trouble as events; never crash the server for them (and never log post text).
    this.boss.on('error', () => undefined);
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.ready.has(name)) return;
    if (!(await this.boss.getQueue(name))) {
      try {
        await this.boss.createQueue(name, {
          name, policy: this.o.statelyQueues?.includes(name) ? 'stately' : 'standard',
          retryLimit: 2, retryDelay: this.o.retryDelaySeconds ?? 5, retryBackoff: true,
        });
      } catch (e) {
        // Another worker created it first.
        if (!(await this.boss.getQueue(name))) throw e;
      }
    }
    this.ready.add(name);
  }

  async send(queue: string, data: JobData, options: SendOptions = {}): Promise<string | null> {
    if (!this.started) await this.startBoss();
    await this.ensureQueue(queue);
    return this.boss.send(queue, data, {
      ...(options.singletonKey !== undefined ? { singletonKey: options.singletonKey } : {}),
      ...(options.runAt ? { startAfter: options.runAt } : {}),
      ...(options.maxAttempts !== undefined ? { retryLimit: Math.max(0, options.maxAttempts - 1) } : {}),
    });
  }

  work<T extends JobData>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler);
  }

  private async startBoss(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.boss.start();
  }

  async start(): Promise<void> {
    await this.startBoss();
    for (const [queue, handler] of this.handlers) {
      await this.ensureQueue(queue);
      for (let i = 0; i < (this.o.concurrency ?? 2); i++) {
        await this.boss.work<JobData>(queue, { batchSize: 1, pollingIntervalSeconds: this.o.pollSeconds ?? 2 }, async (jobs) => {
          for (const j of jobs) {
            try {
              await handler({ id: j.id, queue, data: j.data });
            } catch (e) {
              // pg-boss stores what the handler throws; give it only a safe description.
              throw new Error(failureText(e));
            }
          }
        });
      }
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    this.started = false;
  }
}
