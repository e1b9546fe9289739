/**
 * Starts the real Peel server for browser tests: SQLite in a temp dir, the
 * built web app served by the server itself, and a cast of users with
 * passwords (one per role) over the server's synthetic test world.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../../server/src/auth/passwords.js';
import { buildApp } from '../../../server/src/http/app.js';
import { registerWebApp } from '../../../server/src/http/web-static.js';
import { createWorld, type Member, type World } from '../../../server/src/domain/testing.js';
import { openStore } from '../../../server/src/storage/index.js';

/** A role to sign in as in the tests. */
export type CastRole = 'officer' | 'supervisor' | 'desk' | 'standards' | 'admin';

/** A running server. */
export interface Harness {
  url: string;
  world: World;
  credentials: Record<CastRole, { email: string; password: string }>;
  close(): Promise<void>;
}

/** The shared test password (synthetic users in a throw-away database). */
export const TEST_PASSWORD = 'correct horse battery staple';

/** Start the server on a random loopback port, serving `webRoot`. */
export async function startServer(webRoot: string): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'peel-web-e2e-'));
  const opened = await openStore({ dataDir: dir, url: '' });
  const world = await createWorld(opened.store);
  // The world's clock is pinned for domain tests; the browser works in real time.
  world.setNow(new Date().toISOString());
  const hash = await hashPassword(TEST_PASSWORD);
  const cast: Record<CastRole, Member> = {
    officer: world.a.officer, supervisor: world.a.sergeant, desk: world.a.desk, standards: world.a.standards, admin: world.a.admin,
  };
  const credentials = {} as Harness['credentials'];
  for (const [role, m] of Object.entries(cast) as Array<[CastRole, Member]>) {
    await opened.store.users.update(m.user.id, { passwordHash: hash });
    credentials[role] = { email: m.user.email, password: TEST_PASSWORD };
  }
  const app: FastifyInstance = await buildApp(world.env, { logger: false });
  if (!(await registerWebApp(app, webRoot))) throw new Error('The web app is not built: no index.html in the web root.');
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url, world, credentials,
    async close() {
      await app.close();
      await opened.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
