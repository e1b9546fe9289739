/**
 * What connector code needs beyond the domain Env: the Kysely database for
 * bulk writes and its own tables. The server attaches the database to its Env
 * once at start (`attachDatabase`); routes find it again with `connectorEnv`.
 */
import type { Kysely } from 'kysely';
import type { Env } from '../domain/context.js';
import type { DatabaseHandle } from '../storage/open.js';
import type { DialectName } from '../storage/migrations.js';
import type { Database } from '../storage/schema.js';

/** The domain Env plus the database under its store. */
export interface ConnectorEnv extends Env {
  db: Kysely<Database>;
  dialect: DialectName;
}

const attached = new WeakMap<Env, ConnectorEnv>();

/** Attach the open database to an Env (call once at start-up). Returns the combined env. */
export function attachDatabase(env: Env, handle: Pick<DatabaseHandle, 'db' | 'dialect'>): ConnectorEnv {
  const c: ConnectorEnv = { ...env, db: handle.db, dialect: handle.dialect };
  attached.set(env, c);
  attached.set(c, c);
  return c;
}

/** The connector env of an Env; throws when the server did not attach its database. */
export function connectorEnv(env: Env): ConnectorEnv {
  const c = attached.get(env);
  if (!c) throw new Error('Connectors are not set up: the server must call attachDatabase(env, handle) at start.');
  return c;
}
