/**
 * Sign-in, sessions, API tokens and the first-administrator link. Cookie
 * sessions carry a CSRF token; API tokens (`peel_<id>_<secret>`) do not need
 * one because browsers never send them on their own.
 */
import { audit, newId, type Env } from '../domain/context.js';
import { DomainError, forbidden, invalid, notFound } from '../domain/errors.js';
import type { ApiToken, TokenScope, User } from '../domain/model.js';
import { publicUser, type PublicUser } from '../domain/users.js';
import { authorize, SYSTEM_ACTOR, type Actor } from '../policies/index.js';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './passwords.js';
import { principals } from './principal-cache.js';
import { RateLimiter } from './rate-limit.js';
import { randomSecret, safeEqual, sha256 } from './secrets.js';

/** Sign-in protection settings. */
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60_000;
export const SESSION_MS = 12 * 60 * 60_000;

/** A signed-in principal. */
export interface Principal {
  user: User;
  actor: Actor;
  /** Set for cookie sessions: the CSRF token the client must echo. */
  csrfToken: string | null;
  via: 'session' | 'token';
  /** For tokens: the stored hash, to check a cached principal against the presented secret. */
  secretHash?: string;
}

/** Turn a user (and token scopes) into an Actor for the policy layer. */
export async function actorFor(env: Env, user: User, scopes: TokenScope[] | null): Promise<Actor> {
  const person = user.forceId && user.personId ? await env.store.people.get(user.forceId, user.personId) : undefined;
  return { userId: user.id, forceId: user.forceId, personId: person?.id ?? null, team: person?.team ?? null, roles: user.roles, scopes };
}

/** Per-address limiter for sign-in attempts (20 a minute). */
export const loginLimiter = new RateLimiter(20, 60_000);

/** Start a session for a user; returns the cookie value (shown once) and the CSRF token. */
export async function startSession(env: Env, user: User): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const now = env.now();
  const expiresAt = new Date(now.getTime() + SESSION_MS).toISOString();
  await env.store.sessions.create({ id: sha256(token), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt });
  return { token, csrfToken, expiresAt };
}

/** Check e-mail and password; locks the user after repeated failures. Errors never say which part was wrong. */
export async function login(
  env: Env, input: { email: string; password: string; clientKey: string },
): Promise<{ token: string; csrfToken: string; user: PublicUser }> {
  const wait = loginLimiter.hit(input.clientKey);
  if (wait > 0) throw new DomainError('rate_limited', 'Too many sign-in attempts; wait a minute and try again.', { retryAfterSeconds: wait });
  const user = await env.store.users.getByEmail(input.email);
  const now = env.now();
  if (user?.lockedUntil && user.lockedUntil > now.toISOString()) {
    // Spend the same time as a real check, then refuse without checking.
    await verifyPassword(null, input.password);
    throw new DomainError('locked', 'This user is locked after too many failed sign-ins; try again later.');
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabled) {
    if (user && !ok) {
      const n = await env.store.users.recordFailedLogin(user.id, LOCK_AFTER, new Date(now.getTime() + LOCK_MS).toISOString());
      if (n >= LOCK_AFTER) await env.store.transaction((tx) => audit(tx, env, SYSTEM_ACTOR, user.forceId, 'user.lock', { type: 'user', id: user.id }));
    }
    throw new DomainError('unauthenticated', 'The e-mail address or password is not right.');
  }
  await env.store.users.resetFailedLogins(user.id);
  loginLimiter.reset(input.clientKey);
  const s = await startSession(env, user);
  return { token: s.token, csrfToken: s.csrfToken, user: publicUser(user) };
}

/** The principal behind a session cookie, if the session is live. */
export async function resolveSession(env: Env, token: string): Promise<Principal | undefined> {
  const id = sha256(token);
  const now = env.now().toISOString();
  return principals.load(`s:${id}`, now, async () => {
    const s = await env.store.sessions.get(id);
    if (!s || s.expiresAt <= now) return undefined;
    const user = await env.store.users.get(s.userId);
    if (!user || user.disabled) return undefined;
    return { principal: { user, actor: await actorFor(env, user, null), csrfToken: s.csrfToken, via: 'session' }, expiresAt: s.expiresAt };
  });
}

/** End a session. */
export async function logout(env: Env, token: string): Promise<void> {
  principals.delete(`s:${sha256(token)}`);
  await env.store.sessions.delete(sha256(token));
  // Again after the write: a load that read the session before it was deleted must not cache it.
  principals.delete(`s:${sha256(token)}`);
}

const TOKEN_RE = /^peel_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

/** Create an API token for the actor; the secret is returned once and stored only as a hash. */
export async function createApiToken(
  env: Env, actor: Actor, input: { name: string; scopes: TokenScope[]; expiresAt?: string | null },
): Promise<{ token: string; apiToken: Omit<ApiToken, 'secretHash'> }> {
  authorize(actor, 'tokens.own');
  if (actor.userId === null || actor.scopes !== null) throw forbidden('API tokens cannot create other tokens.');
  if (input.expiresAt && input.expiresAt <= env.now().toISOString()) throw invalid('The expiry must be in the future.');
  const secret = randomSecret();
  const t: ApiToken = {
    id: newId(), userId: actor.userId, name: input.name, secretHash: sha256(secret), scopes: [...new Set(input.scopes)],
    createdAt: env.now().toISOString(), expiresAt: input.expiresAt ?? null, lastUsedAt: null, revokedAt: null,
  };
  await env.store.transaction(async (tx) => {
    await tx.apiTokens.create(t);
    await audit(tx, env, actor, actor.forceId, 'token.create', { type: 'api_token', id: t.id }, { scopes: t.scopes });
  });
  const { secretHash: _h, ...rest } = t;
  return { token: `peel_${t.id}_${secret}`, apiToken: rest };
}

/** The actor's tokens (never their secrets). */
export async function listApiTokens(env: Env, actor: Actor): Promise<Array<Omit<ApiToken, 'secretHash'>>> {
  authorize(actor, 'tokens.own');
  if (actor.userId === null) return [];
  return (await env.store.apiTokens.listForUser(actor.userId)).map(({ secretHash: _h, ...rest }) => rest);
}

/** Revoke one of the actor's tokens. */
export async function revokeApiToken(env: Env, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'tokens.own');
  const t = await env.store.apiTokens.get(id);
  if (!t || t.userId !== actor.userId) throw notFound('Token');
  principals.delete(`t:${id}`);
  await env.store.transaction(async (tx) => {
    await tx.apiTokens.revoke(id, env.now().toISOString());
    await audit(tx, env, actor, actor.forceId, 'token.revoke', { type: 'api_token', id });
  });
  // Again after the commit: a load that read the token before it was revoked must not cache it.
  principals.delete(`t:${id}`);
}

/** The principal behind an API token, if valid, unexpired and unrevoked. */
export async function resolveApiToken(env: Env, token: string): Promise<Principal | undefined> {
  const m = TOKEN_RE.exec(token);
  if (!m) return undefined;
  const [, id, secret] = m;
  const secretHash = sha256(secret);
  const now = env.now().toISOString();
  // Shared by concurrent requests naming the same token id, whatever secret each presents: the load
  // checks validity only, and every caller then compares its own secret's hash in constant time.
  const p = await principals.load(`t:${id}`, now, async () => {
    const t = await env.store.apiTokens.get(id);
    if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return undefined;
    const user = await env.store.users.get(t.userId);
    if (!user || user.disabled) return undefined;
    // Recording last use is best effort: once a minute is plenty, and only for the right secret.
    if ((!t.lastUsedAt || Date.parse(now) - Date.parse(t.lastUsedAt) > 60_000) && safeEqual(t.secretHash, secretHash)) {
      await env.store.apiTokens.touch(t.id, now);
    }
    return { principal: { user, actor: await actorFor(env, user, t.scopes), csrfToken: null, via: 'token', secretHash: t.secretHash }, expiresAt: t.expiresAt };
  });
  return p && p.secretHash !== undefined && safeEqual(p.secretHash, secretHash) ? p : undefined;
}

/** Make a one-time link secret for creating the first administrator, if there is none yet. */
export async function createSetupToken(env: Env, ttlMs = 24 * 60 * 60_000): Promise<string | undefined> {
  if (await env.store.users.anyWithRole('system_admin')) return undefined;
  const secret = randomSecret();
  const now = env.now();
  await env.store.oneTimeTokens.create({ id: sha256(secret), purpose: 'setup', data: null, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString(), usedAt: null });
  return secret;
}

/** Use the one-time link to create the first system administrator. */
export async function completeSetup(
  env: Env, input: { token: string; email: string; displayName: string; password: string },
): Promise<PublicUser> {
  assertPasswordAcceptable(input.password);
  const passwordHash = await hashPassword(input.password);
  const user: User = {
    id: newId(), forceId: null, personId: null, email: input.email.toLowerCase(), displayName: input.displayName, passwordHash,
    roles: ['system_admin'], failedLogins: 0, lockedUntil: null, disabled: false, oidcIssuer: null, oidcSubject: null,
    createdAt: env.now().toISOString(),
  };
  await env.store.transaction(async (tx) => {
    // Consumed inside the transaction: if creating the user fails, the link still works.
    if (!(await tx.oneTimeTokens.consume(sha256(input.token), 'setup', env.now().toISOString()))) {
      throw new DomainError('unauthenticated', 'This set-up link is not valid (used, expired or mistyped).');
    }
    await tx.users.create(user);
    await audit(tx, env, { ...SYSTEM_ACTOR, userId: user.id }, null, 'user.setup', { type: 'user', id: user.id }, { roles: user.roles });
  });
  return publicUser(user);
}
