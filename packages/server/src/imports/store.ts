/**
 * SQL for imports: the imports table, post references and the batch writer
 * that stores checked posts, their findings and references in one
 * transaction (multi-row inserts: a batch costs a handful of statements).
 */
import type { Report } from '@peel/engine';
import { CompiledQuery, PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from '../storage/migrations.js';
import { newId } from '../domain/context.js';
import { bulkId } from './ids.js';
import type { Database } from '../storage/schema.js';
import { auditRepo } from '../storage/sql/repos-work.js';
import { appealRows, isAppeal, writeAppealRows } from '../retention/appeals.js';
import type { CheckedFinding } from './checking.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An import as shown to users. */
export interface ImportRun {
  id: string;
  forceId: string;
  accountId: string;
  kind: string;
  fileName: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  imported: number;
  skipped: number;
  rejected: number;
  total: number | null;
  error: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

type ImportRow = Database['imports'];
const toRun = (r: ImportRow): ImportRun => ({
  id: r.id, forceId: r.force_id, accountId: r.account_id, kind: r.kind, fileName: r.file_name,
  status: r.status as ImportRun['status'], processed: Number(r.processed), imported: Number(r.imported),
  skipped: Number(r.skipped), rejected: Number(r.rejected), total: r.total === null ? null : Number(r.total),
  error: r.error, createdBy: r.created_by, createdAt: r.created_at, updatedAt: r.updated_at, finishedAt: r.finished_at,
});

/** Create an import record. */
export async function createImport(db: Db, i: { forceId: string; accountId: string; kind: string; fileName: string; createdBy: string | null; status?: ImportRun['status'] }, now: string): Promise<ImportRun> {
  const row: ImportRow = {
    id: newId(), force_id: i.forceId, account_id: i.accountId, kind: i.kind, file_name: i.fileName, status: i.status ?? 'queued',
    processed: 0, imported: 0, skipped: 0, rejected: 0, total: null, error: null, created_by: i.createdBy,
    created_at: now, updated_at: now, finished_at: null,
  };
  await db.insertInto('imports').values(row).execute();
  return toRun(row);
}

/** One import of a force. */
export async function getImport(db: Db, forceId: string, id: string): Promise<ImportRun | undefined> {
  const r = await db.selectFrom('imports').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
  return r && toRun(r);
}

/** The latest unfinished import of the same file into the same account (to resume it). */
export async function findUnfinished(db: Db, accountId: string, kind: string, fileName: string): Promise<ImportRun | undefined> {
  const r = await db.selectFrom('imports').selectAll().where('account_id', '=', accountId).where('kind', '=', kind)
    .where('file_name', '=', fileName).where('status', 'in', ['queued', 'running', 'failed'])
    .orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return r && toRun(r);
}

/** A force's imports, newest first. */
export async function listImports(db: Db, forceId: string, limit: number, accountId?: string): Promise<ImportRun[]> {
  let q = db.selectFrom('imports').selectAll().where('force_id', '=', forceId);
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toRun);
}

/** Start (or restart) a run: counters of this run go back to zero except `imported`, which accumulates. */
export async function markRunning(db: Db, id: string, now: string, total: number | null): Promise<void> {
  await db.updateTable('imports').set({ status: 'running', processed: 0, skipped: 0, rejected: 0, error: null, total, updated_at: now, finished_at: null })
    .where('id', '=', id).execute();
}

/** Finish a run as done or failed (the error must not contain post text). */
export async function markFinished(db: Db, id: string, status: 'done' | 'failed', error: string | null, now: string): Promise<void> {
  await db.updateTable('imports').set({ status, error, updated_at: now, finished_at: now }).where('id', '=', id).execute();
}

/** Add a batch's counts to an import. */
export async function addCounts(db: Db, id: string, c: { processed: number; imported: number; skipped: number; rejected: number }, now: string): Promise<void> {
  await db.updateTable('imports').set((eb) => ({
    processed: eb('processed', '+', c.processed), imported: eb('imported', '+', c.imported),
    skipped: eb('skipped', '+', c.skipped), rejected: eb('rejected', '+', c.rejected), updated_at: now,
  })).where('id', '=', id).execute();
}

/** Largest IN list per query: well under SQLite's and PostgreSQL's parameter limits. */
const IN_CHUNK = 500;

/** Which of these external ids the account already has. */
export async function existingRefs(db: Db, accountId: string, externalIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (externalIds.length === 0) return found;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // One array parameter and one statement per batch, instead of an IN list of hundreds of
    // parameters planned afresh for every 500 ids.
    const rows = await db.executeQuery<{ external_id: string }>(CompiledQuery.raw(
      'select external_id from post_refs where account_id = $1 and external_id = any($2::text[])', [accountId, [...externalIds]]));
    for (const r of rows.rows) found.add(r.external_id);
    return found;
  }
  for (let i = 0; i < externalIds.length; i += IN_CHUNK) {
    const part = externalIds.slice(i, i + IN_CHUNK);
    const rows = await db.selectFrom('post_refs').select('external_id').where('account_id', '=', accountId)
      .where('external_id', 'in', part).execute();
    for (const r of rows) found.add(r.external_id);
  }
  return found;
}

/** Where a batch of posts goes. */
export interface WriteTarget {
  forceId: string;
  accountId: string;
  platform: string;
}

/** One checked post ready to store. */
export interface PostToWrite {
  externalId: string;
  text: string;
  publishedAt: string;
  url: string | null;
  verdict: string;
  reportJson: string;
  engineVersion: string;
  policyVersion: string;
  findings: CheckedFinding[];
  tags: string[];
}

/** What a batch write stored: the new post ids, in input order. */
export interface WrittenPost {
  postId: string;
  externalId: string;
  tags: string[];
  publishedAt: string;
}

/** Rows per multi-row INSERT on SQLite (posts have 14 columns: ~2,800 parameters). */
const ROWS_PER_INSERT = 200;

/** Cached INSERT statements by table, column count, row count and dialect. */
const statements = new Map<string, string>();

/**
 * Insert rows. SQLite: multi-row INSERTs compiled by hand (building 200-row
 * inserts with the query builder cost more than SQLite spent running them).
 * PostgreSQL: one `INSERT … SELECT FROM unnest(…)` per table and batch, one
 * array parameter per column: the statement text is the same for every batch
 * and the server parses 14 arrays instead of planning thousands of parameters.
 * Columns are fixed names from this file, never input; values are always
 * bound parameters. `types` gives PostgreSQL array types other than text.
 */
async function insertRows(
  tx: Transaction<Database>, dialect: DialectName, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>,
  types: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === 'postgres') {
    const key = `postgres:${table}:${columns.length}`;
    let text = statements.get(key);
    if (text === undefined) {
      const arrays = columns.map((c, j) => `$${j + 1}::${types[c] ?? 'text'}[]`);
      text = `insert into ${table} (${columns.join(', ')}) select * from unnest(${arrays.join(', ')})`;
      statements.set(key, text);
    }
    await tx.executeQuery(CompiledQuery.raw(text, columns.map((_, j) => rows.map((r) => r[j]))));
    return;
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const key = `${dialect}:${table}:${columns.length}:${chunk.length}`;
    let text = statements.get(key);
    if (text === undefined) {
      text = `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`;
      statements.set(key, text);
    }
    await tx.executeQuery(CompiledQuery.raw(text, chunk.flat()));
  }
}

/**
 * For a transaction of an import, which can always be resumed: on PostgreSQL,
 * commit without waiting for the WAL to reach disk. A server crash may then
 * lose the last fraction of a second of batches, but never part of one, and
 * never a later one without an earlier (the WAL is replayed in order): the
 * import record counts what survived and the next run redoes the rest. The
 * same reasoning as SQLite's synchronous=NORMAL in WAL mode. Not for the
 * webhook, whose sender is told the posts are stored.
 */
export async function relaxDurability(tx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await tx.executeQuery(CompiledQuery.raw('set local synchronous_commit = off'));
}

const POST_COLUMNS = ['id', 'force_id', 'account_id', 'draft_id', 'text', 'source', 'external_url', 'published_at', 'verdict', 'report',
  'engine_version', 'policy_version', 'created_by', 'created_at'] as const;
const REF_COLUMNS = ['account_id', 'external_id', 'post_id', 'force_id', 'platform', 'deleted_at', 'created_at'] as const;
const FINDING_COLUMNS = ['id', 'force_id', 'post_id', 'rule', 'severity', 'message_id', 'message', 'confidence', 'ranges', 'status',
  'review_reason', 'reviewed_by', 'reviewed_at', 'case_id', 'created_at'] as const;

/**
 * Store posts, findings and references, add the counts to the import (if
 * any) and append one audit entry, all in the caller's transaction. A
 * reference that already exists (another run got there first) makes the
 * whole transaction fail with a unique violation; the caller retries.
 */
export async function writePosts(
  tx: Transaction<Database>, dialect: DialectName, target: WriteTarget, posts: readonly PostToWrite[],
  meta: {
    source: string; actorId: string | null; now: string; auditAction: string; auditData?: Record<string, unknown>;
    importId?: string; counts?: { processed: number; skipped: number; rejected: number };
  },
): Promise<WrittenPost[]> {
  const written: WrittenPost[] = posts.map((p) => ({ postId: bulkId(), externalId: p.externalId, tags: p.tags, publishedAt: p.publishedAt }));
  // Posts before references and findings: both point at posts.id and foreign keys are checked per statement.
  await insertRows(tx, dialect, 'posts', POST_COLUMNS, posts.map((p, i) => [
    written[i]!.postId, target.forceId, target.accountId, null, p.text, meta.source, p.url, p.publishedAt, p.verdict, p.reportJson,
    p.engineVersion, p.policyVersion, meta.actorId, meta.now,
  ]));
  await insertRows(tx, dialect, 'post_refs', REF_COLUMNS, posts.map((p, i) => [
    target.accountId, p.externalId, written[i]!.postId, target.forceId, target.platform, null, meta.now,
  ]));
  const findings = posts.flatMap((p, i) => p.findings.map((f) => [
    bulkId(), target.forceId, written[i]!.postId, f.rule, f.severity, f.messageId, f.message, f.confidence, JSON.stringify(f.ranges),
    'open', null, null, null, null, meta.now,
  ]));
  await insertRows(tx, dialect, 'findings', FINDING_COLUMNS, findings, { confidence: 'real' });
  // Appeals go into the R1/R2 index with the post, so a later "found" update finds them at once.
  await writeAppealRows(tx, posts.flatMap((p, i) => (isAppeal(p.tags) ? appealRows({
    postId: written[i]!.postId, forceId: target.forceId, accountId: target.accountId, text: p.text, publishedAt: p.publishedAt,
    report: JSON.parse(p.reportJson) as Report,
  }) : [])));
  if (meta.importId !== undefined && meta.counts !== undefined) {
    await addCounts(tx, meta.importId, { ...meta.counts, imported: posts.length }, meta.now);
  }
  if (posts.length > 0 || meta.importId === undefined) {
    await auditRepo(tx).append({
      at: meta.now, forceId: target.forceId, actorId: meta.actorId, action: meta.auditAction,
      subjectType: 'account', subjectId: target.accountId,
      data: { ...(meta.auditData ?? {}), posts: posts.length, findings: findings.length, source: meta.source },
    });
  }
  return written;
}
