/**
 * Browser-test harness: build the web app with Vite into a temp dir, load the
 * demo force into SQLite in another temp dir, start the real server on it
 * (as `npm start` does) and find Debian's chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemo } from '../../../server/src/demo/load.js';
import { startServer, type RunningServer } from '../../../server/src/server.js';
import { openStore } from '../../../server/src/storage/index.js';

/** The web package directory. */
export const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
/** The repository root (screenshots go under test-results/ there). */
export const REPO_DIR = fileURLToPath(new URL('../../../..', import.meta.url));
/** Debian's chromium. */
export const CHROMIUM = '/usr/bin/chromium';
/** Flags for headless runs in containers (see the project's developer notes). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The demo users' password in the throw-away test database. */
export const DEMO_PASSWORD = 'e2e demo password 2024';

/** Is chromium there? With CI=true its absence is an error, otherwise the test is skipped. */
export function chromiumStatus(): { ok: true } | { ok: false; message: string; fail: boolean } {
  if (existsSync(CHROMIUM)) return { ok: true };
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  return { ok: false, fail: ci, message: `${CHROMIUM} is missing: install it with apt-get install -y --no-install-recommends chromium.` };
}

/** Build the app with Vite (programmatically) into `outDir`. */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, and Vite would bundle React's development build
  // (StrictMode double renders) from it: test what users get, the production build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    process.env.NODE_ENV = before;
  }
}

/** A running demo server. */
export interface DemoServer {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** Load the demo into a fresh SQLite database and start the server serving `webRoot`. */
export async function startDemoServer(webRoot: string): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peel-e2e-data-'));
  const seed = await openStore({ dataDir, url: '' });
  try {
    await loadDemo(seed.store, { password: DEMO_PASSWORD });
  } finally {
    await seed.store.close();
  }
  // The web root is read from the environment by the server's static plugin (worker-local here).
  process.env.PEEL_WEB_ROOT = webRoot;
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, databaseUrl: '', logger: false, sweepEveryMs: 0, print: () => {} });
  return {
    url: server.url, server,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temp directory for the built app. */
export function tempWebRoot(): string {
  return mkdtempSync(join(tmpdir(), 'peel-e2e-web-'));
}
