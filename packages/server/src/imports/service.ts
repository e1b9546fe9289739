/**
 * Importing a file into an account: pick the reader for its kind, resume the
 * unfinished import of the same file (or start one), run the pipeline with a
 * checker for the force's policy, and record how it ended. Used by the CLI,
 * the HTTP route and the job runner alike.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Account } from '../domain/model.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { workerChecker } from './check-pool.js';
import { inlineChecker, type BatchChecker } from './checking.js';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import { runPipeline, type ImportProgress } from './pipeline.js';
import { ImportFormatError, type ColumnMapping, type ImportRecord } from './record.js';
import { readXArchive } from './x-archive/read.js';
import { retentionAfterBatch } from '../retention/hook.js';
import { createImport, findUnfinished, getImport, markFinished, markRunning, type ImportRun } from './store.js';

/** Supported import formats. */
export const IMPORT_KINDS = ['jsonl', 'csv', 'x-archive'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Progress of a running import: counts plus how far through the file it is. */
export interface FileProgress extends ImportProgress {
  /** 0..1 through the file, when it can be known. */
  fraction: number | null;
}

/** What to import. */
export interface ImportFileOptions {
  kind: ImportKind;
  path: string;
  /** Name to record and show (default: the path's base name). */
  fileName?: string;
  account: Account;
  actorId: string | null;
  mapping?: Partial<ColumnMapping>;
  /** Worker threads for checking; 0 checks in this thread (default 0). */
  workers?: number;
  batchSize?: number;
  skipRejected?: boolean;
  /** Resume or continue this import record (e.g. from a job) instead of looking one up. */
  importId?: string;
  /**
   * Read the file once first to count its records (for a percentage in the
   * web app; a malformed file then fails before anything is stored).
   */
  countFirst?: boolean;
  onProgress?(p: FileProgress): void;
  signal?: AbortSignal;
}

/** Yield a file's bytes while counting them (for progress by position). */
async function* counted(path: string, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

function records(o: ImportFileOptions, fileName: string, onFraction: (f: number) => void): AsyncIterable<ImportRecord> {
  if (o.kind === 'x-archive') return readXArchive(o.path, { fileName, onFraction });
  const size = statSync(o.path).size;
  let read = 0;
  const bytes = counted(o.path, (n) => { read += n; onFraction(size === 0 ? 1 : read / size); });
  return o.kind === 'csv' ? readCsv(bytes, fileName, o.mapping) : readJsonl(bytes, fileName, o.mapping);
}

/** A message safe to store and print: ours name file and line; anything else only its class. */
export function safeError(e: unknown): string {
  if (e instanceof ImportFormatError) return e.message;
  return `import failed (${e instanceof Error ? e.name : 'Error'})`;
}

/** Import a file into an account (the caller has authorized the actor). Resolves to the finished import. */
export async function importFile(env: ConnectorEnv, o: ImportFileOptions): Promise<ImportRun & { thisRun: ImportProgress }> {
  const fileName = o.fileName ?? basename(o.path);
  // A missing file is the caller's mistake: say so before any import is recorded.
  statSync(o.path);
  const account = o.account;
  const now = (): string => env.now().toISOString();
  const run = (o.importId !== undefined ? await getImport(env.db, account.forceId, o.importId) : undefined)
    ?? await findUnfinished(env.db, account.id, o.kind, fileName)
    ?? await createImport(env.db, { forceId: account.forceId, accountId: account.id, kind: o.kind, fileName, createdBy: o.actorId }, now());
  let total: number | null = null;
  if (o.countFirst) {
    total = 0;
    try {
      for await (const _ of records(o, fileName, () => undefined)) total++;
    } catch (e) {
      await markFinished(env.db, run.id, 'failed', safeError(e), now());
      throw e;
    }
  }
  await markRunning(env.db, run.id, now(), total);

  const { policy } = await env.policies.get(account.forceId);
  const checker: BatchChecker = (o.workers ?? 0) > 0 ? await workerChecker(policy, o.workers) : inlineChecker(policy);
  let fraction: number | null = null;
  let thisRun: ImportProgress;
  try {
    thisRun = await runPipeline(env, records(o, fileName, (f) => { fraction = f; }), {
      target: { forceId: account.forceId, accountId: account.id, platform: account.platform, accountKind: account.kind },
      checker, fileName, actorId: o.actorId, source: 'imported', importId: run.id, batchSize: o.batchSize,
      skipRejected: o.skipRejected, signal: o.signal,
      afterBatch: (written) => retentionAfterBatch(env, account, written),
      onProgress: (p) => o.onProgress?.({ ...p, fraction }),
    });
    await markFinished(env.db, run.id, 'done', null, now());
  } catch (e) {
    await markFinished(env.db, run.id, 'failed', safeError(e), now());
    throw e;
  } finally {
    await checker.close();
  }
  const done = (await getImport(env.db, account.forceId, run.id))!;
  await env.store.audit.append({
    at: now(), forceId: account.forceId, actorId: o.actorId, action: 'import.finish', subjectType: 'import', subjectId: run.id,
    data: { accountId: account.id, kind: o.kind, processed: done.processed, imported: done.imported, skipped: done.skipped, rejected: done.rejected },
  });
  return { ...done, thisRun };
}
