import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../storage/index.js';
import { testTargets } from '../storage/testing.js';
import { getAccount } from './accounts.js';
import { verifyAudit, verifyAuditLog } from './audit.js';
import { addCaseNote, closeCase, getCase, listCaseNotes, openCase } from './cases.js';
import { recordPost } from './posts.js';
import { listTasks, runSweeps } from './tasks.js';
import { createWorld, type World } from './testing.js';

describe('cases, sweeps and the audit chain', () => {
  let w: World;
  let opened: OpenedStore & { cleanup(): Promise<void> };
  beforeAll(async () => {
    opened = await testTargets()[0].open();
    w = await createWorld(opened.store);
  });
  afterAll(() => opened.cleanup());

  it('entered posts are checked and their findings stored', async () => {
    const { a } = w;
    const { post, findings } = await recordPost(w.env, a.desk.actor, { accountId: a.monitored.id, text: 'Thanks Sarah (07700 900123) for reporting', publishedAt: '2025-02-28T10:00:00Z' });
    expect(post.verdict).toBe('review');
    expect(findings.map((f) => f.rule)).toEqual(['P6']);
  });

  it('closing a case suspends the account pending training, in one step', async () => {
    const { a } = w;
    const { findings } = await recordPost(w.env, a.desk.actor, { accountId: a.monitored.id, text: 'John Brown, 34, was arrested on suspicion of burglary in Kettering', publishedAt: '2025-02-28T11:00:00Z' });
    const c = await openCase(w.env, a.standards.actor, { subjectAccountId: a.monitored.id, summary: 'Named a suspect before charge', findingIds: findings.map((f) => f.id) });
    await expect(openCase(w.env, a.standards.actor, { subjectAccountId: a.monitored.id, summary: 'again', findingIds: [findings[0].id] })).rejects.toMatchObject({ code: 'conflict' });
    await expect(openCase(w.env, w.b.standards.actor, { subjectAccountId: a.monitored.id, summary: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await addCaseNote(w.env, a.standards.actor, c.id, 'Officer was supportive; mistake not malice.');
    await expect(listCaseNotes(w.env, a.admin.actor, c.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listCaseNotes(w.env, a.desk.actor, c.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listCaseNotes(w.env, w.b.standards.actor, c.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await listCaseNotes(w.env, a.standards.actor, c.id)).map((n) => n.body)).toHaveLength(1);
    expect((await getCase(w.env, a.admin.actor, c.id)).findings).toHaveLength(findings.length);
    const closed = await closeCase(w.env, a.standards.actor, c.id, { outcome: 'account_suspended_pending_training' });
    expect([closed.status, closed.outcome]).toEqual(['closed', 'account_suspended_pending_training']);
    const { account, events } = await getAccount(w.env, a.desk.actor, a.monitored.id);
    expect(account.status).toBe('suspended');
    expect(events.at(-1)?.conditions).toEqual(['training']);
    const s3 = await recordPost(w.env, a.desk.actor, { accountId: a.monitored.id, text: 'Lovely day in Corby', publishedAt: '2025-03-01T08:00:00Z' });
    expect([s3.post.verdict, s3.findings.map((f) => f.rule)]).toEqual(['block', ['S3']]);
  });

  it('an account outcome on a case that fails leaves nothing half-done', async () => {
    const { a } = w;
    // The account is already suspended, so "suspend pending training" cannot apply: the case stays open.
    const c = await openCase(w.env, a.standards.actor, { subjectAccountId: a.monitored.id, summary: 'second' });
    await expect(closeCase(w.env, a.standards.actor, c.id, { outcome: 'account_suspended_pending_training' })).rejects.toMatchObject({ code: 'invalid' });
    expect((await getCase(w.env, a.standards.actor, c.id)).case.status).toBe('open');
  });

  it('lapsed training raises one task for the supervisor', async () => {
    w.setNow('2026-06-02T09:00:00.000Z');
    const first = await runSweeps(w.env);
    const again = await runSweeps(w.env);
    expect(first.trainingTasks).toBe(8);
    expect(again.trainingTasks).toBe(0);
    const sgtTasks = await listTasks(w.env, w.a.sergeant.actor, { limit: 50 }, { status: 'open' });
    expect(sgtTasks.items.filter((t) => t.kind === 'training_expired').map((t) => t.subjectId)).toEqual([w.a.officer.person!.id]);
    w.setNow('2025-03-01T09:00:00.000Z');
  });

  it('verification finds a tampered entry and says which', async () => {
    await expect(verifyAudit(w.env, w.a.admin.actor)).rejects.toMatchObject({ code: 'forbidden' });
    const ok = await verifyAudit(w.env, w.sysadmin.actor);
    expect(ok.ok).toBe(true);
    const db = opened.handle.db;
    // Someone with database access drops the guard and edits history.
    await sql`drop trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set data = ${'{"to":"accredited"}'} where seq = 5`.execute(db);
    expect(await verifyAuditLog(w.env.store)).toEqual({ ok: false, checked: 5, firstBroken: { seq: 5, reason: 'hash_mismatch' } });
  });
});
