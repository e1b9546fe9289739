/**
 * A small synthetic world for domain and HTTP tests: two forces, a team with
 * a sergeant and constables, the digital desk, professional standards and
 * administrators, accredited accounts with trained operators.
 */
import { SYSTEM_ACTOR, type Actor } from '../policies/index.js';
import type { Store } from '../storage/store.js';
import { applyForAccount, setOperator, transitionAccount } from './accounts.js';
import { PolicyCache } from './checker.js';
import { newId, type Env } from './context.js';
import { createForce } from './forces.js';
import type { Account, Force, Person, Role, User } from './model.js';
import { createPerson, recordTraining } from './people.js';

/** A person with a user, ready to act. */
export interface Member {
  person: Person | null;
  user: User;
  actor: Actor;
}

/** One force's cast. */
export interface ForceCast {
  force: Force;
  officer: Member;
  officer2: Member;
  sergeant: Member;
  otherSergeant: Member;
  desk: Member;
  standards: Member;
  admin: Member;
  /** Pre-approval account operated by `officer`. */
  account: Account;
  /** Monitored account operated by `officer`. */
  monitored: Account;
}

/** The world. */
export interface World {
  env: Env;
  a: ForceCast;
  b: ForceCast;
  inspector: Member;
  sysadmin: Member;
  /** Move the clock. */
  setNow(iso: string): void;
}

let counter = 0;

async function member(env: Env, force: Force | null, roles: Role[], person: Person | null): Promise<Member> {
  const user: User = {
    id: newId(), forceId: force?.id ?? null, personId: person?.id ?? null,
    email: `user${++counter}.${Math.random().toString(36).slice(2, 8)}@example.test`, displayName: `User ${counter}`, passwordHash: null,
    roles, failedLogins: 0, lockedUntil: null, disabled: false, oidcIssuer: null, oidcSubject: null, createdAt: env.now().toISOString(),
  };
  await env.store.users.create(user);
  return { person, user, actor: { userId: user.id, forceId: user.forceId, personId: person?.id ?? null, team: person?.team ?? null, roles, scopes: null } };
}

async function cast(env: Env, code: string): Promise<ForceCast> {
  const force = await createForce(env, SYSTEM_ACTOR, { code, name: `${code.toUpperCase()} Constabulary` });
  const boot: Actor = { userId: null, forceId: force.id, personId: null, team: null, roles: ['force_admin', 'digital_desk'], scopes: null };
  const p = (name: string, number: string, rank: Person['rank'], team: string | null, supervisorId: string | null = null): Promise<Person> =>
    createPerson(env, boot, { name, number, rank, team, supervisorId });
  const sgtP = await p('Sam Sergeant', '2001', 'Sgt', 'north');
  const sgt2P = await p('Olu Other', '2002', 'Sgt', 'south');
  const pcP = await p('Pat Constable', '3001', 'PC', 'north', sgtP.id);
  const pc2P = await p('Kim Constable', '3002', 'PC', 'south', sgt2P.id);
  const deskP = await p('Dee Desk', '4001', 'staff', 'comms');
  const psP = await p('Pru Standards', '5001', 'DI', 'psd');
  const adminP = await p('Ada Admin', '6001', 'staff', null);
  for (const who of [pcP, pc2P, sgtP, deskP]) {
    await recordTraining(env, boot, { personId: who.id, course: 'Social media', completedOn: '2024-06-01', expiresOn: '2026-06-01' });
  }
  const mk = async (handle: string, tier: Account['trustTier']): Promise<Account> => {
    const acc = await applyForAccount(env, boot, { platform: 'x', handle, kind: 'individual', trustTier: tier, team: 'north', operatorPersonIds: [pcP.id] });
    await setOperator(env, boot, acc.id, pcP.id, true);
    return transitionAccount(env, boot, acc.id, { to: 'accredited' });
  };
  return {
    force,
    officer: await member(env, force, ['officer'], pcP),
    officer2: await member(env, force, ['officer'], pc2P),
    sergeant: await member(env, force, ['officer', 'supervisor'], sgtP),
    otherSergeant: await member(env, force, ['officer', 'supervisor'], sgt2P),
    desk: await member(env, force, ['officer', 'digital_desk'], deskP),
    standards: await member(env, force, ['professional_standards'], psP),
    admin: await member(env, force, ['force_admin'], adminP),
    account: await mk(`@${code}_pat`, 'pre_approval'),
    monitored: await mk(`@${code}_pat_live`, 'monitored'),
  };
}

/** Build the world on a fresh store. Time starts at 2025-03-01T09:00Z. */
export async function createWorld(store: Store): Promise<World> {
  let now = new Date('2025-03-01T09:00:00.000Z');
  const env: Env = { store, now: () => now, policies: new PolicyCache(store), approvalTtlMs: 48 * 3600_000 };
  const a = await cast(env, 'aa');
  const b = await cast(env, 'bb');
  return {
    env, a, b,
    inspector: await member(env, null, ['inspector'], null),
    sysadmin: await member(env, null, ['system_admin'], null),
    setNow: (iso) => { now = new Date(iso); },
  };
}
