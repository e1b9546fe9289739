/**
 * Opening the database: embedded SQLite (better-sqlite3, WAL) by default, or
 * PostgreSQL when the URL says so. Both sit behind the same Kysely instance.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, sql,
  type DatabaseConnection, type Driver, type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import { migrationProvider, type DialectName } from './migrations.js';
import { cachingDatabase } from './statement-cache.js';
import type { Database } from './schema.js';

/** Where to find the database. */
export interface OpenOptions {
  /** `postgres://…` for PostgreSQL, `sqlite:/path/file.db` or a file path for SQLite; default from DATABASE_URL. */
  url?: string;
  /** Directory for the SQLite file when no URL is given; default PEEL_DATA_DIR or ./data. */
  dataDir?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Run pending migrations after opening (default true). */
  migrate?: boolean;
}

/** An open database. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** A description safe to print (no password). */
  location: string;
  /** The SQLite file, when SQLite. */
  file?: string;
  close(): Promise<void>;
}

/** True for URLs that select PostgreSQL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Remove the password from a connection URL before printing it. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

// PostgreSQL returns bigint (count(*)) as text; counts here are small, so read them as numbers.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * SQLite transactions start with BEGIN IMMEDIATE: they take the write lock at
 * once (waiting up to busy_timeout), instead of failing with SQLITE_BUSY when
 * a read transaction later tries to write after another process wrote.
 */
/** WAL size (pages of 4 KB) at which SQLite checkpoints on commit. */
export const WAL_CHECKPOINT_PAGES = 16_000;

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

/** Open (and by default migrate) the database. */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? process.env.DATABASE_URL;
  const handle = isPostgresUrl(url) ? openPostgres(url, options.poolSize ?? 10) : openSqlite(url, options.dataDir);
  if (options.migrate !== false) {
    try {
      await migrate(handle);
    } catch (e) {
      await handle.close();
      throw e;
    }
  }
  return handle;
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

function openSqlite(url: string | undefined, dataDir: string | undefined): DatabaseHandle {
  let file: string;
  if (url && url !== '') {
    file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') : url;
  } else {
    const dir = resolve(dataDir ?? process.env.PEEL_DATA_DIR ?? 'data');
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'peel.db');
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with synchronous=NORMAL is durable across application crashes and much faster.
  sqlite.pragma('synchronous = NORMAL');
  // Checkpoint when the WAL reaches ~64 MB instead of 4 MB: an import batch writes ~6 MB, so the
  // default copied the WAL into the database (and synced twice) after every batch, and the pages
  // every batch touches (index right edges, the audit head) were copied again each time. Readers
  // are unaffected (the WAL index finds pages by hash); the WAL file just stays that size on disk.
  sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingDatabase(sqlite) }) });
  return { db, dialect: 'sqlite', location: file, file, close: () => db.destroy() };
}

/** Apply pending migrations; returns the names applied. Throws with the failing migration's name. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  // On PostgreSQL, name the schema: otherwise Kysely looks for its tables in every schema of the
  // database and is fooled by another Peel installed beside this one (or a test's schema).
  const schema = handle.dialect === 'postgres'
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s
    : undefined;
  const migrator = new Migrator({
    db: handle.db,
    provider: migrationProvider(handle.dialect),
    migrationTableName: 'peel_migrations',
    migrationLockTableName: 'peel_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
