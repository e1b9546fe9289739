/**
 * Starting the server: open (and migrate) the database, build the app, run
 * the sweeps every few minutes, listen, and on first start print a one-time
 * link to create the first administrator.
 */
import type { FastifyInstance } from 'fastify';
import { createSetupToken } from './auth/service.js';
import type { Env } from './domain/context.js';
import { runSweeps } from './domain/tasks.js';
import { createEnv } from './env.js';
import { buildApp, sqlProbe } from './http/app.js';
import { connectorRoutes, registerConnectorPlugins } from './http/routes/connectors.js';
import { oidcRoutes } from './http/routes/oidc.js';
import { registerWebApp } from './http/web-static.js';
import { startConnectors } from './platforms/start.js';
import { openStore, type OpenedStore } from './storage/index.js';

/** How to start. */
export interface ServerOptions {
  host: string;
  port: number;
  /** DATABASE_URL (postgres://…) or undefined for SQLite under dataDir. */
  databaseUrl?: string;
  dataDir?: string;
  /** Public base URL; defaults to http://host:port. */
  publicUrl?: string;
  logger?: boolean;
  /** PEEL_TRUST_PROXY: `true`, or the proxies' addresses/subnets (comma-separated). */
  trustProxy?: boolean | string;
  /** PostgreSQL connections per process (PEEL_DB_POOL, default 10). */
  poolSize?: number;
  /** Sweep interval (ms); 0 disables. */
  sweepEveryMs?: number;
  /** Where to print start-up lines (never post text). */
  print?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  env: Env;
  opened: OpenedStore;
  url: string;
  close(): Promise<void>;
}

/** Read HOST, PORT, DATABASE_URL, PEEL_DATA_DIR, PEEL_PUBLIC_URL from the environment. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const port = env.PORT === undefined ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a number from 0 to 65535.');
  return {
    host: env.HOST ?? '127.0.0.1', port, databaseUrl: env.DATABASE_URL || undefined, dataDir: env.PEEL_DATA_DIR,
    publicUrl: env.PEEL_PUBLIC_URL, logger: env.PEEL_LOG !== '0',
    trustProxy: parseTrustProxy(env.PEEL_TRUST_PROXY),
    poolSize: env.PEEL_DB_POOL ? Math.max(1, Math.min(100, Number(env.PEEL_DB_POOL) || 10)) : undefined,
  };
}

function parseTrustProxy(v: string | undefined): boolean | string {
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  return v === 'true' ? true : v;
}

/** Start listening. */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const print = o.print ?? ((l: string) => process.stdout.write(`${l}\n`));
  const opened = await openStore({ url: o.databaseUrl ?? '', dataDir: o.dataDir, poolSize: o.poolSize });
  const env = createEnv(opened.store);
  const hostForUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  let publicUrl = o.publicUrl ?? `http://${hostForUrl}:${o.port}`;
  const app = await buildApp(env, { publicUrl, logger: o.logger ?? false, trustProxy: o.trustProxy ?? false }, { routes: [...oidcRoutes, ...connectorRoutes], probe: sqlProbe(opened.handle.db) });
  await registerConnectorPlugins(app, env);
  const connectors = await startConnectors(env, opened.handle, { databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  await registerWebApp(app);
  const address = await app.listen({ host: o.host, port: o.port });
  if (!o.publicUrl && o.port === 0) publicUrl = address;
  let timer: NodeJS.Timeout | undefined;
  const every = o.sweepEveryMs ?? 5 * 60_000;
  if (every > 0) {
    // Errors are logged by class only; a failed sweep is retried next time.
    const sweep = () => runSweeps(env).catch((e: unknown) => app.log.error({ err: { type: (e as Error)?.name } }, 'sweep failed'));
    void sweep();
    timer = setInterval(sweep, every);
    timer.unref();
  }
  print(`Peel is running at ${publicUrl}  (database: ${opened.handle.dialect} ${opened.handle.location})`);
  print(`API docs: ${publicUrl}/api/docs`);
  const setup = await createSetupToken(env);
  if (setup) {
    print('No administrator yet. Create one within 24 hours with this one-time link:');
    print(`  ${publicUrl}/setup#token=${setup}`);
    print(`  (or: curl -X POST ${publicUrl}/api/setup -H 'content-type: application/json' -d '{"token":"${setup}","email":"you@force.police.uk","displayName":"Your Name","password":"…"}')`);
  }
  return {
    app, env, opened, url: publicUrl,
    async close() {
      if (timer) clearInterval(timer);
      await connectors.stop();
      await app.close();
      await opened.store.close();
    },
  };
}
