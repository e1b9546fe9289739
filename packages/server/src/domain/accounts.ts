/** The register of accounts: applications, lifecycle, operators. */
import {
  actorForce, actorPerson, authorize, can, reach, reachesAccount, requireReach, type Actor,
} from '../policies/index.js';
import { isUniqueViolation } from '../storage/index.js';
import type { Repos } from '../storage/store.js';
import { audit, isoDate, newId, type Env } from './context.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import { needsCurrentTraining, transitionProblem, type TransitionRequest } from './lifecycle.js';
import type {
  Account, AccountEvent, AccountKind, AccountOperator, AccountStatus, Page, PageRequest, Platform, TrustTier,
} from './model.js';

/** An application for a new account. */
export interface AccountInput {
  platform: Platform;
  handle: string;
  url?: string | null;
  kind: AccountKind;
  trustTier?: TrustTier;
  team?: string | null;
  operatorPersonIds?: string[];
}

/** Apply for an account. Officers may apply only for their own individual account. */
export async function applyForAccount(env: Env, actor: Actor, input: AccountInput): Promise<Account> {
  authorize(actor, 'accounts.apply');
  const forceId = actorForce(actor);
  const manager = can(actor, 'accounts.manage');
  let operators = input.operatorPersonIds ?? [];
  if (!manager) {
    const me = actorPerson(actor);
    if (input.kind !== 'individual') throw forbidden('Only the digital desk can apply for force and team accounts.');
    operators = [me];
  }
  for (const pid of operators) {
    if (!(await env.store.people.get(forceId, pid))) throw invalid('Every operator must be a person in this force.');
  }
  const now = env.now().toISOString();
  const account: Account = {
    id: newId(), forceId, platform: input.platform, handle: input.handle, url: input.url ?? null, kind: input.kind,
    // New accounts start under pre-approval; the digital desk can choose monitoring when it accredits.
    trustTier: manager ? input.trustTier ?? 'pre_approval' : 'pre_approval', status: 'applied', team: input.team ?? null,
    version: 1, createdAt: now, updatedAt: now,
  };
  try {
    await env.store.transaction(async (tx) => {
      await tx.accounts.create(account);
      await tx.accounts.addEvent({ id: newId(), accountId: account.id, forceId, fromStatus: null, toStatus: 'applied', reasonCategory: null, reason: null, conditions: [], actorId: actor.userId, at: now });
      for (const personId of new Set(operators)) {
        await tx.accounts.addOperator({ accountId: account.id, personId, forceId, addedBy: actor.userId, addedAt: now });
      }
      await audit(tx, env, actor, forceId, 'account.apply', { type: 'account', id: account.id }, { platform: account.platform, kind: account.kind, operators: [...new Set(operators)].sort() });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('This force already has that handle on that platform.');
    throw e;
  }
  return account;
}

async function loadInReach(env: Env, actor: Actor, id: string, action: 'accounts.read' | 'accounts.manage'): Promise<Account> {
  const forceId = actorForce(actor);
  const a = await env.store.accounts.get(forceId, id);
  if (!a) throw notFound('Account');
  const isOperator = actor.personId !== null && (await env.store.accounts.isOperator(forceId, id, actor.personId));
  requireReach(reachesAccount(actor, action, { forceId: a.forceId, team: a.team, isOperator }), actor, a.forceId, 'Account');
  return a;
}

/** One account with its operators and history. */
export async function getAccount(env: Env, actor: Actor, id: string): Promise<{ account: Account; operators: AccountOperator[]; events: AccountEvent[] }> {
  authorize(actor, 'accounts.read');
  const account = await loadInReach(env, actor, id, 'accounts.read');
  const [operators, events] = await Promise.all([
    env.store.accounts.operators(account.forceId, id), env.store.accounts.events(account.forceId, id),
  ]);
  return { account, operators, events };
}

/** Accounts within reach. */
export async function listAccounts(env: Env, actor: Actor, page: PageRequest, filter: { status?: AccountStatus } = {}): Promise<Page<Account>> {
  authorize(actor, 'accounts.read');
  const forceId = actorForce(actor);
  const r = reach(actor, 'accounts.read');
  if (r === 'force') return env.store.accounts.list(forceId, page, filter);
  if (r === 'team' && actor.team !== null) return env.store.accounts.list(forceId, page, { ...filter, team: actor.team });
  return env.store.accounts.list(forceId, page, { ...filter, operatorPersonId: actorPerson(actor) });
}

/** Move an account along its lifecycle, recording who, when and why. */
export async function transitionAccount(
  env: Env, actor: Actor, id: string, req: TransitionRequest & { expectedVersion?: number },
): Promise<Account> {
  authorize(actor, 'accounts.manage');
  const a = await loadInReach(env, actor, id, 'accounts.manage');
  await applyTransition(env, actor, a, req);
  return (await env.store.accounts.get(a.forceId, id)) as Account;
}

/**
 * Validate and apply one transition (also used by case outcomes). The status
 * changes only if the account is still at the version read, so two managers
 * acting at once cannot both apply conflicting steps.
 */
export async function applyTransition(
  env: Env, actor: Actor, a: Account, req: TransitionRequest & { expectedVersion?: number }, tx?: Repos,
): Promise<void> {
  if (!tx) return env.store.transaction((t) => applyTransition(env, actor, a, req, t));
  if (req.expectedVersion !== undefined && req.expectedVersion !== a.version) {
    throw conflict('The account was changed by someone else; reload it and try again.', { currentVersion: a.version });
  }
  const problem = transitionProblem(a.status, req);
  if (problem) throw invalid(problem);
  const events = await tx.accounts.events(a.forceId, a.id);
  const lastSuspension = [...events].reverse().find((e) => e.toStatus === 'suspended');
  if (needsCurrentTraining(a.status, req, lastSuspension?.conditions ?? [])) {
    const ops = await tx.accounts.operators(a.forceId, a.id);
    if (ops.length === 0) throw invalid('An account needs at least one operator before it can be accredited.');
    const today = isoDate(env.now());
    const untrained: string[] = [];
    for (const op of ops) if (!(await tx.training.hasCurrent(a.forceId, op.personId, today))) untrained.push(op.personId);
    if (untrained.length > 0) throw invalid('Every operator needs current training first.', { untrainedPersonIds: untrained });
  }
  const now = env.now().toISOString();
  if (!(await tx.accounts.setStatus(a.forceId, a.id, a.version, req.to, now))) {
    throw conflict('The account was changed by someone else; reload it and try again.');
  }
  await tx.accounts.addEvent({ id: newId(), accountId: a.id, forceId: a.forceId, fromStatus: a.status, toStatus: req.to, reasonCategory: req.reasonCategory ?? null, reason: req.reason ?? null, conditions: req.conditions ?? [], actorId: actor.userId, at: now });
  await audit(tx, env, actor, a.forceId, 'account.transition', { type: 'account', id: a.id }, { from: a.status, to: req.to, reasonCategory: req.reasonCategory ?? null, conditions: req.conditions ?? [] });
}

/** Add or remove an operator. */
export async function setOperator(env: Env, actor: Actor, accountId: string, personId: string, present: boolean): Promise<AccountOperator[]> {
  authorize(actor, 'accounts.manage');
  const a = await loadInReach(env, actor, accountId, 'accounts.manage');
  if (!(await env.store.people.get(a.forceId, personId))) throw notFound('Person');
  await env.store.transaction(async (tx) => {
    const changed = present
      ? await tx.accounts.addOperator({ accountId, personId, forceId: a.forceId, addedBy: actor.userId, addedAt: env.now().toISOString() })
      : await tx.accounts.removeOperator(a.forceId, accountId, personId);
    if (changed) await audit(tx, env, actor, a.forceId, present ? 'account.operator.add' : 'account.operator.remove', { type: 'account', id: accountId }, { personId });
  });
  return env.store.accounts.operators(a.forceId, accountId);
}
