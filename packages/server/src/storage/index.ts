/** Storage entry point: open a database and get the Store the domain uses. */
import { openDatabase, type DatabaseHandle, type OpenOptions } from './open.js';
import { createSqlStore } from './sql/store.js';
import type { Store } from './store.js';

export { openDatabase, migrate, isPostgresUrl, redactUrl, type DatabaseHandle, type OpenOptions } from './open.js';
export { MIGRATIONS, type DialectName, type PeelMigration } from './migrations.js';
export { BadCursorError, MAX_PAGE } from './sql/paging.js';
export type * from './store.js';

/** An open store and the handle under it (for backup and raw maintenance). */
export interface OpenedStore {
  store: Store;
  handle: DatabaseHandle;
}

/** Open the database (SQLite by default, PostgreSQL for postgres:// URLs), migrate it and wrap it. */
export async function openStore(options: OpenOptions = {}): Promise<OpenedStore> {
  const handle = await openDatabase(options);
  return { store: createSqlStore(handle), handle };
}

/** True when the error is a unique-constraint violation on either dialect. */
export function isUniqueViolation(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when the error is a foreign-key violation on either dialect. */
export function isForeignKeyViolation(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
