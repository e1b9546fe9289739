/** OpenID Connect sign-in routes (public: they are how a user signs in). */
import { z } from 'zod/v4';
import { beginOidc, finishOidc } from '../../auth/oidc.js';
import { route, type AnyRoute } from '../route.js';
import { setSessionCookie } from '../session.js';

const FLOW_COOKIE = 'peel_oidc';
const callbackPath = '/api/auth/oidc/callback';

/** Routes of this file. */
export const oidcRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/auth/oidc/:force/start', tag: 'auth', action: 'public',
    summary: 'Start signing in with your force\'s OpenID Connect provider (redirects there).',
    params: z.strictObject({ force: z.string().regex(/^[a-z0-9-]{2,32}$/) }),
    async handler({ env, options, params, reply }) {
      const { url, binding } = await beginOidc(env, params.force, `${options.publicUrl}${callbackPath}`);
      void reply.setCookie(FLOW_COOKIE, binding, { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: callbackPath, maxAge: 600 });
      return reply.redirect(url, 302);
    },
  }),
  route({
    method: 'GET', url: callbackPath, tag: 'auth', action: 'public',
    summary: 'Where the provider sends the browser back; starts the session and goes to the app.',
    // The provider adds its own parameters (session_state, iss, …), so this query is not strict.
    query: z.object({ state: z.string().max(500), code: z.string().max(4000).optional(), error: z.string().max(200).optional() }),
    async handler({ env, options, req, reply }) {
      const url = new URL(req.url, options.publicUrl);
      const { token } = await finishOidc(env, url, req.cookies[FLOW_COOKIE]);
      void reply.clearCookie(FLOW_COOKIE, { path: callbackPath });
      setSessionCookie(reply, options, token);
      return reply.redirect('/', 302);
    },
  }),
];
