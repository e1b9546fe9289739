/**
 * The Fastify app: security headers, JSON only, body limit (413), one error
 * shape, /healthz, the OpenAPI document and docs page, and every API route
 * behind the policy layer.
 */
import cookie from '@fastify/cookie';
import type { Server } from 'node:http';
import Fastify, { type FastifyHttpOptions, type FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Env } from '../domain/context.js';
import type { Database } from '../storage/schema.js';
import { DOCS_HTML, DOCS_JS } from './docs-page.js';
import { errorHandler } from './errors.js';
import { openApiDocument } from './openapi.js';
import { defaultOptions, type AppOptions } from './options.js';
import { registerRoutes, type AnyRoute } from './route.js';
import { API_ROUTES } from './routes/index.js';

/** Extra routes (e.g. OIDC sign-in) and a database probe for /healthz. */
export interface AppExtras {
  routes?: readonly AnyRoute[];
  /** Runs a trivial query; /healthz reports 503 when it throws. */
  probe?: () => Promise<void>;
}

/** Build the app (not listening yet). */
export async function buildApp(env: Env, partial: Partial<AppOptions> = {}, extras: AppExtras = {}): Promise<FastifyInstance> {
  const options = defaultOptions(partial);
  const fastifyOptions: FastifyHttpOptions<Server> = {
    bodyLimit: options.bodyLimit,
    logger: options.logger ? {
      level: 'info',
      // Log the route pattern only: no query strings, addresses or headers (they can be personal data).
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string } }) => ({ method: req.method, route: req.routeOptions?.url ?? '(no route)' }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    } : false,
    // Proxies in front (if any) must be configured explicitly; never trust X-Forwarded-For by default.
    trustProxy: options.trustProxy,
    return503OnClosing: true,
  };
  const app = Fastify(fastifyOptions);
  await app.register(cookie);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_req, reply) => {
    void reply.code(404).send({ error: { code: 'not_found', message: 'No such route.' } });
  });
  // JSON is the only body type; forms (which a cross-site page can send without CORS) get 415.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onSend', async (req, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('content-security-policy', "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  const routes = [...API_ROUTES, ...(extras.routes ?? [])];
  app.get('/healthz', async (_req, reply) => {
    try {
      await (extras.probe ?? (() => env.store.forces.list().then(() => undefined)))();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ error: { code: 'internal', message: 'The database is not reachable.' } });
    }
  });
  const doc = openApiDocument(routes, options.publicUrl);
  app.get('/api/openapi.json', async () => doc);
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(DOCS_HTML));
  app.get('/api/docs.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(DOCS_JS));
  registerRoutes(app, env, options, routes);
  return app;
}

/** A /healthz probe that runs `select 1` on the database. */
export function sqlProbe(db: Kysely<Database>): () => Promise<void> {
  return async () => {
    await sql`select 1`.execute(db);
  };
}
