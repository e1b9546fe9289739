/**
 * The storage contract: one suite, run on SQLite and on PostgreSQL
 * (PEEL_TEST_DATABASE_URL; required when CI=true).
 */
import type { Report } from '@peel/engine';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainVerifier } from '../domain/audit-chain.js';
import type { Account, Draft, StoredFinding } from '../domain/model.js';
import { isUniqueViolation, migrate, type OpenedStore } from './index.js';
import type { Store } from './store.js';
import { testTargets } from './testing.js';

const T0 = '2025-01-01T00:00:00.000Z';
const report: Report = { verdict: 'pass', findings: [], entities: [], tags: [], engineVersion: '0.1.0', policyVersion: 'x' };

async function seedForce(s: Store, id: string, code: string): Promise<void> {
  await s.forces.create({ id, code, name: `Force ${code}`, oidc: null, createdAt: T0 });
  await s.people.create({ id: `${id}-p1`, forceId: id, name: 'Alex Example', number: '1001', rank: 'PC', team: 'north', supervisorId: null, createdAt: T0, updatedAt: T0 });
  await s.users.create({ id: `${id}-u1`, forceId: id, personId: `${id}-p1`, email: `u1@${code}.test`, displayName: 'U1', passwordHash: null, roles: ['officer'], failedLogins: 0, lockedUntil: null, disabled: false, oidcIssuer: null, oidcSubject: null, createdAt: T0 });
}

const account = (forceId: string, id: string, over: Partial<Account> = {}): Account => ({
  id, forceId, platform: 'x', handle: `@${id}`, url: null, kind: 'individual', trustTier: 'pre_approval',
  status: 'applied', team: 'north', version: 1, createdAt: T0, updatedAt: T0, ...over,
});

const draft = (forceId: string, id: string, accountId: string): Draft => ({
  id, forceId, accountId, authorPersonId: `${forceId}-p1`, authorUserId: `${forceId}-u1`, text: "It's O'Brien; DROP TABLE drafts; --",
  status: 'pending', verdict: 'review', report: { ...report, verdict: 'review' }, engineVersion: '0.1.0', policyVersion: 'x',
  autoApproved: false, decidedBy: null, decidedAt: null, decisionNote: null, approvalExpiresAt: null, postId: null,
  version: 1, createdAt: T0, updatedAt: T0,
});

for (const target of testTargets()) {
  describe(`storage contract on ${target.name}`, () => {
    let opened: OpenedStore & { cleanup(): Promise<void> };
    let s: Store;

    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      opened = await target.open();
      s = opened.store;
      await seedForce(s, 'fa', 'aa');
      await seedForce(s, 'fb', 'bb');
    });
    afterAll(async () => { await opened?.cleanup(); });

    it('migrates idempotently', async () => {
      expect(await migrate(opened.handle)).toEqual([]);
    });

    it('stores and reads forces; codes are unique', async () => {
      expect((await s.forces.getByCode('aa'))?.id).toBe('fa');
      expect((await s.forces.list()).map((f) => f.code)).toEqual(['aa', 'bb']);
      const dup = await s.forces.create({ id: 'fx', code: 'aa', name: 'x', oidc: null, createdAt: T0 }).catch((e: unknown) => e);
      expect(isUniqueViolation(dup)).toBe(true);
      await s.forces.setOidc('fa', { issuer: 'https://id.example', clientId: 'c', defaultRoles: ['officer'] });
      expect((await s.forces.get('fa'))?.oidc?.clientId).toBe('c');
    });

    it('keeps policy history; the highest version is current', async () => {
      await s.policies.add({ id: 'pv1', forceId: 'fa', version: 1, document: { id: 'a', version: '1' }, note: null, createdBy: null, createdAt: T0 });
      await s.policies.add({ id: 'pv2', forceId: 'fa', version: 2, document: { id: 'a', version: '2' }, note: 'tighter', createdBy: null, createdAt: T0 });
      expect((await s.policies.current('fa'))?.version).toBe(2);
      expect((await s.policies.current('fb'))).toBeUndefined();
      const h = await s.policies.history('fa', { limit: 1 });
      expect(h.items[0].version).toBe(2);
      const h2 = await s.policies.history('fa', { limit: 1, cursor: h.nextCursor });
      expect(h2.items[0].version).toBe(1);
      expect(h2.nextCursor).toBeNull();
    });

    it('never returns another force\'s rows', async () => {
      expect(await s.people.get('fb', 'fa-p1')).toBeUndefined();
      expect((await s.people.get('fa', 'fa-p1'))?.name).toBe('Alex Example');
      expect((await s.people.list('fb', { limit: 50 })).items.map((p) => p.id)).toEqual(['fb-p1']);
    });

    it('stores SQL metacharacters and script payloads as data', async () => {
      const name = "Robert'); DROP TABLE people;-- <script>alert(1)</script>";
      await s.people.create({ id: 'fa-evil', forceId: 'fa', name, number: "1'2", rank: 'staff', team: null, supervisorId: null, createdAt: T0, updatedAt: T0 });
      expect((await s.people.get('fa', 'fa-evil'))?.name).toBe(name);
    });

    it('counts failed sign-ins and locks at the limit', async () => {
      expect(await s.users.recordFailedLogin('fa-u1', 3, '2099-01-01T00:00:00.000Z')).toBe(1);
      expect(await s.users.recordFailedLogin('fa-u1', 3, '2099-01-01T00:00:00.000Z')).toBe(2);
      expect(await s.users.recordFailedLogin('fa-u1', 3, '2099-01-01T00:00:00.000Z')).toBe(3);
      const u = await s.users.get('fa-u1');
      expect(u?.lockedUntil).toBe('2099-01-01T00:00:00.000Z');
      await s.users.resetFailedLogins('fa-u1');
      expect((await s.users.get('fa-u1'))?.lockedUntil).toBeNull();
      expect(await s.users.anyWithRole('officer')).toBe(true);
      expect(await s.users.anyWithRole('system_admin')).toBe(false);
      expect((await s.users.getByEmail('U1@AA.TEST'))?.id).toBe('fa-u1');
    });

    it('consumes a one-time token exactly once, even concurrently', async () => {
      await s.oneTimeTokens.create({ id: 'ott1', purpose: 'setup', data: { a: 1 }, createdAt: T0, expiresAt: '2099-01-01T00:00:00.000Z', usedAt: null });
      const got = await Promise.all([1, 2, 3].map(() => s.oneTimeTokens.consume('ott1', 'setup', T0)));
      expect(got.filter(Boolean)).toHaveLength(1);
      await s.oneTimeTokens.create({ id: 'ott2', purpose: 'setup', data: null, createdAt: T0, expiresAt: T0, usedAt: null });
      expect(await s.oneTimeTokens.consume('ott2', 'setup', T0)).toBeUndefined();
    });

    it('sessions and API tokens', async () => {
      await s.sessions.create({ id: 'sess1', userId: 'fa-u1', csrfToken: 'c', createdAt: T0, expiresAt: '2025-01-02T00:00:00.000Z' });
      expect((await s.sessions.get('sess1'))?.csrfToken).toBe('c');
      expect(await s.sessions.deleteExpired('2025-01-03T00:00:00.000Z')).toBe(1);
      await s.apiTokens.create({ id: 'tok1', userId: 'fa-u1', name: 'n', secretHash: 'h', scopes: ['check'], createdAt: T0, expiresAt: null, lastUsedAt: null, revokedAt: null });
      expect(await s.apiTokens.revoke('tok1', T0)).toBe(true);
      expect(await s.apiTokens.revoke('tok1', T0)).toBe(false);
    });

    it('changes account status only at the expected version', async () => {
      await s.accounts.create(account('fa', 'acc1'));
      expect(await s.accounts.setStatus('fa', 'acc1', 1, 'accredited', T0)).toBe(true);
      expect(await s.accounts.setStatus('fa', 'acc1', 1, 'suspended', T0)).toBe(false);
      expect(await s.accounts.setStatus('fb', 'acc1', 2, 'suspended', T0)).toBe(false);
      const a = await s.accounts.get('fa', 'acc1');
      expect([a?.status, a?.version]).toEqual(['accredited', 2]);
      await s.accounts.addEvent({ id: 'ev1', accountId: 'acc1', forceId: 'fa', fromStatus: 'applied', toStatus: 'accredited', reasonCategory: null, reason: null, conditions: ['training'], actorId: 'fa-u1', at: T0 });
      expect((await s.accounts.events('fa', 'acc1'))[0].conditions).toEqual(['training']);
      expect(await s.accounts.countByStatus('fa')).toEqual({ accredited: 1 });
    });

    it('manages operators', async () => {
      const op = { accountId: 'acc1', personId: 'fa-p1', forceId: 'fa', addedBy: null, addedAt: T0 };
      expect(await s.accounts.addOperator(op)).toBe(true);
      expect(await s.accounts.addOperator(op)).toBe(false);
      expect(await s.accounts.isOperator('fa', 'acc1', 'fa-p1')).toBe(true);
      expect((await s.accounts.list('fa', { limit: 10 }, { operatorPersonId: 'fa-p1' })).items.map((a) => a.id)).toEqual(['acc1']);
      expect((await s.accounts.list('fa', { limit: 10 }, { operatorPersonId: 'fa-evil' })).items).toEqual([]);
    });

    it('knows current and lapsed training', async () => {
      await s.training.add({ id: 'tr1', forceId: 'fa', personId: 'fa-p1', course: 'Social media', completedOn: '2024-01-01', expiresOn: '2025-01-01', recordedBy: null, createdAt: T0 });
      expect(await s.training.hasCurrent('fa', 'fa-p1', '2024-06-01')).toBe(true);
      expect(await s.training.hasCurrent('fa', 'fa-p1', '2025-02-01')).toBe(false);
      expect(await s.training.lapsed('2025-02-01')).toEqual([{ forceId: 'fa', personId: 'fa-p1', expiredOn: '2025-01-01' }]);
      await s.training.add({ id: 'tr2', forceId: 'fa', personId: 'fa-p1', course: 'Social media', completedOn: '2025-01-15', expiresOn: '2026-01-15', recordedBy: null, createdAt: T0 });
      expect(await s.training.lapsed('2025-02-01')).toEqual([]);
    });

    it('settles concurrent draft decisions: exactly one wins', async () => {
      await s.drafts.create(draft('fa', 'd1', 'acc1'));
      const results = await Promise.all([1, 2, 3, 4].map((i) => s.transaction((tx) =>
        tx.drafts.transition('fa', 'd1', { status: 'pending', version: 1 }, { status: 'approved', decidedBy: `u${i}`, updatedAt: T0 }))));
      expect(results.filter(Boolean)).toHaveLength(1);
      const d = await s.drafts.get('fa', 'd1');
      expect([d?.status, d?.version, d?.text]).toEqual(['approved', 2, "It's O'Brien; DROP TABLE drafts; --"]);
      expect((await s.drafts.list('fa', { limit: 5 }, { team: 'north' })).items).toHaveLength(1);
      expect((await s.drafts.list('fa', { limit: 5 }, { team: 'south' })).items).toHaveLength(0);
    });

    it('rolls back every write of a failed transaction', async () => {
      await expect(s.transaction(async (tx) => {
        await tx.drafts.create(draft('fa', 'd-rollback', 'acc1'));
        await tx.audit.append({ at: T0, forceId: 'fa', actorId: null, action: 'draft.create', subjectType: 'draft', subjectId: 'd-rollback', data: {} });
        await tx.drafts.create(draft('fa', 'd-rollback', 'acc1'));
      })).rejects.toSatisfy(isUniqueViolation);
      expect(await s.drafts.get('fa', 'd-rollback')).toBeUndefined();
      expect((await s.audit.head()).seq).toBe(0);
    });

    it('reviews a finding once and counts per rule', async () => {
      await s.posts.create({ id: 'post1', forceId: 'fa', accountId: 'acc1', draftId: null, text: 't', source: 'entered', externalUrl: null, publishedAt: T0, verdict: 'review', report, engineVersion: '0.1.0', policyVersion: 'x', createdBy: null, createdAt: T0 });
      const f = (id: string, rule: string): StoredFinding => ({ id, forceId: 'fa', postId: 'post1', rule, severity: 'review', messageId: 'm', message: 'msg', confidence: 0.9, ranges: [{ start: 0, end: 1 }], status: 'open', reviewReason: null, reviewedBy: null, reviewedAt: null, caseId: null, createdAt: T0 });
      await s.findings.createMany([f('f1', 'P6'), f('f2', 'P6'), f('f3', 'P4')]);
      expect(await s.findings.review('fa', 'f1', 'confirmed', null, 'fa-u1', T0)).toBe(true);
      expect(await s.findings.review('fa', 'f1', 'dismissed', 'x', 'fa-u1', T0)).toBe(false);
      expect(await s.findings.review('fa', 'f2', 'dismissed', 'false_alarm', 'fa-u1', T0)).toBe(true);
      expect(await s.findings.ruleCounts('fa')).toEqual([
        { rule: 'P4', open: 1, confirmed: 0, dismissed: 0 }, { rule: 'P6', open: 0, confirmed: 1, dismissed: 1 },
      ]);
      expect(await s.findings.ruleCounts('fb')).toEqual([]);
      expect((await s.findings.get('fa', 'f1'))?.ranges).toEqual([{ start: 0, end: 1 }]);
    });

    it('cases: findings attach once, close once, notes stay in the case', async () => {
      await s.cases.create({ id: 'c1', forceId: 'fa', subjectPersonId: 'fa-p1', subjectAccountId: null, summary: 's', status: 'open', outcome: null, openedBy: null, openedAt: T0, closedBy: null, closedAt: null });
      expect(await s.findings.assignCase('fa', ['f1', 'f3'], 'c1')).toBe(2);
      expect(await s.findings.assignCase('fa', ['f1'], 'c1')).toBe(0);
      await s.cases.addNote({ id: 'n1', caseId: 'c1', forceId: 'fa', authorId: null, body: 'note', createdAt: T0 });
      expect(await s.cases.notes('fb', 'c1')).toEqual([]);
      expect(await s.cases.close('fa', 'c1', 'advice', 'fa-u1', T0)).toBe(true);
      expect(await s.cases.close('fa', 'c1', 'advice', 'fa-u1', T0)).toBe(false);
      expect(await s.cases.countByOutcome(null)).toEqual({ advice: 1 });
    });

    it('raises a task once per open problem', async () => {
      const t = { id: 't1', forceId: 'fa', kind: 'training_expired' as const, assigneePersonId: 'fa-p1', subjectType: 'person', subjectId: 'fa-p1', dedupeKey: 'training:fa-p1', status: 'open' as const, createdAt: T0, doneAt: null, doneBy: null };
      expect(await s.tasks.create(t)).toBe(true);
      expect(await s.tasks.create({ ...t, id: 't2' })).toBe(false);
      expect(await s.tasks.complete('fa', 't1', 'fa-u1', T0)).toBe(true);
      expect(await s.tasks.create({ ...t, id: 't3' })).toBe(true);
      expect((await s.tasks.list('fa', { limit: 10 }, { status: 'open', assigneePersonIds: ['fa-p1'] })).items.map((x) => x.id)).toEqual(['t3']);
    });

    it('chains audit entries, concurrently too, and refuses updates and deletes', async () => {
      await Promise.all(Array.from({ length: 8 }, (_, i) => s.audit.append({ at: T0, forceId: i % 2 ? 'fa' : 'fb', actorId: null, action: 'x.y', subjectType: 'thing', subjectId: String(i), data: { i, nested: { b: 1, a: [1, 'two'] } } })));
      const v = new ChainVerifier();
      for (const e of await s.audit.range(0, 100)) v.add(e);
      expect(v.finish(await s.audit.head())).toEqual({ ok: true, checked: 8 });
      expect((await s.audit.list('fa', { limit: 100 })).items).toHaveLength(4);
      const db = opened.handle.db;
      await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log where seq = 8`.execute(db)).rejects.toThrow(/append-only/);
    });
  });
}

describe('transaction guard', () => {
  it('fails fast when the store is used from inside a transaction', async () => {
    const o = await testTargets()[0].open();
    try {
      await expect(o.store.transaction(async () => { await o.store.forces.list(); })).rejects.toThrow(/inside a transaction/);
      await expect(o.store.transaction(() => o.store.transaction(async () => 1))).rejects.toThrow(/inside a transaction/);
      expect(await o.store.forces.list()).toEqual([]);
    } finally {
      await o.cleanup();
    }
  });
});
