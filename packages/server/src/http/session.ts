/** Finding the caller (session cookie or API token) and checking CSRF. */
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession, SESSION_MS, type Principal } from '../auth/service.js';
import { safeEqual } from '../auth/secrets.js';
import type { Env } from '../domain/context.js';
import { DomainError } from '../domain/errors.js';
import type { AppOptions } from './options.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'peel_session';
/** Header carrying the CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';

const principals = new WeakMap<FastifyRequest, Principal | null>();

/** The caller, from `Authorization: Bearer peel_…` or the session cookie (memoised per request). */
export async function resolvePrincipal(env: Env, req: FastifyRequest): Promise<Principal | undefined> {
  if (principals.has(req)) return principals.get(req) ?? undefined;
  let p: Principal | undefined;
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer (\S+)$/.exec(auth);
    p = m ? await resolveApiToken(env, m[1]) : undefined;
    // A bad token is an error, never a fall-back to the cookie.
    if (!p) throw new DomainError('unauthenticated', 'The API token is not valid.');
  } else {
    const token = req.cookies[SESSION_COOKIE];
    if (token) p = await resolveSession(env, token);
  }
  principals.set(req, p ?? null);
  return p;
}

/** Cookie sessions must echo the CSRF token on every state-changing request; API tokens need not. */
export function verifyCsrf(p: Principal, req: FastifyRequest): void {
  if (p.via !== 'session') return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || p.csrfToken === null || !safeEqual(sent, p.csrfToken)) {
    throw new DomainError('forbidden', 'Missing or wrong CSRF token: send the x-csrf-token header from your session.');
  }
}

/** Set the session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS. */
export function setSessionCookie(reply: FastifyReply, options: AppOptions, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/', maxAge: Math.floor(SESSION_MS / 1000),
  });
}

/** Clear the session cookie. */
export function clearSessionCookie(reply: FastifyReply, options: AppOptions): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' });
}
