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
import type { JobQueue } from '../jobs/types.js';
import { loadSecretBox, type SecretBox } from './secrets.js';

/** The domain Env plus the database under its store. */
export interface ConnectorEnv extends Env {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The box sealing credentials at rest (loaded on first use). */
  secrets(): SecretBox;
  /** The job queue, once the server has started one. */
  jobs?: JobQueue;
  /** Where uploaded import files wait for their job (PEEL_DATA_DIR or ./data). */
  dataDir: string;
}

/** Optional parts of the connector env. */
export interface ConnectorExtras {
  secrets?: SecretBox;
  jobs?: JobQueue;
  /** Data directory for the default key file. */
  dataDir?: string;
}

const attached = new WeakMap<Env, ConnectorEnv>();

/** Attach the open database to an Env (call once at start-up). Returns the combined env. */
export function attachDatabase(env: Env, handle: Pick<DatabaseHandle, 'db' | 'dialect'>, extras: ConnectorExtras = {}): ConnectorEnv {
  let box = extras.secrets;
  const c: ConnectorEnv = {
    ...env, db: handle.db, dialect: handle.dialect, jobs: extras.jobs,
    dataDir: extras.dataDir ?? process.env.PEEL_DATA_DIR ?? 'data',
    secrets: () => (box ??= loadSecretBox({ dataDir: extras.dataDir })),
  };
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
