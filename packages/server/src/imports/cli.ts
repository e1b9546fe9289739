/**
 * The server side of `peel import`: open the database, find the account by
 * handle, import with a progress bar on a terminal, print a summary. The CLI
 * command parses flags and calls `runImportCli`. Messages never quote posts.
 */
import { sql } from 'kysely';
import { PolicyCache } from '../domain/checker.js';
import type { Account } from '../domain/model.js';
import { attachDatabase, type ConnectorEnv } from '../platforms/env.js';
import { openStore } from '../storage/index.js';
import * as rows from '../storage/sql/rows.js';
import { defaultPoolSize } from './check-pool.js';
import type { ColumnMapping } from './record.js';
import { importFile, type FileProgress, type ImportKind } from './service.js';

/** Streams the command writes to. */
export interface ImportCliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
}

/** Parsed `peel import` arguments. */
export interface ImportCliArgs {
  kind: ImportKind;
  file: string;
  account: string;
  platform?: string;
  force?: string;
  mapping?: Partial<ColumnMapping>;
  workers?: number;
  batchSize?: number;
  skipRejected?: boolean;
  databaseUrl?: string;
  dataDir?: string;
  /** Show a progress bar (default: when stderr is a terminal). */
  progress?: boolean;
}

/** A mistake the user can fix (unknown account, ambiguous handle): exit 2. */
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUsageError';
  }
}

/** Find the register account for a handle (with or without @), narrowed by platform and force code. */
export async function findAccountByHandle(env: ConnectorEnv, handle: string, platform?: string, forceCode?: string): Promise<Account> {
  const bare = handle.replace(/^@/, '').toLowerCase();
  let q = env.db.selectFrom('accounts').innerJoin('forces', 'forces.id', 'accounts.force_id').selectAll('accounts')
    .select('forces.code as force_code')
    .where((eb) => eb(sql<string>`lower(accounts.handle)`, 'in', [bare, `@${bare}`]));
  if (platform !== undefined) q = q.where('accounts.platform', '=', platform);
  if (forceCode !== undefined) q = q.where('forces.code', '=', forceCode);
  const found = await q.limit(10).execute();
  if (found.length === 0) throw new ImportUsageError(`no account with handle ${handle}${platform ? ` on ${platform}` : ''}${forceCode ? ` in force ${forceCode}` : ''}`);
  if (found.length > 1) {
    const where = found.map((r) => `${r.force_code}/${r.platform}`).join(', ');
    throw new ImportUsageError(`handle ${handle} matches several accounts (${where}): add --platform or --force`);
  }
  return rows.account(found[0]!);
}

const fmt = (n: number): string => n.toLocaleString('en-GB');

/** A one-line progress bar, redrawn in place. */
function progressLine(p: FileProgress, started: number, width: number): string {
  const secs = Math.max(0.001, (Date.now() - started) / 1000);
  const rate = `${fmt(Math.round(p.processed / secs))}/s`;
  const counts = `${fmt(p.processed)} read, ${fmt(p.imported)} new, ${fmt(p.skipped)} already there${p.rejected ? `, ${fmt(p.rejected)} rejected` : ''}`;
  if (p.fraction === null) return `${counts}  ${rate}`;
  const pct = `${String(Math.floor(p.fraction * 100)).padStart(3)}%`;
  const barWidth = Math.max(10, Math.min(30, width - counts.length - rate.length - 12));
  const filled = Math.round(p.fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${pct} ${counts}  ${rate}`;
}

/** Run an import from the command line; resolves to the exit code (0 done). */
export async function runImportCli(a: ImportCliArgs, io: ImportCliIO): Promise<number> {
  const opened = await openStore({ url: a.databaseUrl ?? process.env.DATABASE_URL ?? '', dataDir: a.dataDir });
  const env = attachDatabase({ store: opened.store, now: () => new Date(), policies: new PolicyCache(opened.store), approvalTtlMs: 48 * 3600_000 }, opened.handle);
  const tty = a.progress ?? io.stderr.isTTY === true;
  const started = Date.now();
  let lastDraw = 0;
  try {
    const account = await findAccountByHandle(env, a.account, a.platform ?? (a.kind === 'x-archive' ? 'x' : undefined), a.force);
    const run = await importFile(env, {
      kind: a.kind, path: a.file, account, actorId: null, mapping: a.mapping, batchSize: a.batchSize,
      workers: a.workers ?? defaultPoolSize(), skipRejected: a.skipRejected,
      onProgress: (p) => {
        if (!tty || Date.now() - lastDraw < 100) return;
        lastDraw = Date.now();
        io.stderr.write(`\r${progressLine(p, started, io.stderr.columns ?? 100)}\x1b[K`);
      },
    });
    if (tty) io.stderr.write('\r\x1b[K');
    const secs = (Date.now() - started) / 1000;
    io.stdout.write(`Imported ${fmt(run.thisRun.imported)} new post(s) into ${account.handle} (${account.platform}); ${fmt(run.skipped)} already there`
      + `${run.rejected ? `, ${fmt(run.rejected)} rejected` : ''}; ${fmt(run.processed)} read in ${secs.toFixed(1)} s. Import ${run.id}.\n`);
    return 0;
  } finally {
    if (tty) io.stderr.write('\r\x1b[K');
    await opened.store.close();
  }
}
