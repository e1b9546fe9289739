/**
 * Sign-in with OpenID Connect (Microsoft Entra ID or any provider) using
 * openid-client: authorization code flow with PKCE, state and nonce. The
 * state is kept server-side as a one-time token and bound to the browser by
 * a short-lived cookie, so a callback cannot be replayed or planted.
 */
import * as client from 'openid-client';
import { audit, newId, type Env } from '../domain/context.js';
import { DomainError, invalid, notFound } from '../domain/errors.js';
import type { Force, OidcSettings, User } from '../domain/model.js';
import { SYSTEM_ACTOR } from '../policies/index.js';
import { isUniqueViolation } from '../storage/index.js';
import { randomSecret, sha256 } from './secrets.js';
import { startSession } from './service.js';

/** How long a sign-in may take at the provider. */
const FLOW_MS = 10 * 60_000;

const configs = new Map<string, { at: number; config: client.Configuration }>();

/** The client secret: literal, or `env:NAME` to read it from the environment (keeps it out of the database). */
export function resolveSecret(s: OidcSettings): string | undefined {
  if (s.clientSecret?.startsWith('env:')) return process.env[s.clientSecret.slice(4)];
  return s.clientSecret;
}

/** Loopback issuers (local test providers) may use plain http; everything else must be https. */
function isLoopback(u: URL): boolean {
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

async function configFor(force: Force): Promise<client.Configuration> {
  const s = force.oidc;
  if (!s) throw notFound('Sign-in provider');
  const key = `${force.id}|${s.issuer}|${s.clientId}`;
  const hit = configs.get(key);
  if (hit && Date.now() - hit.at < 60 * 60_000) return hit.config;
  const issuer = new URL(s.issuer);
  const secret = resolveSecret(s);
  const config = await client.discovery(issuer, s.clientId, secret, secret ? client.ClientSecretPost(secret) : client.None(), {
    execute: isLoopback(issuer) ? [client.allowInsecureRequests] : [], timeout: 10,
  });
  configs.set(key, { at: Date.now(), config });
  return config;
}

/** Begin sign-in for a force: returns the provider URL and the browser-binding value for the cookie. */
export async function beginOidc(env: Env, forceCode: string, redirectUri: string): Promise<{ url: string; binding: string }> {
  const force = await env.store.forces.getByCode(forceCode.toLowerCase());
  if (!force?.oidc) throw notFound('Sign-in provider');
  const config = await configFor(force);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const binding = randomSecret();
  const now = env.now();
  await env.store.oneTimeTokens.create({
    id: sha256(state), purpose: 'oidc', data: { forceId: force.id, verifier, nonce, binding: sha256(binding) },
    createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + FLOW_MS).toISOString(), usedAt: null,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri, scope: 'openid email profile', code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256', state, nonce,
  });
  return { url: url.href, binding };
}

interface FlowData { forceId: string; verifier: string; nonce: string; binding: string }

/** Finish sign-in: exchange the code, find or create the user, start a session. */
export async function finishOidc(
  env: Env, callbackUrl: URL, binding: string | undefined,
): Promise<{ token: string; csrfToken: string; user: User }> {
  const state = callbackUrl.searchParams.get('state');
  if (!state) throw invalid('The sign-in response has no state.');
  const flow = await env.store.oneTimeTokens.consume(sha256(state), 'oidc', env.now().toISOString());
  const data = flow?.data as FlowData | undefined;
  if (!data || !binding || sha256(binding) !== data.binding) {
    throw new DomainError('unauthenticated', 'This sign-in is not valid any more (expired, used, or started in another browser). Start again.');
  }
  const force = await env.store.forces.get(data.forceId);
  if (!force?.oidc) throw notFound('Sign-in provider');
  const config = await configFor(force);
  let claims: OidcClaims | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: data.verifier, expectedState: state, expectedNonce: data.nonce });
    const id = tokens.claims();
    claims = id;
    // Conforming providers put e-mail and name in UserInfo rather than the ID token.
    if (id && typeof id.email !== 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, id.sub);
      claims = { ...info, sub: id.sub };
    }
  } catch {
    // The provider's error text may echo request data; say only that it failed.
    throw new DomainError('unauthenticated', 'The sign-in provider did not confirm who you are.');
  }
  if (!claims?.sub) throw new DomainError('unauthenticated', 'The sign-in provider did not confirm who you are.');
  const user = await findOrCreateUser(env, force, force.oidc.issuer, claims);
  if (user.disabled) throw new DomainError('forbidden', 'This user is disabled.');
  const s = await startSession(env, user);
  return { token: s.token, csrfToken: s.csrfToken, user };
}

/** The claims used: subject, e-mail (and whether verified), name. */
type OidcClaims = { sub: string; email?: unknown; email_verified?: unknown; name?: unknown };

async function findOrCreateUser(env: Env, force: Force, issuer: string, claims: OidcClaims): Promise<User> {
  const bySub = await env.store.users.getByOidc(issuer, claims.sub);
  if (bySub) {
    if (bySub.forceId !== force.id) throw new DomainError('forbidden', 'This identity belongs to another force.');
    return bySub;
  }
  const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : undefined;
  if (!email) throw new DomainError('unauthenticated', 'The sign-in provider did not share an e-mail address.');
  const byEmail = await env.store.users.getByEmail(email);
  if (byEmail) {
    // Link an existing local user only on a verified address in the same force.
    if (byEmail.forceId !== force.id || claims.email_verified !== true) {
      throw new DomainError('conflict', 'A user with this e-mail address exists; ask an administrator to link it.');
    }
    await env.store.transaction(async (tx) => {
      await tx.users.update(byEmail.id, { oidcIssuer: issuer, oidcSubject: claims.sub });
      await audit(tx, env, { ...SYSTEM_ACTOR, userId: byEmail.id }, force.id, 'user.oidc.link', { type: 'user', id: byEmail.id }, { issuer });
    });
    return { ...byEmail, oidcIssuer: issuer, oidcSubject: claims.sub };
  }
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  const user: User = {
    id: newId(), forceId: force.id, personId: null, email, displayName: name, passwordHash: null,
    roles: force.oidc?.defaultRoles.length ? force.oidc.defaultRoles : ['officer'], failedLogins: 0, lockedUntil: null,
    disabled: false, oidcIssuer: issuer, oidcSubject: claims.sub, createdAt: env.now().toISOString(),
  };
  try {
    await env.store.transaction(async (tx) => {
      await tx.users.create(user);
      await audit(tx, env, { ...SYSTEM_ACTOR, userId: user.id }, force.id, 'user.oidc.create', { type: 'user', id: user.id }, { roles: user.roles, issuer });
    });
  } catch (e) {
    // Two first sign-ins at once: the other one created the user.
    if (isUniqueViolation(e)) {
      const again = await env.store.users.getByOidc(issuer, claims.sub);
      if (again) return again;
    }
    throw e;
  }
  return user;
}
