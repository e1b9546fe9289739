/**
 * The public register: no sign-in, cacheable, rate limited per client
 * address (a token bucket in memory). Only fields marked public are shown.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/v4';
import type { Env } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';
import { PLATFORMS } from '../../domain/model.js';
import { TokenBuckets } from '../../reports/rate-limit.js';
import { registerPage } from '../../reports/register-page.js';
import { lookup, publicRegister, registerCsv, registerJson } from '../../reports/register.js';
import { PEEL_CSS } from '../../reports/style.js';
import { route, type AnyRoute } from '../route.js';

/** Requests an address may make at once. */
export const PUBLIC_BURST = 60;
/** Requests an address may make per second after the burst. */
export const PUBLIC_PER_SECOND = 1;

// One set of buckets per app environment (tests build many apps in one process).
const buckets = new WeakMap<Env, TokenBuckets>();

function limit(env: Env, req: FastifyRequest): void {
  let b = buckets.get(env);
  if (!b) {
    b = new TokenBuckets(PUBLIC_BURST, PUBLIC_PER_SECOND);
    buckets.set(env, b);
  }
  const wait = b.take(req.ip);
  if (wait > 0) throw new DomainError('rate_limited', 'Too many requests: please wait a moment and try again.', { retryAfterSeconds: wait });
}

/** Send a cacheable public body with a strong ETag; answers 304 when the client has it. */
function cached(req: FastifyRequest, reply: FastifyReply, type: string, body: string, maxAge: number): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  void reply.header('cache-control', `public, max-age=${maxAge}`).header('etag', etag).header('access-control-allow-origin', '*');
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type(type).send(body);
}

const LookupQuery = z.object({
  handle: z.string().max(200).optional(),
  platform: z.union([z.enum(PLATFORMS), z.literal('')]).optional(),
});

/** Routes of this file. */
export const publicRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/public', tag: 'public', action: 'public',
    summary: 'The public register page: "is @handle an official police account?" and the list of official accounts.',
    query: LookupQuery,
    handler: async ({ env, req, reply, query }) => {
      limit(env, req);
      const rows = await publicRegister(env.store.reports);
      const handle = query.handle?.trim();
      const platform = query.platform || undefined;
      const found = handle ? { query: handle, platform, matches: lookup(rows, handle, platform) } : null;
      return cached(req, reply, 'text/html; charset=utf-8', registerPage(rows, found), found ? 60 : 300);
    },
  }),
  route({
    method: 'GET', url: '/public/accounts.json', tag: 'public', action: 'public',
    summary: 'Open data: every account in the register (platform, handle, address, force, team or role, official).',
    handler: async ({ env, req, reply }) => {
      limit(env, req);
      const body = JSON.stringify(registerJson(await publicRegister(env.store.reports), env.now().toISOString().slice(0, 10)));
      return cached(req, reply, 'application/json; charset=utf-8', body, 300);
    },
  }),
  route({
    method: 'GET', url: '/public/accounts.csv', tag: 'public', action: 'public',
    summary: 'Open data as CSV: the same rows and fields as accounts.json.',
    handler: async ({ env, req, reply }) => {
      limit(env, req);
      void reply.header('content-disposition', 'inline; filename="police-social-media-accounts.csv"');
      return cached(req, reply, 'text/csv; charset=utf-8', registerCsv(await publicRegister(env.store.reports)), 300);
    },
  }),
  route({
    method: 'GET', url: '/public/peel.css', tag: 'public', action: 'public',
    summary: 'The stylesheet of the public pages and HTML reports.',
    handler: async ({ req, reply }) => cached(req, reply, 'text/css; charset=utf-8', PEEL_CSS, 86_400),
  }),
];
