/**
 * The demo loader: one fictional force ("Wessex Vale Police") with people,
 * trained operators, 45 accredited officer accounts on several platforms,
 * some suspended pending training and some closed with reasons, drafts
 * waiting for approval, published posts with findings, reviews and cases.
 * It goes through the domain functions, so the audit chain records it all.
 */
import { hashPassword } from '../auth/passwords.js';
import { applyForAccount, setOperator, transitionAccount } from '../domain/accounts.js';
import { closeCase, openCase } from '../domain/cases.js';
import { PolicyCache } from '../domain/checker.js';
import { isoDate, type Env } from '../domain/context.js';
import { createDraft, decideDraft, publishDraft } from '../domain/drafts.js';
import { createForce } from '../domain/forces.js';
import type { Account, ClosureCategory, Person, Role } from '../domain/model.js';
import { createPerson, recordTraining } from '../domain/people.js';
import { recordPost, reviewFinding } from '../domain/posts.js';
import { runSweeps } from '../domain/tasks.js';
import { createUser } from '../domain/users.js';
import { SYSTEM_ACTOR, type Actor } from '../policies/index.js';
import type { Store } from '../storage/store.js';
import { CLEAN_POSTS, OFFICER_PLATFORMS, RISKY_POSTS, seeded, syntheticNames, TEAMS } from './data.js';

/** The demo force's code. */
export const DEMO_FORCE_CODE = 'wvp';
const DAY = 24 * 3600_000;

/** What was loaded (counts only) and how to sign in. */
export interface DemoResult {
  loaded: boolean;
  forceId: string;
  logins: Array<{ email: string; roles: Role[] }>;
  counts: Record<string, number>;
}

/** Load the demo force unless it is there already. `password` is given to every demo user. */
export async function loadDemo(store: Store, opts: { password: string; now?: Date }): Promise<DemoResult> {
  const existing = await store.forces.getByCode(DEMO_FORCE_CODE);
  if (existing) return { loaded: false, forceId: existing.id, logins: [], counts: {} };
  const today = opts.now ?? new Date();
  let clock = new Date(today.getTime() - 200 * DAY);
  const env: Env = { store, now: () => clock, policies: new PolicyCache(store), approvalTtlMs: 7 * DAY };
  const at = (daysAgo: number) => { clock = new Date(today.getTime() - daysAgo * DAY); };
  const rand = seeded(4512);

  const force = await createForce(env, SYSTEM_ACTOR, { code: DEMO_FORCE_CODE, name: 'Wessex Vale Police' });
  const boot: Actor = { userId: null, forceId: force.id, personId: null, team: null, roles: ['force_admin', 'digital_desk'], scopes: null };
  const names = syntheticNames(60, rand);
  const person = (rank: Person['rank'], team: string | null, supervisorId: string | null = null) =>
    createPerson(env, boot, { name: names.shift() as string, number: String(1000 + 60 - names.length), rank, team, supervisorId });

  const sergeants: Person[] = [];
  for (const t of TEAMS) sergeants.push(await person('Sgt', t));
  const officers: Person[] = [];
  for (let i = 0; i < 47; i++) {
    const rank = (['PC', 'PC', 'PC', 'PCSO', 'Special'] as const)[i % 5];
    officers.push(await person(rank, TEAMS[i % TEAMS.length], sergeants[i % TEAMS.length].id));
  }
  const desk = [await person('staff', 'Digital Desk'), await person('staff', 'Digital Desk')];
  const standards = await person('DI', 'Professional Standards');
  const admin = await person('staff', null);

  // Training: everyone trained 190 days ago for a year; five officers' training ran out last month.
  const lapsed = new Set(officers.slice(0, 5).map((p) => p.id));
  at(190);
  for (const p of [...sergeants, ...officers, ...desk]) {
    const expires = lapsed.has(p.id) ? isoDate(new Date(today.getTime() - 20 * DAY)) : isoDate(new Date(today.getTime() + 175 * DAY));
    await recordTraining(env, boot, { personId: p.id, course: 'Social media for officers (College of Policing)', completedOn: isoDate(clock), expiresOn: expires });
  }

  // Accounts: 45 officer accounts accredited 180 days ago, plus the force and team accounts.
  at(180);
  const accounts: Account[] = [];
  for (let i = 0; i < 45; i++) {
    const o = officers[i];
    const platform = OFFICER_PLATFORMS[i % OFFICER_PLATFORMS.length];
    const handle = `@${o.rank}${o.name.replace(/[^A-Za-z]/g, '')}WVP`.slice(0, 30);
    const acc = await applyForAccount(env, boot, { platform, handle, kind: 'individual', team: o.team, trustTier: i % 3 === 0 ? 'pre_approval' : 'monitored', operatorPersonIds: [o.id] });
    accounts.push(await transitionAccount(env, boot, acc.id, { to: 'accredited' }));
  }
  const forceAcc = await applyForAccount(env, boot, { platform: 'x', handle: '@WessexValePolice', kind: 'force', trustTier: 'pre_approval', operatorPersonIds: desk.map((d) => d.id) });
  await transitionAccount(env, boot, forceAcc.id, { to: 'accredited' });
  for (const [i, t] of TEAMS.entries()) {
    const acc = await applyForAccount(env, boot, { platform: i % 2 ? 'facebook' : 'x', handle: `@WVP${t.replace(/\s/g, '')}`, kind: 'team', team: t, trustTier: 'monitored', operatorPersonIds: [sergeants[i].id, officers[10 + i].id] });
    await transitionAccount(env, boot, acc.id, { to: 'accredited' });
  }
  // One application still waiting for accreditation.
  await applyForAccount(env, boot, { platform: 'youtube', handle: '@WessexValePoliceVideo', kind: 'force', operatorPersonIds: [desk[0].id] });

  // Users, one per role, all with the demo password.
  const passwordHash = await hashPassword(opts.password);
  const logins: DemoResult['logins'] = [];
  const user = async (email: string, roles: Role[], p: Person | null, forceId: string | null = force.id): Promise<Actor> => {
    const u = await createUser(env, { ...SYSTEM_ACTOR, userId: null }, { email, displayName: p?.name ?? email, roles, personId: p?.id ?? null, forceId });
    await store.users.update(u.id, { passwordHash });
    logins.push({ email, roles });
    return { userId: u.id, forceId, personId: p?.id ?? null, team: p?.team ?? null, roles, scopes: null };
  };
  const officerActor = await user('officer@wessexvale.example', ['officer'], officers[20]);
  const sergeantActor = await user('sergeant@wessexvale.example', ['officer', 'supervisor'], sergeants[0]);
  const deskActor = await user('desk@wessexvale.example', ['officer', 'digital_desk'], desk[0]);
  const psActor = await user('standards@wessexvale.example', ['professional_standards'], standards);
  await user('admin@wessexvale.example', ['force_admin'], admin);
  await user('inspector@peel.example', ['inspector'], null, null);
  await user('sysadmin@peel.example', ['system_admin'], null, null);
  const actorOf = async (p: Person): Promise<Actor> => ({ userId: officerActor.userId, forceId: force.id, personId: p.id, team: p.team, roles: ['officer'], scopes: null });

  // Published posts over the last weeks; a few risky ones, recorded from the accounts.
  let posts = 0;
  const risky: Array<{ id: string; rule: string }> = [];
  for (let i = 0; i < 40; i++) {
    at(60 - i);
    const acc = accounts[(i * 7) % accounts.length];
    const text = i % 9 === 4 ? RISKY_POSTS[((i / 9) | 0) % RISKY_POSTS.length] : CLEAN_POSTS[i % CLEAN_POSTS.length];
    const r = await recordPost(env, boot, { accountId: acc.id, text, publishedAt: clock.toISOString(), source: 'imported' });
    posts++;
    risky.push(...r.findings.map((f) => ({ id: f.id, rule: f.rule })));
  }
  // Lapsed training: their accounts are suspended pending training.
  at(18);
  for (const acc of accounts.slice(0, 5)) {
    await transitionAccount(env, deskActor, acc.id, { to: 'suspended', reason: 'Social media training has expired.', conditions: ['training'] });
  }
  // Closed accounts, each with its reason.
  const closures: Array<[number, ClosureCategory, string]> = [
    [40, 'leaver', 'Officer left the force.'], [41, 'inactivity', 'No posts for over a year.'],
    [42, 'consolidation', 'Merged into the team account.'], [43, 'data_protection', 'Closed after an inspection found personal data in posts.'],
  ];
  at(16);
  for (const [i, category, reason] of closures) await transitionAccount(env, deskActor, accounts[i].id, { to: 'closed', reasonCategory: category, reason });

  // Reviews: the desk confirms some findings and dismisses one as a false alarm.
  at(12);
  const p4 = risky.find((f) => f.rule === 'P4');
  const p6 = risky.find((f) => f.rule === 'P6');
  if (p4) await reviewFinding(env, deskActor, p4.id, { outcome: 'confirm', note: 'Named before charge.' });
  if (p6) await reviewFinding(env, deskActor, p6.id, { outcome: 'dismiss', reason: 'allowed_by_policy', note: 'The number is a partner charity helpline.' });
  const unreviewed = risky.filter((f) => f !== p4 && f !== p6).map((f) => f.id);

  // Cases: one closed with advice, one suspending an account pending training, one open.
  at(8);
  const c1 = await openCase(env, psActor, { subjectAccountId: accounts[2].id, summary: 'Named a member of the public who reported a crime.', findingIds: unreviewed.slice(0, 1) });
  await closeCase(env, psActor, c1.id, { outcome: 'advice', reason: 'First time; officer has read the guidance again.' });
  const c2 = await openCase(env, psActor, { subjectAccountId: accounts[5].id, summary: 'Named a suspect before charge.', findingIds: unreviewed.slice(1, 2) });
  await closeCase(env, psActor, c2.id, { outcome: 'account_suspended_pending_training' });
  await openCase(env, psActor, { subjectPersonId: officers[9].id, summary: 'Address of a witness in a post.', findingIds: unreviewed.slice(2, 3) });

  // Drafts: some waiting for a supervisor, some auto-approved and published.
  at(1);
  let drafts = 0;
  for (let i = 0; i < 12; i++) {
    const acc = accounts[6 + i];
    const author = officers[6 + i];
    const text = i % 3 === 0 ? RISKY_POSTS[i % 2] : CLEAN_POSTS[(i + 3) % CLEAN_POSTS.length];
    const d = await createDraft(env, await actorOf(author), { accountId: acc.id, text });
    drafts++;
    if (d.status === 'approved' && i % 2 === 0) await publishDraft(env, { ...(await actorOf(author)), userId: d.authorUserId }, d.id, { expectedVersion: d.version });
  }
  const own = await createDraft(env, officerActor, { accountId: accounts[20].id, text: CLEAN_POSTS[1] });
  if (own.status === 'pending') await decideDraft(env, sergeantActor, own.id, { decision: 'approve', note: 'Looks good.', expectedVersion: own.version });
  clock = today;
  await runSweeps(env);
  return { loaded: true, forceId: force.id, logins, counts: { people: 60, accounts: 51, posts, drafts: drafts + 1, cases: 3 } };
}
