import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../domain/audit.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { loadDemo, type DemoResult } from './load.js';

describe('demo loader', () => {
  let o: TestStore;
  let r: DemoResult;
  beforeAll(async () => {
    o = await testTargets()[0].open();
    r = await loadDemo(o.store, { password: 'demo-password-for-tests', now: new Date('2025-06-01T09:00:00Z') });
  }, 60_000);
  afterAll(() => o.cleanup());

  it('loads a living force: accounts in every state, with reasons', async () => {
    expect(r.loaded).toBe(true);
    const byStatus = await o.store.accounts.countByStatus(r.forceId);
    expect(byStatus.closed).toBe(4);
    expect(byStatus.suspended).toBe(6);
    expect(byStatus.applied).toBe(1);
    const individual = (await o.store.accounts.list(r.forceId, { limit: 200 })).items.filter((a) => a.kind === 'individual');
    expect(individual).toHaveLength(45);
    expect(new Set(individual.map((a) => a.platform)).size).toBeGreaterThanOrEqual(6);
    for (const a of individual.filter((x) => x.status === 'closed')) {
      const last = (await o.store.accounts.events(r.forceId, a.id)).at(-1);
      expect(last?.reasonCategory).toBeTruthy();
    }
  });

  it('has drafts waiting, findings, cases and training tasks', async () => {
    expect((await o.store.drafts.list(r.forceId, { limit: 200 }, { status: 'pending' })).items.length).toBeGreaterThan(0);
    expect((await o.store.findings.list(r.forceId, { limit: 200 })).items.length).toBeGreaterThan(3);
    expect((await o.store.cases.list(r.forceId, { limit: 50 })).items).toHaveLength(3);
    const tasks = await o.store.tasks.list(r.forceId, { limit: 200 }, { status: 'open' });
    expect(tasks.items.filter((t) => t.kind === 'training_expired')).toHaveLength(5);
    expect(r.logins.map((l) => l.roles[l.roles.length - 1]).sort()).toEqual(['digital_desk', 'force_admin', 'inspector', 'officer', 'professional_standards', 'supervisor', 'system_admin']);
  });

  it('records it all in an intact audit chain, and loads only once', async () => {
    expect(await verifyAuditLog(o.store)).toMatchObject({ ok: true });
    expect((await loadDemo(o.store, { password: 'x' })).loaded).toBe(false);
  });
});
