/**
 * The durable job table, polled in process: the queue for SQLite (one server
 * process). A job is claimed with a conditional UPDATE, so even two pollers
 * never run it twice; a claim is a lease renewed while the job runs, and a
 * job whose worker died (lease expired) is claimed again after restart.
 */
import type { Kysely } from 'kysely';
import { newId } from '../domain/context.js';
import type { Database } from '../storage/schema.js';
import { isUniqueViolation } from '../storage/index.js';
import { failureText, type JobData, type JobHandler, type JobQueue, type SendOptions } from './types.js';

/** Tuning (tests shorten these). */
export interface TableQueueOptions {
  /** How often to look for due jobs (ms, default 500). */
  pollMs?: number;
  /** Lease on a claimed job (ms, default 60 s); renewed every third of it. */
  leaseMs?: number;
  /** Jobs run at once (default 2). */
  concurrency?: number;
  /** Retry delay after the n-th failure: base * 2^(n-1) ms (default 5 s). */
  retryBaseMs?: number;
  /** Finished jobs are deleted after this long (ms, default 24 h); failed ones are kept. */
  keepDoneMs?: number;
  now?: () => Date;
}

/** The job-table queue. */
export class TableJobQueue implements JobQueue {
  readonly kind = 'table' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = newId();
  private timer: NodeJS.Timeout | undefined;
  private pruner: NodeJS.Timeout | undefined;
  private running = new Set<Promise<void>>();
  private polling = false;
  private stopped = true;
  private readonly o: Required<Omit<TableQueueOptions, 'now'>> & { now: () => Date };

  constructor(private readonly db: Kysely<Database>, options: TableQueueOptions = {}) {
    this.o = { pollMs: 500, leaseMs: 60_000, concurrency: 2, retryBaseMs: 5000, keepDoneMs: 24 * 3600_000, now: () => new Date(), ...options };
  }

  async send(queue: string, data: JobData, options: SendOptions = {}): Promise<string | null> {
    const now = this.o.now().toISOString();
    const id = newId();
    try {
      await this.db.insertInto('jobs').values({
        id, queue, payload: JSON.stringify(data), status: 'queued', attempts: 0, max_attempts: options.maxAttempts ?? 3,
        run_at: (options.runAt ?? this.o.now()).toISOString(), locked_by: null, locked_until: null,
        singleton_key: options.singletonKey ?? null, last_error: null, created_at: now, updated_at: now,
      }).execute();
      return id;
    } catch (e) {
      if (options.singletonKey !== undefined && isUniqueViolation(e)) return null;
      throw e;
    }
  }

  work<T extends JobData>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler);
  }

  /** Delete finished jobs older than keepDoneMs (polling makes many). Resolves to how many. */
  async prune(): Promise<number> {
    const before = new Date(this.o.now().getTime() - this.o.keepDoneMs).toISOString();
    const r = await this.db.deleteFrom('jobs').where('status', '=', 'done').where('updated_at', '<', before).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.pruner = setInterval(() => void this.prune().catch(() => undefined), 3600_000);
    this.pruner.unref();
    await this.prune();
    this.timer = setInterval(() => void this.poll(), this.o.pollMs);
    this.timer.unref();
    await this.poll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.pruner) clearInterval(this.pruner);
    await Promise.allSettled([...this.running]);
  }

  /** Claim and start due jobs up to the concurrency limit. Exposed for tests. */
  async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      while (!this.stopped && this.running.size < this.o.concurrency) {
        const job = await this.claim();
        if (!job) break;
        const p = this.run(job).finally(() => this.running.delete(p));
        this.running.add(p);
      }
    } finally {
      this.polling = false;
    }
  }

  private async claim(): Promise<{ id: string; queue: string; payload: string; attempts: number; max_attempts: number } | undefined> {
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return undefined;
    const now = this.o.now().toISOString();
    const until = new Date(this.o.now().getTime() + this.o.leaseMs).toISOString();
    for (let tries = 0; tries < 5; tries++) {
      const due = await this.db.selectFrom('jobs').select(['id', 'queue', 'payload', 'attempts', 'max_attempts', 'status'])
        .where('queue', 'in', queues)
        .where((eb) => eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          // A running job whose lease ran out: its worker died.
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
        ]))
        .orderBy('run_at').limit(1).executeTakeFirst();
      if (!due) return undefined;
      const r = await this.db.updateTable('jobs')
        .set({ status: 'running', locked_by: this.workerId, locked_until: until, attempts: due.attempts + 1, updated_at: now })
        .where('id', '=', due.id).where('status', '=', due.status).where('attempts', '=', due.attempts)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) return { ...due, attempts: due.attempts + 1 };
    }
    return undefined;
  }

  private async run(job: { id: string; queue: string; payload: string; attempts: number; max_attempts: number }): Promise<void> {
    const handler = this.handlers.get(job.queue)!;
    const renew = setInterval(() => {
      const until = new Date(this.o.now().getTime() + this.o.leaseMs).toISOString();
      void this.db.updateTable('jobs').set({ locked_until: until }).where('id', '=', job.id).where('locked_by', '=', this.workerId)
        .execute().catch(() => undefined);
    }, Math.max(10, Math.floor(this.o.leaseMs / 3)));
    renew.unref();
    try {
      await handler({ id: job.id, queue: job.queue, data: JSON.parse(job.payload) as JobData });
      await this.finish(job.id, { status: 'done', last_error: null });
    } catch (e) {
      const retry = job.attempts < job.max_attempts;
      const runAt = new Date(this.o.now().getTime() + this.o.retryBaseMs * 2 ** (job.attempts - 1)).toISOString();
      await this.finish(job.id, { status: retry ? 'queued' : 'failed', last_error: failureText(e), ...(retry ? { run_at: runAt } : {}) });
    } finally {
      clearInterval(renew);
    }
  }

  private async finish(id: string, patch: { status: string; last_error: string | null; run_at?: string }): Promise<void> {
    await this.db.updateTable('jobs').set({ ...patch, locked_by: null, locked_until: null, updated_at: this.o.now().toISOString() })
      .where('id', '=', id).where('locked_by', '=', this.workerId).execute();
  }
}
