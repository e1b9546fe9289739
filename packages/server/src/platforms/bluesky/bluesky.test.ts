/**
 * Bluesky over a real local AT Protocol network (PLC + PDS from
 * @atproto/dev-env): link with an app password (sealed at rest), a post made
 * on the PDS shows its finding in Peel within 10 s (measured and printed),
 * approved drafts are published with createRecord, and an appeal is deleted
 * for R1 once the person is found.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyForAccount, setOperator, transitionAccount } from '../../domain/accounts.js';
import { createDraft, decideDraft } from '../../domain/drafts.js';
import type { Account } from '../../domain/model.js';
import { signIn } from '../../http/testing.js';
import { testTargets } from '../../storage/testing.js';
import { connectorApp, type ConnectorApp } from '../http-testing.js';
import { startLocalAtproto, type LocalAtproto } from './testing.js';

const sqlite = testTargets()[0]!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Bluesky over a local AT Protocol network', () => {
  let atp: LocalAtproto;
  let rig: ConnectorApp;
  let user: Awaited<ReturnType<LocalAtproto['createUser']>>;
  let account: Account;

  beforeAll(async () => {
    atp = await startLocalAtproto();
    user = await atp.createUser('nptforce');
    rig = await connectorApp(sqlite);
    const w = rig.world;
    const a = await applyForAccount(w.env, w.a.desk.actor, { platform: 'bluesky', handle: `@${user.handle}`, kind: 'force', trustTier: 'pre_approval', team: 'north', operatorPersonIds: [w.a.officer.person!.id] });
    await setOperator(w.env, w.a.desk.actor, a.id, w.a.officer.person!.id, true);
    account = await transitionAccount(w.env, w.a.desk.actor, a.id, { to: 'accredited' });
    // The world's clock is pinned for the domain tests; these talk to a live server, so real time
    // (the poll interval is then really waited for, as in production).
    w.env.now = () => new Date();
    rig.connectors.env.now = () => new Date();
  }, 60_000);
  afterAll(async () => {
    await rig?.close();
    await atp?.close();
  });

  const linkRow = () => rig.connectors.env.db.selectFrom('platform_links').selectAll().where('account_id', '=', account.id).executeTakeFirstOrThrow();
  const refOf = (uri: string) => rig.connectors.env.db.selectFrom('post_refs').selectAll().where('account_id', '=', account.id).where('external_id', '=', uri).executeTakeFirst();

  it('links with handle and app password, refuses a wrong one, and keeps the password only sealed', async () => {
    const desk = await signIn(rig.app, rig.world, rig.world.a.desk);
    const bad = await desk('PUT', `/api/accounts/${account.id}/link`, { service: atp.url, credentials: { handle: user.handle, appPassword: 'aaaa-bbbb-cccc-dddd' } });
    expect(bad.statusCode).toBe(422);
    const res = await desk('PUT', `/api/accounts/${account.id}/link`, { service: atp.url, credentials: { handle: user.handle, appPassword: user.appPassword } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ platform: 'bluesky', identifier: user.did, status: 'active', pollSeconds: 5 });
    expect(res.body).not.toContain(user.appPassword);
    const row = await linkRow();
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(user.appPassword);
    expect(row.state).not.toContain('accessJwt');
    const officer = await signIn(rig.app, rig.world, rig.world.a.officer);
    expect((await officer('GET', `/api/accounts/${account.id}/link`)).statusCode).toBe(403);
  });

  it('shows the finding of a post made on the PDS within 10 seconds', async () => {
    // Backfill first and wait for it: the post is then made just after a poll, the worst case
    // (it waits almost the whole poll interval, 5 s for Bluesky).
    await rig.connectors.tick();
    while ((await linkRow()).last_polled_at === null) await wait(20);
    // The real scheduler from here on: tick every second, as in production every two.
    const timer = setInterval(() => void rig.connectors.tick(), 1000);
    try {
      const t0 = performance.now();
      const created = await user.agent.post({ text: 'Thanks Sarah (07700 900123) for reporting the van so quickly', createdAt: new Date().toISOString() });
      let findings = 0;
      while (performance.now() - t0 < 15_000) {
        const ref = await refOf(created.uri);
        if (ref) {
          findings = Number((await sql<{ n: number }>`select count(*) as n from findings where post_id = ${ref.post_id}`.execute(rig.connectors.env.db)).rows[0]!.n);
          if (findings > 0) break;
        }
        await wait(50);
      }
      const seconds = (performance.now() - t0) / 1000;
      process.stdout.write(`Bluesky end to end: post on the PDS -> finding in Peel in ${seconds.toFixed(2)} s\n`);
      expect(findings).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(10);
    } finally {
      clearInterval(timer);
    }
    const row = await linkRow();
    expect(row.last_error).toBeNull();
  }, 30_000);

  it('publishes an approved draft with createRecord, and polling does not store it twice', async () => {
    const w = rig.world;
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: account.id, text: 'Beat surgery at Corby library on Saturday from 10am.' });
    const approved = await decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'approve', expectedVersion: d.version });
    const officer = await signIn(rig.app, w, w.a.officer);
    const res = await officer('POST', `/api/drafts/${d.id}/publish-to-platform`, { expectedVersion: approved.version });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as { externalId: string; url: string; draft: { status: string }; post: { id: string; source: string } };
    expect(out.draft.status).toBe('published');
    expect(out.post.source).toBe('draft');
    expect(out.url).toContain(user.did);
    const rkey = out.externalId.split('/').pop()!;
    const onPds = await user.agent.com.atproto.repo.getRecord({ repo: user.did, collection: 'app.bsky.feed.post', rkey });
    expect((onPds.data.value as { text: string }).text).toBe('Beat surgery at Corby library on Saturday from 10am.');
    await rig.connectors.tick();
    await wait(1000);
    const copies = await sql<{ n: number }>`select count(*) as n from posts where account_id = ${account.id} and text = ${'Beat surgery at Corby library on Saturday from 10am.'}`.execute(rig.connectors.env.db);
    expect(Number(copies.rows[0]!.n)).toBe(1);
  }, 30_000);

  it('raises an R1 removal task when the person is found, and deletes the appeal on the PDS', async () => {
    const appeal = await user.agent.post({ text: 'Have you seen Amy Walker, 14, who is missing from Corby? Call 101.', createdAt: new Date(Date.now() - 60_000).toISOString() });
    await rig.connectors.tick();
    for (let i = 0; i < 100 && !(await refOf(appeal.uri)); i++) await wait(50);
    await rig.connectors.env.db.updateTable('platform_links').set({ last_polled_at: null }).where('account_id', '=', account.id).execute();
    const found = await user.agent.post({ text: 'Update: Amy Walker has been found safe and well. Thank you for sharing our appeal.', createdAt: new Date().toISOString() });
    await rig.connectors.tick();
    for (let i = 0; i < 100 && !(await refOf(found.uri)); i++) await wait(50);

    const desk = await signIn(rig.app, rig.world, rig.world.a.desk);
    const tasks = (await desk('GET', '/api/removal-tasks?status=open')).json() as { items: Array<{ id: string; rule: string; items: Array<{ id: string; postId: string; deletable: boolean; text: string }> }> };
    const task = tasks.items.find((t) => t.rule === 'R1')!;
    expect(task.items.map((i) => i.text)).toEqual(['Have you seen Amy Walker, 14, who is missing from Corby? Call 101.']);
    expect(task.items[0]!.deletable).toBe(true);

    const del = await desk('POST', `/api/removal-items/${task.items[0]!.id}/delete`, { reason: 'R1: Amy Walker found safe and well' });
    expect(del.statusCode, del.body).toBe(200);
    const rkey = appeal.uri.split('/').pop()!;
    await expect(user.agent.com.atproto.repo.getRecord({ repo: user.did, collection: 'app.bsky.feed.post', rkey })).rejects.toThrow();
    const after = (await desk('GET', '/api/removal-tasks?status=done')).json() as { items: Array<{ id: string; items: Array<{ status: string; reason: string }> }> };
    expect(after.items.find((t) => t.id === task.id)!.items[0]).toMatchObject({ status: 'deleted', reason: 'R1: Amy Walker found safe and well' });
    const logged = await rig.world.env.store.audit.list(rig.world.a.force.id, { limit: 20 });
    expect(logged.items.find((e) => e.action === 'post.delete')?.data).toMatchObject({ rule: 'R1', reason: 'R1: Amy Walker found safe and well', platform: 'bluesky' });
    expect((await refOf(appeal.uri))!.deleted_at).not.toBeNull();
  }, 30_000);
});
