/**
 * Demo-like data for report tests: three fictional forces (one large, one
 * middling, one tiny so that small-count suppression is exercised) with
 * people, training, accounts through their whole lifecycle, drafts, posts,
 * findings under review and closed cases, spread over 2024–2025 with a
 * seeded generator so every run sees the same world. Written straight
 * through the repositories, so dates are exactly as chosen.
 *
 * Personal data and free text are deliberately distinctive (`Zed…` names,
 * `SECRET-…` reasons) so leak tests can look for them in any output.
 */
import type { Report } from '@peel/engine';
import { newId } from '../domain/context.js';
import type { AccountStatus, CaseOutcome, ClosureCategory, FindingStatus, Platform, StoredFinding } from '../domain/model.js';
import type { Store } from '../storage/store.js';

/** What the tests need to know about the world. */
export interface ReportFixture {
  forces: Array<{ id: string; code: string; name: string }>;
  /** Every person name, collar number and free-text reason written (must never appear in reports or the register). */
  secrets: string[];
  /** Handles by current status, to check the public register. */
  handles: Record<AccountStatus, string[]>;
}

/** A small deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS: Platform[] = ['x', 'x', 'facebook', 'facebook', 'instagram', 'bluesky', 'nextdoor', 'tiktok'];
const RULES = ['P6', 'P6', 'L2', 'S1', 'S2', 'O4', 'N1', 'S6', 'P4', 'O2'];
const VERDICTS = ['pass', 'pass', 'pass', 'pass', 'advise', 'review', 'block'] as const;
const OUTCOMES: CaseOutcome[] = ['advice', 'advice', 'reflective_practice', 'refresher_training', 'no_further_action',
  'account_suspended_pending_training', 'referred_to_professional_standards'];
const CLOSURES: ClosureCategory[] = ['leaver', 'inactivity', 'consolidation', 'political', 'hindering_investigation', 'data_protection'];

const DAY = 86_400_000;
const T0 = Date.parse('2024-01-01T00:00:00.000Z');
const iso = (t: number): string => new Date(t).toISOString();

const fakeReport = (verdict: string): Report => ({ verdict, findings: [] }) as unknown as Report;

async function seedForce(store: Store, rnd: () => number, code: string, name: string, size: number, out: ReportFixture): Promise<void> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const forceId = newId();
  await store.forces.create({ id: forceId, code, name, oidc: null, createdAt: iso(T0) });
  out.forces.push({ id: forceId, code, name });
  const teams = ['North Neighbourhood', 'South Neighbourhood', 'Roads Policing', 'Rural Crime'].slice(0, Math.max(1, Math.ceil(size / 12)));
  const people: Array<{ id: string; team: string }> = [];
  for (let i = 0; i < Math.ceil(size * 0.8); i++) {
    const person = { id: newId(), team: pick(teams) };
    const pname = `Zed ${code.toUpperCase()} Officer${i}`;
    const number = `${code.toUpperCase()}${9000 + i}`;
    out.secrets.push(pname, number);
    await store.people.create({ id: person.id, forceId, name: pname, number, rank: 'PC', team: person.team, supervisorId: null, createdAt: iso(T0), updatedAt: iso(T0) });
    people.push(person);
    const r = rnd();
    if (r < 0.85) {
      // Trained at some point in 2024 for a year: some lapse during 2025.
      const done = T0 + Math.floor(rnd() * 360) * DAY;
      await store.training.add({ id: newId(), forceId, personId: person.id, course: 'Social media', completedOn: iso(done).slice(0, 10), expiresOn: iso(done + 365 * DAY).slice(0, 10), recordedBy: null, createdAt: iso(done) });
    }
  }
  const userId = newId();
  await store.users.create({ id: userId, forceId, personId: people[0].id, email: `${code}@example.test`, displayName: `Zed ${code} user`, passwordHash: null, roles: ['officer'], failedLogins: 0, lockedUntil: null, disabled: false, oidcIssuer: null, oidcSubject: null, createdAt: iso(T0) });

  for (let i = 0; i < size; i++) {
    const id = newId();
    const created = T0 + Math.floor(rnd() * 300) * DAY;
    const kind = i === 0 ? 'force' : i % 7 === 0 ? 'team' : 'individual';
    const handle = `@${code}_account_${i}`;
    const team = kind === 'force' ? null : pick(teams);
    await store.accounts.create({ id, forceId, platform: pick(PLATFORMS), handle, url: `https://example.test/${code}/${i}`, kind, trustTier: 'pre_approval', status: 'applied', team, version: 1, createdAt: iso(created), updatedAt: iso(created) });
    const operator = pick(people);
    await store.accounts.addOperator({ accountId: id, personId: operator.id, forceId, addedBy: null, addedAt: iso(created) });
    let status = 'applied' as AccountStatus;
    let t = created;
    const step = async (to: AccountStatus, extra: { reasonCategory?: ClosureCategory; reason?: string; conditions?: Array<'training' | 'supervisor_review'> } = {}): Promise<void> => {
      t += (5 + Math.floor(rnd() * 120)) * DAY;
      if (extra.reason) out.secrets.push(extra.reason);
      await store.accounts.addEvent({ id: newId(), accountId: id, forceId, fromStatus: status, toStatus: to, reasonCategory: extra.reasonCategory ?? null, reason: extra.reason ?? null, conditions: extra.conditions ?? [], actorId: null, at: iso(t) });
      status = to;
    };
    await store.accounts.addEvent({ id: newId(), accountId: id, forceId, fromStatus: null, toStatus: 'applied', reasonCategory: null, reason: null, conditions: [], actorId: null, at: iso(created) });
    if (rnd() < 0.9) await step('accredited');
    if (status === 'accredited' && rnd() < 0.25) await step('suspended', { reason: `SECRET-suspension-${code}-${i}`, conditions: rnd() < 0.7 ? ['training'] : ['training', 'supervisor_review'] });
    if (status === 'suspended' && rnd() < 0.5) await step('reinstated');
    if (rnd() < 0.15) await step('closed', { reasonCategory: pick(CLOSURES), reason: `SECRET-closure-${code}-${i}` });
    await store.accounts.setStatus(forceId, id, 1, status, iso(t));
    out.handles[status].push(handle);
    await seedContent(store, rnd, { forceId, accountId: id, userId, personId: operator.id, from: created, code, i });
  }
}

async function seedContent(store: Store, rnd: () => number, a: { forceId: string; accountId: string; userId: string; personId: string; from: number; code: string; i: number }): Promise<void> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const posts = Math.floor(rnd() * 14);
  for (let p = 0; p < posts; p++) {
    const published = a.from + Math.floor(rnd() * (Date.parse('2025-07-01') - a.from));
    const verdict = pick(VERDICTS);
    const postId = newId();
    await store.posts.create({ id: postId, forceId: a.forceId, accountId: a.accountId, draftId: null, text: `SECRET post text ${a.code} ${a.i} ${p}`, source: 'entered', externalUrl: null, publishedAt: iso(published), verdict: verdict as 'pass', report: fakeReport(verdict), engineVersion: 'test', policyVersion: 'test', createdBy: a.userId, createdAt: iso(published) });
    const nf = verdict === 'pass' ? 0 : 1 + Math.floor(rnd() * 2);
    const findings: StoredFinding[] = [];
    for (let k = 0; k < nf; k++) {
      const r = rnd();
      const status: FindingStatus = r < 0.3 ? 'open' : r < 0.75 ? 'confirmed' : 'dismissed';
      const created = published + 60_000;
      const reviewed = status === 'open' ? null : iso(created + Math.floor(rnd() * 96) * 3_600_000);
      findings.push({ id: newId(), forceId: a.forceId, postId, rule: pick(RULES), severity: 'review', messageId: 'm', message: 'A finding.', confidence: 1, ranges: [], status, reviewReason: status === 'dismissed' ? 'false_alarm: SECRET-note' : null, reviewedBy: reviewed ? a.userId : null, reviewedAt: reviewed, caseId: null, createdAt: iso(created) });
    }
    await store.findings.createMany(findings);
    if (findings.some((f) => f.status === 'confirmed') && rnd() < 0.5) {
      const opened = published + 2 * DAY;
      const closed = rnd() < 0.85;
      await store.cases.create({ id: newId(), forceId: a.forceId, subjectPersonId: a.personId, subjectAccountId: a.accountId, summary: 'SECRET case summary', status: closed ? 'closed' : 'open', outcome: closed ? pick(OUTCOMES) : null, openedBy: null, openedAt: iso(opened), closedBy: null, closedAt: closed ? iso(opened + Math.floor(1 + rnd() * 40) * DAY) : null });
    }
  }
  const drafts = Math.floor(rnd() * 6);
  for (let d = 0; d < drafts; d++) {
    const at = iso(a.from + Math.floor(rnd() * (Date.parse('2025-07-01') - a.from)));
    const verdict = pick(VERDICTS);
    await store.drafts.create({ id: newId(), forceId: a.forceId, accountId: a.accountId, authorPersonId: a.personId, authorUserId: a.userId, text: 'SECRET draft', status: 'pending', verdict: verdict as 'pass', report: fakeReport(verdict), engineVersion: 'test', policyVersion: 'test', autoApproved: false, decidedBy: null, decidedAt: null, decisionNote: null, approvalExpiresAt: null, postId: null, version: 1, createdAt: at, updatedAt: at });
  }
}

/** Seed the three forces into an empty store. */
export async function seedReportFixture(store: Store, seed = 7): Promise<ReportFixture> {
  const rnd = seeded(seed);
  const out: ReportFixture = { forces: [], secrets: [], handles: { applied: [], accredited: [], suspended: [], reinstated: [], closed: [] } };
  await seedForce(store, rnd, 'nsh', 'Northshire Police', 48, out);
  await seedForce(store, rnd, 'wmc', 'Westmere Constabulary', 24, out);
  await seedForce(store, rnd, 'sip', 'Small Isle Police', 6, out);
  return out;
}
