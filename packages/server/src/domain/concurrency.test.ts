/**
 * Two servers on one PostgreSQL database (two independent connection pools,
 * as two processes would have): racing approvals give exactly one approval,
 * and racing edits lose nothing silently. On SQLite the server is one process
 * with one connection, so the same races run through one store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../storage/index.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { transitionAccount } from './accounts.js';
import { verifyAuditLog } from './audit.js';
import { PolicyCache } from './checker.js';
import type { Env } from './context.js';
import { createDraft, decideDraft, editDraft, getDraft } from './drafts.js';
import { createWorld, type World } from './testing.js';

for (const target of testTargets()) {
  describe(`two servers on one ${target.name} database`, () => {
    let w: World;
    let primary: TestStore;
    let second: OpenedStore;
    let env2: Env;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      primary = await target.open();
      // better-sqlite3 waits for locks synchronously, so two connections in one thread would stall each other.
      second = target.name === 'postgres' ? await primary.openAnother() : { store: primary.store, handle: primary.handle };
      w = await createWorld(primary.store);
      env2 = { ...w.env, store: second.store, policies: new PolicyCache(second.store) };
    });
    afterAll(async () => {
      if (second && second.store !== primary.store) await second.store.close();
      await primary?.cleanup();
    });

    it('concurrent approvals of one draft give exactly one approval', async () => {
      for (let round = 0; round < 5; round++) {
        const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: 'Thanks Sarah (07700 900123) for reporting' });
        const deciders = [
          () => decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'approve', note: 's1', expectedVersion: 1 }),
          () => decideDraft(env2, w.a.desk.actor, d.id, { decision: 'approve', note: 's2', expectedVersion: 1 }),
          () => decideDraft(w.env, w.a.desk.actor, d.id, { decision: 'reject', note: 's1', expectedVersion: 1 }),
          () => decideDraft(env2, w.a.sergeant.actor, d.id, { decision: 'approve', note: 's2', expectedVersion: 1 }),
        ];
        const results = await Promise.allSettled(deciders.map((f) => f()));
        const won = results.filter((r) => r.status === 'fulfilled');
        expect(won).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'conflict' });
        const final = await getDraft(w.env, w.a.desk.actor, d.id);
        expect(final.version).toBe(2);
        expect(final.decisionNote).toBe((won[0] as PromiseFulfilledResult<{ decisionNote: string }>).value.decisionNote);
      }
    });

    it('concurrent edits at the same version: one wins, the other is told', async () => {
      const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: 'Thanks Sarah (07700 900123) for reporting' });
      const results = await Promise.allSettled([
        editDraft(w.env, w.a.officer.actor, d.id, { text: 'Version A of the post about the A43', expectedVersion: 1 }),
        editDraft(env2, w.a.officer.actor, d.id, { text: 'Version B of the post about the A43', expectedVersion: 1 }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const final = await getDraft(w.env, w.a.officer.actor, d.id);
      const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ text: string }>).value.text;
      expect(final.text).toBe(winner);
    });

    it('concurrent account transitions: exactly one applies', async () => {
      const acc = w.a.monitored;
      const results = await Promise.allSettled([
        transitionAccount(w.env, w.a.desk.actor, acc.id, { to: 'suspended', reason: 'one', expectedVersion: acc.version }),
        transitionAccount(env2, w.a.admin.actor, acc.id, { to: 'closed', reasonCategory: 'leaver', expectedVersion: acc.version }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('the audit chain stays linear under concurrent writers', async () => {
      expect(await verifyAuditLog(w.env.store)).toMatchObject({ ok: true });
    });
  });
}
