/**
 * Route definitions. Every route names the policy action it needs (or says it
 * is public); `registerRoutes` resolves the caller, checks CSRF, authorizes,
 * validates with zod (unknown fields rejected) and only then runs the handler.
 * The same definitions produce the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/v4';
import type { Principal } from '../auth/service.js';
import type { Env } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import { authorize, type Action, type Actor } from '../policies/index.js';
import type { AppOptions } from './options.js';
import { resolvePrincipal, verifyCsrf } from './session.js';

/** What a handler receives. */
export interface HandlerContext<B, Q, P> {
  env: Env;
  options: AppOptions;
  body: B;
  query: Q;
  params: P;
  /** Present on authenticated routes. */
  principal: Principal;
  actor: Actor;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** One route. */
export interface RouteDef<B = unknown, Q = unknown, P = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  /** The policy action required, or `public` (no sign-in). */
  action: Action | 'public';
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** Documented response (for OpenAPI only). */
  response?: z.ZodType;
  /** Success status (default 200). */
  status?: number;
  handler(ctx: HandlerContext<B, Q, P>): Promise<unknown>;
}

/** Define a route with inferred types. */
export function route<B = undefined, Q = undefined, P = undefined>(def: RouteDef<B, Q, P>): RouteDef<B, Q, P> {
  return def;
}

/** Any route (for registries); handler parameters are checked where each route is defined. */
export type AnyRoute = RouteDef<unknown, unknown, unknown>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Where a NUL character hides in a parsed value, if anywhere (PostgreSQL text cannot hold one). */
export function findNul(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [k, v] of Object.entries(value)) {
    const hit = findNul(v, [...path, k], depth + 1);
    if (hit) return hit;
  }
  return null;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const nul = findNul(value);
  if (nul) throw new DomainError('invalid', 'Text must not contain NUL characters.', [{ path: [where, ...nul].join('.'), message: 'Contains a NUL character.' }]);
  const r = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!r.success) throw new DomainError('invalid', `The request ${where} is not valid.`, r.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })));
  return r.data;
}

/** Register the routes on the app. */
export function registerRoutes(app: FastifyInstance, env: Env, options: AppOptions, routes: readonly AnyRoute[]): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (req, reply) => {
        let principal: Principal | undefined;
        if (r.action !== 'public') {
          principal = await resolvePrincipal(env, req);
          if (!principal) throw new DomainError('unauthenticated', 'Sign in first.');
          if (UNSAFE.has(r.method)) verifyCsrf(principal, req);
          authorize(principal.actor, r.action);
        }
        const ctx: HandlerContext<unknown, unknown, unknown> = {
          env, options, req, reply,
          body: parse(r.body, req.body, 'body'),
          query: parse(r.query, req.query, 'query'),
          params: parse(r.params, req.params, 'path'),
          principal: principal as Principal,
          actor: principal?.actor as Actor,
        };
        const out = await r.handler(ctx);
        if (reply.sent) return reply;
        void reply.code(r.status ?? (out === undefined ? 204 : 200));
        return out === undefined ? reply.send() : out;
      },
    });
  }
}
