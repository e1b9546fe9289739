/**
 * Backups. SQLite: a consistent copy while the server runs, through SQLite's
 * online backup API (better-sqlite3 `.backup()`), written next to the target
 * and renamed into place so a half-written file never looks like a backup.
 * PostgreSQL: the instructions for pg_dump, which is the right tool there.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

/** Copy the SQLite database at `file` to `dest`; returns the size in bytes. Refuses to overwrite. */
export async function backupSqlite(file: string, dest: string): Promise<number> {
  if (!existsSync(file)) throw new Error(`There is no database at ${file}.`);
  const target = resolve(dest);
  if (existsSync(target)) throw new Error(`${target} exists already; choose another name.`);
  const tmp = join(dirname(target), `.${Date.now()}.peel-backup.tmp`);
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(tmp);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    db.close();
  }
  renameSync(tmp, target);
  return statSync(target).size;
}

/** A default backup file name with the date and time. */
export function defaultBackupName(now = new Date()): string {
  return `peel-backup-${now.toISOString().replace(/[:.]/g, '-').slice(0, 19)}.db`;
}

/** What to tell PostgreSQL users (the URL's password is not repeated). */
export function postgresBackupAdvice(redactedUrl: string): string {
  return [
    'This server uses PostgreSQL; back it up with pg_dump, which takes a consistent snapshot while Peel runs:',
    '',
    `  pg_dump --format=custom --file=peel-$(date +%F).dump "$DATABASE_URL"     # database: ${redactedUrl}`,
    '',
    'Restore into an empty database with:',
    '',
    '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" peel-YYYY-MM-DD.dump',
    '',
    'Then run `peel audit verify` against the restored database to confirm the audit chain.',
  ].join('\n');
}
