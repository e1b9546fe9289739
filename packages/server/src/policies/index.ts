/**
 * The one authorization layer. Routes call `authorize` before anything else;
 * the domain calls the reach checks on the records it loads. Records of
 * another force are reported as not found, so their existence never leaks.
 */
import { DomainError, forbidden, notFound } from '../domain/errors.js';
import type { Person, Role, TokenScope } from '../domain/model.js';
import { ROLE_ACTIONS, SCOPE_ACTIONS, type Action } from './actions.js';

export { ACTIONS, ROLE_ACTIONS, SCOPE_ACTIONS, SYSTEM_ROLES, CROSS_FORCE_ROLES, type Action } from './actions.js';

/** Who is acting. */
export interface Actor {
  /** Null for the system itself (sweeps, migrations, demo loader). */
  userId: string | null;
  forceId: string | null;
  personId: string | null;
  /** The acting person's team, for supervisors. */
  team: string | null;
  roles: Role[];
  /** Set when acting through an API token: the token's scopes. */
  scopes: TokenScope[] | null;
}

/** The system acting on its own behalf (never reachable from HTTP). */
export const SYSTEM_ACTOR: Actor = { userId: null, forceId: null, personId: null, team: null, roles: ['system_admin'], scopes: null };

/** How far an action reaches for this actor. */
export type Reach = 'none' | 'own' | 'team' | 'force';

const ROLE_REACH: Readonly<Record<Role, Reach>> = {
  officer: 'own', supervisor: 'team', digital_desk: 'force', professional_standards: 'force',
  force_admin: 'force', inspector: 'none', system_admin: 'none',
};
const REACH_ORDER: readonly Reach[] = ['none', 'own', 'team', 'force'];

/** True when any of the actor's roles (and its token scopes, if any) permit the action. */
export function can(actor: Actor, action: Action): boolean {
  if (actor.scopes !== null && !actor.scopes.some((s) => SCOPE_ACTIONS[s].includes(action))) return false;
  return actor.roles.some((r) => ROLE_ACTIONS[r].includes(action));
}

/** Throw 403 unless the actor may attempt the action. */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw forbidden();
}

/** The widest reach any of the actor's roles gives for the action. */
export function reach(actor: Actor, action: Action): Reach {
  let best: Reach = 'none';
  for (const r of actor.roles) {
    if (!ROLE_ACTIONS[r].includes(action)) continue;
    const rr = ROLE_REACH[r];
    if (REACH_ORDER.indexOf(rr) > REACH_ORDER.indexOf(best)) best = rr;
  }
  return can(actor, action) ? best : 'none';
}

/** The actor's force; 403 for cross-force users on force-scoped routes. */
export function actorForce(actor: Actor): string {
  if (actor.forceId === null) throw forbidden('This needs a user who belongs to a force.');
  return actor.forceId;
}

/** The actor's person record id; 403 for users not linked to a person. */
export function actorPerson(actor: Actor): string {
  if (actor.personId === null) throw forbidden('Your user is not linked to a person record.');
  return actor.personId;
}

/** Tenant isolation: records of another force are "not found". */
export function sameForce(actor: Actor, forceId: string, what: string): void {
  if (actor.forceId !== forceId) throw notFound(what);
}

/** Is `person` within the actor's team (themselves, someone they supervise, or their team)? */
export function inTeam(actor: Actor, person: Pick<Person, 'id' | 'supervisorId' | 'team'>): boolean {
  if (actor.personId !== null && (person.id === actor.personId || person.supervisorId === actor.personId)) return true;
  return actor.team !== null && person.team === actor.team;
}

/** May the actor perform `action` on something that belongs to `person`? */
export function reachesPerson(actor: Actor, action: Action, person: Pick<Person, 'id' | 'supervisorId' | 'team' | 'forceId'>): boolean {
  if (person.forceId !== actor.forceId) return false;
  switch (reach(actor, action)) {
    case 'force': return true;
    case 'team': return inTeam(actor, person);
    case 'own': return person.id === actor.personId;
    default: return false;
  }
}

/** What the actor knows about an account, for reach decisions. */
export interface AccountReachFacts {
  forceId: string;
  team: string | null;
  /** Whether the actor is one of its operators. */
  isOperator: boolean;
}

/** May the actor perform `action` on an account (or something published from it)? */
export function reachesAccount(actor: Actor, action: Action, a: AccountReachFacts): boolean {
  if (a.forceId !== actor.forceId) return false;
  switch (reach(actor, action)) {
    case 'force': return true;
    case 'team': return a.isOperator || (actor.team !== null && a.team === actor.team);
    case 'own': return a.isOperator;
    default: return false;
  }
}

/** Throw 404 (other force) or 403 (same force, out of reach). */
export function requireReach(ok: boolean, actor: Actor, forceId: string, what: string): void {
  if (ok) return;
  sameForce(actor, forceId, what);
  throw forbidden();
}

/** Case notes: professional standards only, whatever other roles the user holds. */
export function canReadCaseNotes(actor: Actor): boolean {
  return can(actor, 'cases.notes');
}

/** Nobody decides on their own draft. */
export function assertNotAuthor(actor: Actor, draft: { authorPersonId: string; authorUserId: string }): void {
  if (draft.authorUserId === actor.userId || (actor.personId !== null && draft.authorPersonId === actor.personId)) {
    throw new DomainError('forbidden', 'Nobody approves their own draft: ask a supervisor or the digital desk.');
  }
}

/** Roles the actor may grant to others. */
export function grantableRoles(actor: Actor): Role[] {
  if (actor.roles.includes('system_admin')) return [...Object.keys(ROLE_ACTIONS)] as Role[];
  if (actor.roles.includes('force_admin')) return ['officer', 'supervisor', 'digital_desk', 'professional_standards', 'force_admin'];
  return [];
}
