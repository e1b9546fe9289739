/**
 * Background jobs: polling platforms and running imports. One interface with
 * two implementations: a durable table polled in process (SQLite, one server)
 * and pg-boss (PostgreSQL, any number of workers sharing the work; a job is
 * fetched by one worker only, with SKIP LOCKED).
 */

/** JSON-serialisable job data. */
export type JobData = Record<string, unknown>;

/** A job as a handler sees it. */
export interface Job<T extends JobData = JobData> {
  id: string;
  queue: string;
  data: T;
}

/** Runs one job; throwing makes the job retry (with back-off) until its attempts are used up. */
export type JobHandler<T extends JobData = JobData> = (job: Job<T>) => Promise<void>;

/** Options for sending a job. */
export interface SendOptions {
  /** At most one queued and one running job with this key (e.g. one poll per account). */
  singletonKey?: string;
  /** Not before this time. */
  runAt?: Date;
  /** Attempts before the job is marked failed (default 3). */
  maxAttempts?: number;
}

/** A job queue. */
export interface JobQueue {
  readonly kind: 'table' | 'pg-boss';
  /** Enqueue a job; resolves to its id, or null when a job with the same singleton key is already waiting. */
  send(queue: string, data: JobData, options?: SendOptions): Promise<string | null>;
  /** Handle jobs of a queue (call before start). */
  work<T extends JobData>(queue: string, handler: JobHandler<T>): void;
  start(): Promise<void>;
  /** Stop fetching; waits for running jobs to finish. */
  stop(): Promise<void>;
}

/** A short, safe description of a failure: never the message (it could quote a post). */
export function failureText(e: unknown): string {
  if (e instanceof Error && e.name === 'ImportFormatError') return e.message;
  return e instanceof Error ? e.name : 'Error';
}
