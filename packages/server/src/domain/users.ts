/** Users (sign-in identities) and their roles. */
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.js';
import { principals } from '../auth/principal-cache.js';
import {
  authorize, CROSS_FORCE_ROLES, grantableRoles, type Actor,
} from '../policies/index.js';
import { isUniqueViolation } from '../storage/index.js';
import { audit, newId, type Env } from './context.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import type { Page, PageRequest, Role, User } from './model.js';

/** A user as shown over the API (no password hash, no lock-out internals). */
export type PublicUser = Omit<User, 'passwordHash' | 'failedLogins'> & { hasPassword: boolean };

/** Strip secrets from a user. */
export function publicUser(u: User): PublicUser {
  const { passwordHash, failedLogins: _f, ...rest } = u;
  return { ...rest, hasPassword: passwordHash !== null };
}

/** Fields for a new user. */
export interface UserInput {
  email: string;
  displayName: string;
  roles: Role[];
  password?: string;
  personId?: string | null;
  /** System administrators choose the force; force administrators always create in their own. */
  forceId?: string | null;
}

function checkRoles(actor: Actor, roles: Role[], forceId: string | null): void {
  const allowed = grantableRoles(actor);
  const bad = roles.filter((r) => !allowed.includes(r));
  if (bad.length > 0) throw forbidden(`You cannot grant: ${bad.join(', ')}.`);
  const cross = roles.some((r) => CROSS_FORCE_ROLES.includes(r));
  if (cross && forceId !== null) throw invalid('Inspectors and system administrators do not belong to a force.');
  if (!cross && forceId === null) throw invalid('Users with force roles must belong to a force.');
  if (cross && roles.some((r) => !CROSS_FORCE_ROLES.includes(r))) throw invalid('Cross-force roles cannot be combined with force roles.');
}

function targetForce(actor: Actor, requested: string | null | undefined): string | null {
  if (actor.roles.includes('system_admin')) return requested ?? null;
  if (actor.forceId === null) throw forbidden();
  if (requested !== undefined && requested !== actor.forceId) throw forbidden('You can only manage users of your own force.');
  return actor.forceId;
}

/** Create a user; only system administrators create users outside their own force. */
export async function createUser(env: Env, actor: Actor, input: UserInput): Promise<PublicUser> {
  authorize(actor, 'users.manage');
  const forceId = targetForce(actor, input.forceId);
  checkRoles(actor, input.roles, forceId);
  if (forceId !== null && !(await env.store.forces.get(forceId))) throw notFound('Force');
  if (input.personId && (forceId === null || !(await env.store.people.get(forceId, input.personId)))) throw invalid('The person is not in this force.');
  if (input.password !== undefined) assertPasswordAcceptable(input.password);
  const user: User = {
    id: newId(), forceId, personId: input.personId ?? null, email: input.email.toLowerCase(), displayName: input.displayName,
    passwordHash: input.password === undefined ? null : await hashPassword(input.password), roles: [...new Set(input.roles)],
    failedLogins: 0, lockedUntil: null, disabled: false, oidcIssuer: null, oidcSubject: null, createdAt: env.now().toISOString(),
  };
  try {
    await env.store.transaction(async (tx) => {
      await tx.users.create(user);
      await audit(tx, env, actor, forceId, 'user.create', { type: 'user', id: user.id }, { roles: user.roles });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('A user with this e-mail address already exists.');
    throw e;
  }
  return publicUser(user);
}

async function loadManaged(env: Env, actor: Actor, id: string): Promise<User> {
  const u = await env.store.users.get(id);
  if (!u || (!actor.roles.includes('system_admin') && u.forceId !== actor.forceId)) throw notFound('User');
  return u;
}

/** Change roles, enable/disable, or link to a person. Disabling ends the user's sessions. */
export async function updateUser(
  env: Env, actor: Actor, id: string, patch: { roles?: Role[]; disabled?: boolean; displayName?: string; personId?: string | null },
): Promise<PublicUser> {
  authorize(actor, 'users.manage');
  const u = await loadManaged(env, actor, id);
  if (u.id === actor.userId && (patch.disabled || patch.roles)) throw forbidden('You cannot change your own roles or disable yourself.');
  if (patch.roles) checkRoles(actor, patch.roles, u.forceId);
  // A force administrator must not edit (and so take over) a user holding roles they could not grant.
  checkRoles(actor, u.roles, u.forceId);
  if (patch.personId && (u.forceId === null || !(await env.store.people.get(u.forceId, patch.personId)))) throw invalid('The person is not in this force.');
  await env.store.transaction(async (tx) => {
    await tx.users.update(id, { ...patch, roles: patch.roles && [...new Set(patch.roles)] });
    if (patch.disabled || patch.roles) await tx.sessions.deleteForUser(id);
    await audit(tx, env, actor, u.forceId, 'user.update', { type: 'user', id }, { roles: patch.roles ?? null, disabled: patch.disabled ?? null });
  });
  // After the commit, so a request racing the change cannot re-cache the old roles.
  principals.forgetUser(id);
  return publicUser((await env.store.users.get(id)) as User);
}

/** Users of the actor's force (all users for system administrators). */
export async function listUsers(env: Env, actor: Actor, page: PageRequest): Promise<Page<PublicUser>> {
  authorize(actor, 'users.read');
  const forceId = actor.roles.includes('system_admin') ? null : actor.forceId;
  if (forceId === null && !actor.roles.includes('system_admin')) throw forbidden();
  const p = await env.store.users.list(forceId, page);
  return { items: p.items.map(publicUser), nextCursor: p.nextCursor };
}
