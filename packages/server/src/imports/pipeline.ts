/**
 * The import pipeline: records → batches → skip those already stored →
 * check → write (posts, findings, references, counts, one audit entry) in one
 * transaction per batch. Constant memory (a few batches in flight: one being
 * written, the next ones being checked). Idempotent by (account, external id): running twice adds nothing,
 * and a run killed at any point resumes by running again, because a batch is
 * either fully committed or not at all.
 */
import { isUniqueViolation } from '../storage/index.js';
import type { BatchChecker, CheckItem, Checked } from './checking.js';
import { ImportFormatError, type ImportRecord } from './record.js';
import { existingRefs, relaxDurability, writePosts, type PostToWrite, type WriteTarget, type WrittenPost } from './store.js';
import type { ConnectorEnv } from '../platforms/env.js';

/** Counts so far. */
export interface ImportProgress {
  processed: number;
  imported: number;
  skipped: number;
  rejected: number;
  /** Where this thread's time went so far (ms), for benchmarks and tuning; absent when not measured. */
  timing?: StageTiming;
}

/**
 * Milliseconds of this thread's time by stage. `waitChecks` is time the writer
 * sat waiting for the workers (the checks are the bottleneck when it grows);
 * the rest is this thread's own work, including SQL.
 */
export interface StageTiming {
  /** Reading and parsing records. */
  read: number;
  /** Looking up which records are already stored, and sending the rest to be checked. */
  lookup: number;
  waitChecks: number;
  /** Checking queued chunks in this thread while it would otherwise wait (part of waitChecks). */
  checkHere: number;
  /** The batch transaction: rows, SQL, commit. */
  write: number;
  /** afterBatch (retention). */
  after: number;
}

/** Where and how to import. */
export interface PipelineOptions {
  target: WriteTarget & { accountKind: CheckItem['accountKind'] };
  checker: BatchChecker;
  /** The file name for error messages. */
  fileName: string;
  actorId: string | null;
  /** `imported` for files, `connector` for polling and webhooks. */
  source: 'imported' | 'connector';
  /** The import record to add counts to, if any. */
  importId?: string;
  batchSize?: number;
  /** Batches read and sent for checking ahead of the one being written (default DEFAULT_DEPTH; memory grows with it). */
  depth?: number;
  /** Count records the engine refuses (e.g. over-long text) instead of stopping. */
  skipRejected?: boolean;
  onProgress?(p: ImportProgress): void;
  /** Called after each committed batch with the new posts (retention uses it). */
  afterBatch?(written: WrittenPost[]): Promise<void>;
  signal?: AbortSignal;
}

/** Default records per batch (and per transaction). */
export const DEFAULT_BATCH = 2000;
/** Default batches in flight: one being written, the others being checked. */
export const DEFAULT_DEPTH = 3;

interface Prepared {
  batch: ImportRecord[];
  fresh: ImportRecord[];
  checked: Promise<Checked[]>;
}

async function* batches(records: AsyncIterable<ImportRecord>, size: number): AsyncGenerator<ImportRecord[]> {
  let batch: ImportRecord[] = [];
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Run records through check and storage; resolves to the counts of this run. */
export async function runPipeline(env: ConnectorEnv, records: AsyncIterable<ImportRecord>, o: PipelineOptions): Promise<ImportProgress> {
  const timing: StageTiming = { read: 0, lookup: 0, waitChecks: 0, checkHere: 0, write: 0, after: 0 };
  const progress: ImportProgress = { processed: 0, imported: 0, skipped: 0, rejected: 0 };
  /** Run `f`, adding its time to `stage`. */
  const timed = async <T>(stage: keyof StageTiming, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      timing[stage] += performance.now() - t0;
    }
  };
  const size = o.batchSize ?? DEFAULT_BATCH;

  /** Look up which records are new and start checking them (in the workers); the check is not awaited here. */
  const prepare = async (batch: ImportRecord[]): Promise<Prepared> => {
    // The same id twice in one batch: the first wins, as it would across runs.
    const seen = new Set<string>();
    const unique = batch.filter((r) => (seen.has(r.externalId) ? false : (seen.add(r.externalId), true)));
    const have = await existingRefs(env.db, o.target.accountId, unique.map((r) => r.externalId));
    const fresh = unique.filter((r) => !have.has(r.externalId));
    const checked = o.checker.check(fresh.map((r) => ({
      text: r.text, platform: o.target.platform, accountKind: o.target.accountKind, date: r.publishedAt, media: r.media,
    })));
    // Handled here so a failure is not "unhandled" while the previous batch is written; awaited in write.
    checked.catch(() => undefined);
    return { batch, fresh, checked };
  };

  /**
   * Wait for a batch's checks. Rather than sit idle, this thread checks queued
   * chunks itself meanwhile (the workers and this thread share the cores; idle
   * time here is CPU nobody uses).
   */
  const awaitChecks = async (checked: Promise<Checked[]>): Promise<Checked[]> => {
    if (o.checker.helpOne) {
      let settled = false;
      checked.then(() => { settled = true; }, () => { settled = true; });
      for (;;) {
        // A turn of the event loop first: answers already waiting from the workers are taken in.
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) break;
        const t0 = performance.now();
        const helped = o.checker.helpOne();
        timing.checkHere += performance.now() - t0;
        if (!helped) break;
      }
    }
    return checked;
  };

  /** The afterBatch of the last written batch (it may still be running on PostgreSQL). */
  let after: Promise<void> = Promise.resolve();

  const write = async (p: Prepared): Promise<void> => {
    const checked = await timed('waitChecks', () => awaitChecks(p.checked));
    let rows: PostToWrite[] = [];
    let rejected = 0;
    p.fresh.forEach((r, i) => {
      const c = checked[i]!;
      if (!c.ok) {
        if (!o.skipRejected) throw new ImportFormatError(r.file ?? o.fileName, r.line, `the post cannot be checked (${c.code})`);
        rejected++;
        return;
      }
      rows.push({
        externalId: r.externalId, text: r.text, publishedAt: r.publishedAt, url: r.url, verdict: c.verdict,
        reportJson: c.reportJson, engineVersion: c.engineVersion, policyVersion: c.policyVersion, findings: c.findings, tags: c.tags,
      });
    });
    // Another run (or a duplicate id in the next batch, looked up before this one committed) may
    // have stored some of these meanwhile: drop those and try again.
    for (let attempt = 0; ; attempt++) {
      const skipped = p.batch.length - rows.length - rejected;
      try {
        const now = env.now().toISOString();
        const written = await timed('write', () => env.db.transaction().execute(async (tx) => {
          // An import can always be resumed: its batches need not wait for the disk (see relaxDurability).
          if (o.importId !== undefined) await relaxDurability(tx, env.dialect);
          return writePosts(tx, env.dialect, o.target, rows, {
            source: o.source, actorId: o.actorId, now, importId: o.importId, auditAction: o.importId ? 'import.batch' : 'post.ingest',
            auditData: o.importId ? { importId: o.importId, firstLine: p.batch[0]!.line, lastLine: p.batch.at(-1)!.line } : {},
            counts: { processed: p.batch.length, skipped, rejected },
          });
        }));
        progress.processed += p.batch.length;
        progress.imported += rows.length;
        progress.skipped += skipped;
        progress.rejected += rejected;
        if (o.afterBatch && written.length > 0) {
          // One batch's afterBatch at a time, in order.
          await timed('after', () => after);
          after = o.afterBatch(written);
          after.catch(() => undefined);
          // PostgreSQL runs it on another connection while the next batch is written; SQLite has
          // one connection, where overlapping would only interleave the same work.
          if (env.dialect !== 'postgres') await timed('after', () => after);
        }
        o.onProgress?.({ ...progress, timing: { ...timing } });
        return;
      } catch (e) {
        if (!isUniqueViolation(e) || attempt >= 3) throw e;
        const have = await existingRefs(env.db, o.target.accountId, rows.map((r) => r.externalId));
        rows = rows.filter((r) => !have.has(r.externalId));
      }
    }
  };

  // Batches overlap: while batch k is written here, the next ones are already being checked in the
  // workers (up to `depth` batches in flight), so the workers never wait for the writer and the
  // writer rarely waits for them. Look-ups run between writes, never during one: on SQLite they
  // would wait for the write's transaction (one connection), and the workers would sit idle meanwhile.
  const depth = Math.max(1, o.depth ?? DEFAULT_DEPTH);
  const inFlight: Prepared[] = [];
  let reading = false;
  try {
    const source = batches(records, size)[Symbol.asyncIterator]();
    let ended = false;
    for (;;) {
      while (!ended && inFlight.length < depth) {
        reading = true;
        const step = await timed('read', () => source.next());
        reading = false;
        if (step.done || o.signal?.aborted) ended = true;
        else inFlight.push(await timed('lookup', () => prepare(step.value)));
      }
      // Stopped: what is checked but not written is left for the next run (nothing is half stored).
      const next = o.signal?.aborted ? undefined : inFlight.shift();
      if (!next) break;
      await write(next);
    }
  } catch (e) {
    // A bad record further on: store the batches already checked, so everything before the bad line is kept.
    if (reading) for (const p of inFlight.splice(0)) await write(p);
    await after.catch(() => undefined);
    throw e;
  }
  await timed('after', () => after);
  return { ...progress, timing };
}
