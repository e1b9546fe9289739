/**
 * Test worlds for connector suites: the domain's synthetic world on a fresh
 * store (SQLite, and PostgreSQL when configured), with the database attached.
 */
import { createWorld, type World } from '../domain/testing.js';
import type { TestTarget } from '../storage/testing.js';
import { randomBytes } from 'node:crypto';
import { attachDatabase, type ConnectorEnv } from './env.js';
import { secretBox } from './secrets.js';

/** A world plus the connector env over the same store. */
export interface ConnectorWorld extends World {
  cenv: ConnectorEnv;
  /** The SQLite file or PostgreSQL URL (for child processes). */
  url: string;
  cleanup(): Promise<void>;
}

/** Open a fresh store on `target` and build the world on it. */
export async function connectorWorld(target: TestTarget): Promise<ConnectorWorld> {
  const t = await target.open();
  const world = await createWorld(t.store);
  const cenv = attachDatabase(world.env, t.handle, { secrets: secretBox(randomBytes(32)) });
  const url = (t as { url?: string }).url ?? t.handle.file ?? '';
  return { ...world, cenv, url, cleanup: () => t.cleanup() };
}
