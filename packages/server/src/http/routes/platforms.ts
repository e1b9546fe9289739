/** Linking accounts to their platforms, polling now, and publishing approved drafts through the link. */
import { z } from 'zod/v4';
import { connectorEnv } from '../../platforms/env.js';
import { getLink, linkAccount, unlinkAccount } from '../../platforms/links.js';
import { publishToPlatform } from '../../platforms/publish.js';
import { POLL_QUEUE } from '../../platforms/start.js';
import { DomainError } from '../../domain/errors.js';
import { route, type AnyRoute } from '../route.js';
import { HttpUrl, IdParams } from '../schemas.js';

const CREDENTIAL_FIELDS = ['handle', 'appPassword', 'accessToken', 'appKey', 'appSecret', 'accessSecret'] as const;

/** Routes of this file. */
export const platformRoutes: AnyRoute[] = [
  route({
    method: 'PUT', url: '/api/accounts/:id/link', tag: 'connectors', action: 'accounts.manage',
    summary: 'Link an account to its platform (Bluesky: handle and app password; X or Mastodon: access token). The credentials are checked, then stored encrypted.',
    params: IdParams,
    body: z.strictObject({
      service: HttpUrl.optional(),
      credentials: z.strictObject(Object.fromEntries(CREDENTIAL_FIELDS.map((f) => [f, z.string().min(1).max(2000).optional()]))),
      pollSeconds: z.number().int().min(5).max(86_400).optional(),
    }),
    handler: ({ env, actor, params, body }) => linkAccount(connectorEnv(env), actor, params.id, { service: body.service, credentials: body.credentials as Record<string, string>, pollSeconds: body.pollSeconds }),
  }),
  route({
    method: 'GET', url: '/api/accounts/:id/link', tag: 'connectors', action: 'accounts.manage',
    summary: 'The account\'s platform link and its last poll (never the credentials).', params: IdParams,
    handler: async ({ env, actor, params }) => ({ link: await getLink(connectorEnv(env), actor, params.id) }),
  }),
  route({
    method: 'DELETE', url: '/api/accounts/:id/link', tag: 'connectors', action: 'accounts.manage',
    summary: 'Unlink the account (its credentials are deleted).', params: IdParams,
    handler: ({ env, actor, params }) => unlinkAccount(connectorEnv(env), actor, params.id),
  }),
  route({
    method: 'POST', url: '/api/accounts/:id/poll', tag: 'connectors', action: 'accounts.manage', status: 202,
    summary: 'Look for new posts on the platform now (queued as a job).', params: IdParams,
    handler: async ({ env, actor, params }) => {
      const cenv = connectorEnv(env);
      const link = await getLink(cenv, actor, params.id);
      if (!link) throw new DomainError('not_found', 'Link not found.');
      if (!cenv.jobs) throw new DomainError('internal', 'Background jobs are not running on this server.');
      const jobId = await cenv.jobs.send(POLL_QUEUE, { linkId: link.id }, { singletonKey: `poll:${link.id}`, maxAttempts: 1 });
      return { queued: jobId !== null };
    },
  }),
  route({
    method: 'POST', url: '/api/drafts/:id/publish-to-platform', tag: 'drafts', action: 'drafts.publish',
    summary: 'Publish an approved draft on its platform through the account\'s link; the post is recorded and checked.',
    params: IdParams, body: z.strictObject({ expectedVersion: z.number().int().min(1) }),
    handler: ({ env, actor, params, body }) => publishToPlatform(connectorEnv(env), actor, params.id, body.expectedVersion),
  }),
];
