/**
 * Connector routes (issue 6) in one list for the registry, plus the two
 * plugins that need raw bodies (uploads, webhook receiver).
 */
import type { FastifyInstance } from 'fastify';
import type { Env } from '../../domain/context.js';
import type { AnyRoute } from '../route.js';
import { importRoutes, importUploads } from './imports.js';
import { platformRoutes } from './platforms.js';
import { retentionRoutes } from './retention.js';
import { webhookReceiver, webhookRoutes } from './webhooks.js';

/** JSON routes: imports, platform links, webhooks sources, removal tasks. */
export const connectorRoutes: readonly AnyRoute[] = [...importRoutes, ...platformRoutes, ...webhookRoutes, ...retentionRoutes];

/** Register the raw-body routes (file uploads, webhook deliveries) on the app. */
export async function registerConnectorPlugins(app: FastifyInstance, env: Env): Promise<void> {
  await app.register(importUploads(env));
  await app.register(webhookReceiver(env));
}
