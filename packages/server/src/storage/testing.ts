/**
 * Test databases: a fresh SQLite file in a temp dir, and — when
 * PEEL_TEST_DATABASE_URL is set — a fresh PostgreSQL schema, so test files
 * running in parallel never see each other's rows. In CI (CI=true) a missing
 * or unreachable PostgreSQL is an error, never a silent skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type OpenedStore } from './index.js';
import type { DialectName } from './migrations.js';

/** One database to run a suite against. */
export interface TestTarget {
  name: DialectName;
  /** When set, the suite must fail with this message instead of running. */
  unavailable?: string;
  /** Open a fresh, migrated, empty store. */
  open(): Promise<TestStore>;
}

/** A test store; `openAnother` opens a second, independent connection (pool) to the same database. */
export type TestStore = OpenedStore & { cleanup(): Promise<void>; openAnother(): Promise<OpenedStore> };

const inCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

function sqliteTarget(): TestTarget {
  return {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'peel-test-'));
      const opened = await openStore({ dataDir: dir, url: '' });
      return {
        ...opened,
        openAnother: () => openStore({ url: opened.handle.file }),
        async cleanup() { await opened.store.close(); rmSync(dir, { recursive: true, force: true }); },
      };
    },
  };
}

/** Open a store in a new schema of the test PostgreSQL database. */
export async function openPostgresTestStore(url: string): Promise<TestStore & { url: string }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const opened = await openStore({ url: u.toString(), poolSize: 5 });
  return {
    ...opened,
    url: u.toString(),
    openAnother: () => openStore({ url: u.toString(), poolSize: 5 }),
    async cleanup() {
      await opened.store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`drop schema ${schema} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

function postgresTarget(): TestTarget | undefined {
  const url = process.env.PEEL_TEST_DATABASE_URL;
  if (!url) {
    return inCi()
      ? { name: 'postgres', unavailable: 'CI=true but PEEL_TEST_DATABASE_URL is not set', open: () => Promise.reject(new Error('unavailable')) }
      : undefined;
  }
  return { name: 'postgres', open: () => openPostgresTestStore(url) };
}

/** The databases to test on: SQLite always; PostgreSQL when configured (required in CI). */
export function testTargets(): TestTarget[] {
  const pgTarget = postgresTarget();
  return pgTarget ? [sqliteTarget(), pgTarget] : [sqliteTarget()];
}
