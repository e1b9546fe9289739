import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../storage/testing.js';
import { setOperator, transitionAccount } from './accounts.js';
import { verifyAuditLog } from './audit.js';
import { createDraft, decideDraft, editDraft, getDraft, listDrafts, publishDraft, withdrawDraft } from './drafts.js';
import { getPost, listFindings, reviewFinding, ruleStats } from './posts.js';
import { listTasks, runSweeps } from './tasks.js';
import { createWorld, type World } from './testing.js';

const PASS = 'Road closed on the A43 near Kettering this morning, please avoid the area.';
const REVIEW = 'Thanks Sarah (07700 900123) for reporting';
const BLOCK = 'John Brown, 34, was arrested on suspicion of burglary in Kettering';

describe('drafts', () => {
  let w: World;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const o = await testTargets()[0].open();
    cleanup = o.cleanup;
    w = await createWorld(o.store);
  });
  afterAll(() => cleanup());

  it('is approved automatically when clean and the account is monitored', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.monitored.id, text: PASS });
    expect([d.status, d.autoApproved, d.verdict, d.engineVersion, d.policyVersion]).toEqual(['approved', true, 'pass', '0.1.0', 'uk-default@1.0.0']);
    expect(d.approvalExpiresAt).toBe('2025-03-03T09:00:00.000Z');
  });

  it('waits for approval on a pre-approval account, and raises a task for the supervisor', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: PASS });
    expect(d.status).toBe('pending');
    const tasks = await listTasks(w.env, w.a.sergeant.actor, { limit: 50 }, { status: 'open' });
    expect(tasks.items.some((t) => t.kind === 'approve_draft' && t.subjectId === d.id)).toBe(true);
  });

  it('waits for approval when the verdict is review, even on a monitored account', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.monitored.id, text: REVIEW });
    expect([d.status, d.verdict]).toEqual(['pending', 'review']);
    expect(d.report.findings.map((f) => f.rule)).toContain('P6');
  });

  it('nobody approves their own draft; supervisors only their team', async () => {
    const mine = await createDraft(w.env, w.a.desk.actor, { accountId: w.a.account.id, text: PASS }).catch((e: unknown) => e);
    expect(mine).toMatchObject({ code: 'refused_s3' });
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: REVIEW });
    await expect(decideDraft(w.env, w.a.officer.actor, d.id, { decision: 'approve', expectedVersion: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(decideDraft(w.env, w.a.otherSergeant.actor, d.id, { decision: 'approve', expectedVersion: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(decideDraft(w.env, w.b.sergeant.actor, d.id, { decision: 'approve', expectedVersion: 1 })).rejects.toMatchObject({ code: 'not_found' });
    const ok = await decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'approve', note: 'Fine', expectedVersion: 1 });
    expect([ok.status, ok.decidedBy]).toEqual(['approved', w.a.sergeant.user.id]);
    await expect(decideDraft(w.env, w.a.desk.actor, d.id, { decision: 'reject', note: 'x', expectedVersion: 1 })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a supervisor who writes a draft cannot approve it either', async () => {
    const sgt = w.a.sergeant;
    await expect(createDraft(w.env, sgt.actor, { accountId: w.a.account.id, text: REVIEW })).rejects.toMatchObject({ code: 'refused_s3' });
    await setOperator(w.env, w.a.desk.actor, w.a.account.id, sgt.person!.id, true);
    const d = await createDraft(w.env, sgt.actor, { accountId: w.a.account.id, text: REVIEW });
    await expect(decideDraft(w.env, sgt.actor, d.id, { decision: 'approve', expectedVersion: 1 })).rejects.toMatchObject({ code: 'forbidden', message: /own draft/ });
    const ok = await decideDraft(w.env, w.a.desk.actor, d.id, { decision: 'approve', expectedVersion: 1 });
    expect(ok.status).toBe('approved');
    await setOperator(w.env, w.a.desk.actor, w.a.account.id, sgt.person!.id, false);
  });

  it('cannot approve a blocked draft as written; an edit with a note fixes it', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: BLOCK });
    expect(d.verdict).toBe('block');
    await expect(decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'approve', expectedVersion: 1 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'edit', text: 'A 34-year-old man was arrested on suspicion of burglary in Kettering', expectedVersion: 1 })).rejects.toMatchObject({ code: 'invalid' });
    const e = await decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'edit', text: 'A 34-year-old man was arrested on suspicion of burglary in Kettering', note: 'Removed the name', expectedVersion: 1 });
    expect([e.status, e.verdict, e.decisionNote]).toEqual(['approved', 'pass', 'Removed the name']);
  });

  it('rejection needs a note; the author edits and it is checked again', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: REVIEW });
    await expect(decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'reject', expectedVersion: 1 })).rejects.toMatchObject({ code: 'invalid' });
    const r = await decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'reject', note: 'No phone numbers please', expectedVersion: 1 });
    expect(r.status).toBe('rejected');
    await expect(editDraft(w.env, w.a.officer2.actor, d.id, { text: PASS, expectedVersion: r.version })).rejects.toMatchObject({ code: 'not_found' });
    const e = await editDraft(w.env, w.a.officer.actor, d.id, { text: PASS, expectedVersion: r.version });
    expect([e.status, e.verdict]).toEqual(['pending', 'pass']);
    await expect(editDraft(w.env, w.a.officer.actor, d.id, { text: PASS, expectedVersion: r.version })).rejects.toMatchObject({ code: 'conflict' });
    const wd = await withdrawDraft(w.env, w.a.officer.actor, d.id, e.version);
    expect(wd.status).toBe('withdrawn');
  });

  it('refuses drafts on suspended or closed accounts, and by non-operators (S3)', async () => {
    await expect(createDraft(w.env, w.a.officer2.actor, { accountId: w.a.monitored.id, text: PASS })).rejects.toMatchObject({ code: 'refused_s3' });
    const acc = await transitionAccount(w.env, w.a.desk.actor, w.a.monitored.id, { to: 'suspended', reason: 'Training lapsed', conditions: ['training'] });
    await expect(createDraft(w.env, w.a.officer.actor, { accountId: acc.id, text: PASS })).rejects.toMatchObject({ code: 'refused_s3', details: { rule: 'S3', accountStatus: 'suspended' } });
    await transitionAccount(w.env, w.a.desk.actor, acc.id, { to: 'reinstated' });
  });

  it('publishing stores the post and its findings; review counts per rule', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: REVIEW });
    const ok = await decideDraft(w.env, w.a.desk.actor, d.id, { decision: 'approve', expectedVersion: d.version });
    await expect(publishDraft(w.env, w.a.officer2.actor, d.id, { expectedVersion: ok.version })).rejects.toMatchObject({ code: 'not_found' });
    const { draft, post } = await publishDraft(w.env, w.a.officer.actor, d.id, { externalUrl: 'https://x.com/p/1', expectedVersion: ok.version });
    expect([draft.status, draft.postId]).toEqual(['published', post.id]);
    const { findings } = await getPost(w.env, w.a.officer.actor, post.id);
    expect(findings.map((f) => f.rule)).toEqual(['P6']);
    const queue = await listFindings(w.env, w.a.desk.actor, { limit: 50 }, { status: 'open' });
    expect(queue.items.map((f) => f.id)).toContain(findings[0].id);
    await expect(reviewFinding(w.env, w.a.desk.actor, findings[0].id, { outcome: 'dismiss' })).rejects.toMatchObject({ code: 'invalid' });
    await reviewFinding(w.env, w.a.desk.actor, findings[0].id, { outcome: 'dismiss', reason: 'false_alarm', note: 'Force number' });
    await expect(reviewFinding(w.env, w.a.desk.actor, findings[0].id, { outcome: 'confirm' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await ruleStats(w.env, w.a.desk.actor)).toContainEqual({ rule: 'P6', open: 0, confirmed: 0, dismissed: 1 });
    expect(await ruleStats(w.env, w.b.desk.actor)).toEqual([]);
  });

  it('approvals expire if not published', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.monitored.id, text: PASS });
    w.setNow('2025-03-04T09:00:00.000Z');
    await expect(publishDraft(w.env, w.a.officer.actor, d.id, { expectedVersion: d.version })).rejects.toMatchObject({ code: 'conflict' });
    const r = await runSweeps(w.env);
    expect(r.expiredApprovals).toBeGreaterThanOrEqual(1);
    expect((await getDraft(w.env, w.a.officer.actor, d.id)).status).toBe('expired');
    w.setNow('2025-03-01T09:00:00.000Z');
  });

  it('lists only drafts within reach', async () => {
    const own = await listDrafts(w.env, w.a.officer2.actor, { limit: 100 });
    expect(own.items).toEqual([]);
    const team = await listDrafts(w.env, w.a.sergeant.actor, { limit: 100 });
    expect(team.items.length).toBeGreaterThan(0);
    expect((await listDrafts(w.env, w.a.otherSergeant.actor, { limit: 100 })).items).toEqual([]);
    expect((await listDrafts(w.env, w.b.desk.actor, { limit: 100 })).items).toEqual([]);
  });

  it('leaves an intact audit chain', async () => {
    expect(await verifyAuditLog(w.env.store)).toMatchObject({ ok: true });
  });
});
