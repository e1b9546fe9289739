/**
 * HTTP test rig for connector routes: the synthetic world behind an app with
 * the connector routes and plugins, and connectors started (job table or
 * pg-boss, fast polling, a throw-away secret key).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createWorld, type World } from '../domain/testing.js';
import { buildApp } from '../http/app.js';
import { connectorRoutes, registerConnectorPlugins } from '../http/routes/connectors.js';
import type { TestTarget } from '../storage/testing.js';
import { secretBox } from './secrets.js';
import { startConnectors, type RunningConnectors } from './start.js';

/** The rig. */
export interface ConnectorApp {
  world: World;
  app: FastifyInstance;
  connectors: RunningConnectors;
  /** Database location for child processes. */
  url: string;
  close(): Promise<void>;
}

/** Build the rig on a fresh store of `target`. */
export async function connectorApp(target: TestTarget, o: { dataDir?: string } = {}): Promise<ConnectorApp> {
  const t = await target.open();
  const world = await createWorld(t.store);
  const url = (t as { url?: string }).url ?? t.handle.file ?? '';
  const connectors = await startConnectors(world.env, t.handle, {
    databaseUrl: target.name === 'postgres' ? url : undefined, dataDir: o.dataDir, secrets: secretBox(randomBytes(32)),
    tickMs: 0, pollMs: 50, jobSchema: `jobs_${process.pid}_${Math.random().toString(36).slice(2, 8)}`,
  });
  const app = await buildApp(world.env, { publicUrl: 'http://127.0.0.1:8080' }, { routes: connectorRoutes });
  await registerConnectorPlugins(app, world.env);
  await app.ready();
  return {
    world, app, connectors, url,
    async close() {
      await app.close();
      await connectors.stop();
      await t.cleanup();
    },
  };
}
