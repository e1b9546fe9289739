/** Sign-in, session, first-administrator set-up and API tokens. */
import { z } from 'zod/v4';
import {
  completeSetup, createApiToken, listApiTokens, login, logout, revokeApiToken,
} from '../../auth/service.js';
import { TOKEN_SCOPES } from '../../domain/model.js';
import { route, type AnyRoute } from '../route.js';
import { IdParams, IsoDateTime, Short } from '../schemas.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../session.js';

const Email = z.string().trim().toLowerCase().email().max(254);

/** Routes of this file. */
export const authRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/auth/login', tag: 'auth', action: 'public',
    summary: 'Sign in with e-mail and password; sets the session cookie and returns the CSRF token.',
    body: z.strictObject({ email: Email, password: z.string().min(1).max(1024) }),
    async handler({ env, options, body, req, reply }) {
      const r = await login(env, { email: body.email, password: body.password, clientKey: req.ip });
      setSessionCookie(reply, options, r.token);
      return { user: r.user, csrfToken: r.csrfToken };
    },
  }),
  route({
    method: 'POST', url: '/api/auth/logout', tag: 'auth', action: 'session.read',
    summary: 'Sign out: ends the session.',
    async handler({ env, options, req, reply }) {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(env, token);
      clearSessionCookie(reply, options);
      return undefined;
    },
  }),
  route({
    method: 'GET', url: '/api/auth/session', tag: 'auth', action: 'session.read',
    summary: 'Who is signed in, with roles and the CSRF token for state-changing requests.',
    async handler({ principal }) {
      const { user, actor, csrfToken, via } = principal;
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, forceId: user.forceId, personId: user.personId, roles: user.roles },
        team: actor.team, via, scopes: actor.scopes, csrfToken,
      };
    },
  }),
  route({
    method: 'POST', url: '/api/setup', tag: 'auth', action: 'public', status: 201,
    summary: 'Create the first system administrator with the one-time link printed at first start.',
    body: z.strictObject({ token: z.string().min(10).max(200), email: Email, displayName: Short(), password: z.string().max(1024) }),
    handler: async ({ env, body }) => ({ user: await completeSetup(env, body) }),
  }),
  route({
    method: 'GET', url: '/api/tokens', tag: 'auth', action: 'tokens.own',
    summary: 'Your API tokens (never their secrets).',
    handler: async ({ env, actor }) => ({ items: await listApiTokens(env, actor) }),
  }),
  route({
    method: 'POST', url: '/api/tokens', tag: 'auth', action: 'tokens.own', status: 201,
    summary: 'Create a scoped API token; the secret is shown once.',
    body: z.strictObject({ name: Short(100), scopes: z.array(z.enum(TOKEN_SCOPES)).min(1), expiresAt: IsoDateTime.nullable().optional() }),
    handler: ({ env, actor, body }) => createApiToken(env, actor, body),
  }),
  route({
    method: 'DELETE', url: '/api/tokens/:id', tag: 'auth', action: 'tokens.own',
    summary: 'Revoke one of your API tokens.',
    params: IdParams,
    async handler({ env, actor, params }) {
      await revokeApiToken(env, actor, params.id);
      return undefined;
    },
  }),
];
