/**
 * Webhooks: managing sources (JSON routes behind the policy layer) and the
 * receiver, which needs the raw body to check the HMAC signature and so is a
 * small Fastify plugin with its own body parser (sign-in does not apply: the
 * signature is the credential).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod/v4';
import type { Env } from '../../domain/context.js';
import { connectorEnv } from '../../platforms/env.js';
import { receiveWebhook } from '../../platforms/webhook/receive.js';
import { createWebhookSource, listWebhookSources, revokeWebhookSource } from '../../platforms/webhook/sources.js';
import { route, type AnyRoute } from '../route.js';
import { Id, IdParams, Short } from '../schemas.js';

/** Largest webhook body (100 posts of typical length). */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

/** Routes of this file. */
export const webhookRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/webhook-sources', tag: 'connectors', action: 'accounts.manage', status: 201,
    summary: 'Let another tool forward an account\'s posts by signed webhook; the secret is shown only in this response.',
    body: z.strictObject({ accountId: Id, name: Short(100) }),
    handler: ({ env, actor, body }) => createWebhookSource(connectorEnv(env), actor, body),
  }),
  route({
    method: 'GET', url: '/api/webhook-sources', tag: 'connectors', action: 'accounts.manage',
    summary: 'Webhook sources of your force (without secrets).',
    handler: async ({ env, actor }) => ({ items: await listWebhookSources(connectorEnv(env), actor) }),
  }),
  route({
    method: 'DELETE', url: '/api/webhook-sources/:id', tag: 'connectors', action: 'accounts.manage',
    summary: 'Revoke a webhook source: its deliveries are refused from now on.', params: IdParams,
    handler: ({ env, actor, params }) => revokeWebhookSource(connectorEnv(env), actor, params.id),
  }),
];

/**
 * The receiver: POST /api/webhooks/:sourceId with headers Peel-Timestamp,
 * Peel-Delivery and Peel-Signature (v1=HMAC-SHA-256 of "<timestamp>.<body>").
 */
export function webhookReceiver(env: Env): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    // Encapsulated: this parser applies only to routes registered in this plugin.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));
    app.post<{ Params: { sourceId: string } }>('/api/webhooks/:sourceId', async (req, reply) => {
      const outcome = await receiveWebhook(connectorEnv(env), req.params.sourceId, req.headers, req.body as Buffer);
      if (outcome.status === 200) return reply.code(200).send(outcome.body);
      if (outcome.status === 400) return reply.code(400).send({ error: { code: 'bad_request', message: outcome.message } });
      // The reason is logged for the force, not told to the caller.
      req.log.warn({ webhook: { reason: outcome.reason } }, 'webhook refused');
      return reply.code(401).send({ error: { code: 'unauthenticated', message: 'The webhook signature is missing, stale or wrong.' } });
    });
  };
}
