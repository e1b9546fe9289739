/**
 * Imports from the web app: the upload is saved under the data directory,
 * an import record is queued and a job runs it (in a worker thread, so the
 * server stays responsive); the web app polls the import for progress.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError, invalid, notFound } from '../domain/errors.js';
import type { Account } from '../domain/model.js';
import { accountInReach } from '../domain/posts.js';
import { actorForce, authorize, reach, type Actor } from '../policies/index.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { ImportFormatError, type ColumnMapping } from './record.js';
import { importFile, IMPORT_KINDS, type ImportKind } from './service.js';
import { createImport, getImport, listImports, markFinished, type ImportRun } from './store.js';

/** The job queue imports run on. */
export const IMPORT_QUEUE = 'import.file';

/** Largest upload accepted (an X archive with years of posts; media are only read in part). */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/** What an import job carries. */
export interface ImportJobData extends Record<string, unknown> {
  importId: string;
  forceId: string;
  path: string;
  mapping?: Partial<ColumnMapping>;
}

/** The account, if the actor may write posts for it (404 other force, 403 out of reach). */
export async function accountForImport(env: ConnectorEnv, actor: Actor, accountId: string, action: 'posts.read' | 'posts.write'): Promise<Account> {
  authorize(actor, action);
  return accountInReach(env, actor, accountId, action);
}

/** Save an upload to a file, refusing more than `max` bytes. */
async function save(stream: Readable, path: string, max: number): Promise<void> {
  const out = createWriteStream(path, { mode: 0o600 });
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > max) throw new DomainError('payload_too_large', `The file is larger than ${max} bytes.`);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (e) {
    out.destroy();
    rmSync(path, { force: true });
    throw e;
  }
}

/** Accept an upload: save it, record the import as queued and send the job. */
export async function startUploadedImport(
  env: ConnectorEnv, actor: Actor,
  input: { accountId: string; kind: string; fileName: string; mapping?: Partial<ColumnMapping>; body: Readable; maxBytes?: number },
): Promise<ImportRun> {
  const account = await accountForImport(env, actor, input.accountId, 'posts.write');
  if (!(IMPORT_KINDS as readonly string[]).includes(input.kind)) throw invalid(`kind must be one of ${IMPORT_KINDS.join(', ')}.`);
  if (!env.jobs) throw new DomainError('internal', 'Background jobs are not running on this server.');
  const fileName = input.fileName.replace(/[/\\]/g, '_').slice(0, 200) || 'upload';
  const run = await createImport(env.db, { forceId: account.forceId, accountId: account.id, kind: input.kind, fileName, createdBy: actor.userId }, env.now().toISOString());
  const dir = resolve(env.dataDir, 'uploads');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The stored name is the import id: nothing from the client reaches the path.
  const path = join(dir, `${run.id}.upload`);
  try {
    await save(input.body, path, input.maxBytes ?? MAX_UPLOAD_BYTES);
  } catch (e) {
    await markFinished(env.db, run.id, 'failed', 'the upload did not complete', env.now().toISOString());
    throw e;
  }
  const data: ImportJobData = { importId: run.id, forceId: account.forceId, path, ...(input.mapping ? { mapping: input.mapping } : {}) };
  await env.jobs.send(IMPORT_QUEUE, data, { singletonKey: `import:${run.id}`, maxAttempts: 3 });
  await env.store.audit.append({
    at: env.now().toISOString(), forceId: account.forceId, actorId: actor.userId, action: 'import.start', subjectType: 'import', subjectId: run.id,
    data: { accountId: account.id, kind: input.kind },
  });
  return run;
}

/** The job: run (or resume) the import, then remove the upload once it is done (or malformed). */
export async function runImportJob(env: ConnectorEnv, data: ImportJobData): Promise<void> {
  const run = await getImport(env.db, data.forceId, data.importId);
  if (!run || run.status === 'done') return;
  const account = await env.store.accounts.get(data.forceId, run.accountId);
  if (!account) return;
  try {
    await importFile(env, {
      kind: run.kind as ImportKind, path: data.path, fileName: run.fileName, account, actorId: run.createdBy,
      importId: run.id, mapping: data.mapping, workers: 1, countFirst: true,
    });
  } catch (e) {
    // A malformed file will not get better by retrying: the import is marked failed with the line; stop here.
    if (!(e instanceof ImportFormatError)) throw e;
  }
  rmSync(data.path, { force: true });
}

/** Imports of the actor's force, or of one account. */
export async function listImportsFor(env: ConnectorEnv, actor: Actor, filter: { accountId?: string }): Promise<ImportRun[]> {
  if (filter.accountId !== undefined) {
    await accountForImport(env, actor, filter.accountId, 'posts.read');
  } else {
    authorize(actor, 'posts.read');
    if (reach(actor, 'posts.read') !== 'force') throw invalid('Choose an account: accountId is required for your role.');
  }
  return listImports(env.db, actorForce(actor), 100, filter.accountId);
}

/** One import with its progress. */
export async function getImportFor(env: ConnectorEnv, actor: Actor, id: string): Promise<ImportRun> {
  authorize(actor, 'posts.read');
  const run = await getImport(env.db, actorForce(actor), id);
  if (!run) throw notFound('Import');
  await accountForImport(env, actor, run.accountId, 'posts.read');
  return run;
}
