/**
 * A bounded cache of prepared SQLite statements. Kysely's SQLite driver
 * prepares every query afresh; for the import's 200-row inserts (thousands of
 * parameters) preparing cost a tenth of the import's main-thread time, and
 * the same few statements run again and again. SQLite re-prepares a cached
 * statement by itself when the schema changes, so a cached one is never stale.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** The part of a better-sqlite3 statement the cache needs. */
interface CachableStatement extends SqliteStatement {
  /** True while an iterate() over it is unfinished: it cannot be run again until then. */
  readonly busy: boolean;
}

/** The part of a better-sqlite3 database the cache wraps. */
interface PreparingDatabase {
  close(): void;
  prepare(sql: string): CachableStatement;
}

/** Statements kept by default: every distinct query Peel runs fits, with room to spare. */
export const DEFAULT_STATEMENT_CACHE = 500;

/**
 * Wrap `db` so prepare() returns a cached statement for SQL it has seen
 * (least recently used dropped past `max`). A statement still being
 * iterated is not handed out twice: that call gets a fresh one.
 */
export function cachingDatabase(db: PreparingDatabase, max = DEFAULT_STATEMENT_CACHE): SqliteDatabase & { readonly cached: number } {
  const cache = new Map<string, CachableStatement>();
  return {
    get cached() {
      return cache.size;
    },
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql) {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        if (hit.busy) return db.prepare(sql);
        // Map order is insertion order: re-inserting marks it most recently used.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = db.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
