/**
 * The authorization table for the connector routes: every route, for every
 * role, on the caller's own force and on another force (written out from the
 * role descriptions, like http/authz.test.ts for the core routes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyForAccount, setOperator, transitionAccount } from '../domain/accounts.js';
import { verifyAuditLog } from '../domain/audit.js';
import { newId } from '../domain/context.js';
import { createDraft, decideDraft } from '../domain/drafts.js';
import type { Account, Role } from '../domain/model.js';
import type { ForceCast, Member } from '../domain/testing.js';
import { connectorRoutes } from '../http/routes/connectors.js';
import { signIn } from '../http/testing.js';
import { createImport } from '../imports/store.js';
import { listRemovalTasks } from '../retention/actions.js';
import { testTargets } from '../storage/testing.js';
import { connectorApp, type ConnectorApp } from './http-testing.js';
import { ingestPosts } from './ingest.js';
import { linkAccount } from './links.js';
import { startFakeMastodon, type FakeMastodon } from './mastodon/fake.js';
import { createWebhookSource } from './webhook/sources.js';

type R = 'O' | 'S' | 'D' | 'P' | 'F' | 'I' | 'A';
const ROLE_OF: Record<R, Role> = { O: 'officer', S: 'supervisor', D: 'digital_desk', P: 'professional_standards', F: 'force_admin', I: 'inspector', A: 'system_admin' };
const FORCE_ROLES: R[] = ['O', 'S', 'D', 'P', 'F'];

interface Fx { rig: ConnectorApp; t: ForceCast; me: Member; mode: 'own' | 'other' }
interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  allow: R[];
  other: 404 | 'skip';
  make(fx: Fx): Promise<{ url: string; body?: unknown }>;
}

let fake: FakeMastodon;
/** Each force's Mastodon account (operated by its officer, sergeant and desk). */
const masto = new Map<string, Account>();
const desk = (t: ForceCast) => t.desk.actor;
const linked = async (fx: Fx) => {
  const a = masto.get(fx.t.force.id)!;
  await linkAccount(fx.rig.connectors.env, desk(fx.t), a.id, { service: fake.url, credentials: { accessToken: 'tok' } });
  return a;
};
/** A fresh pending removal item on the linked account: a new appeal on the platform, then a found update. */
const removalItem = async (fx: Fx) => {
  const a = await linked(fx);
  const env = fx.rig.connectors.env;
  const appeal = fake.add('<p>Have you seen Amy Walker, 14, who is missing from Corby?</p>');
  const stored = await ingestPosts(env, a, [{ externalId: appeal.id, text: 'Have you seen Amy Walker, 14, who is missing from Corby?', publishedAt: '2025-02-01T09:00:00.000Z', url: null }], { actorId: null, auditAction: 't' });
  await ingestPosts(env, a, [{ externalId: `found-${newId()}`, text: 'Amy Walker has been found safe and well. Thank you for sharing.', publishedAt: '2025-02-02T09:00:00.000Z', url: null }], { actorId: null, auditAction: 't' });
  const tasks = await listRemovalTasks(env, desk(fx.t), { status: 'open' });
  const item = tasks.flatMap((t) => t.items).find((i) => i.status === 'pending' && i.postId === stored.stored[0]!.postId);
  return item!.id;
};
const approvedDraft = async (fx: Fx) => {
  const a = await linked(fx);
  const author = fx.mode === 'own' && fx.me.person && ['O', 'S', 'D'].some((r) => fx.me.actor.roles.includes(ROLE_OF[r as R])) ? fx.me : fx.t.officer;
  const d = await createDraft(fx.rig.world.env, author.actor, { accountId: a.id, text: 'Beat surgery on Saturday at the library' });
  const approver = { ...fx.t.admin.actor, personId: null, team: null, roles: ['digital_desk' as const] };
  const ok = await decideDraft(fx.rig.world.env, approver, d.id, { decision: 'approve', expectedVersion: d.version });
  return { url: `/api/drafts/${d.id}/publish-to-platform`, body: { expectedVersion: ok.version } };
};

const ROWS: Row[] = [
  { method: 'GET', path: '/api/imports', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/imports?accountId=${fx.t.account.id}` }) },
  {
    method: 'GET', path: '/api/imports/:id', allow: FORCE_ROLES, other: 404,
    make: async (fx) => ({ url: `/api/imports/${(await createImport(fx.rig.connectors.env.db, { forceId: fx.t.force.id, accountId: fx.t.account.id, kind: 'jsonl', fileName: 'x.jsonl', createdBy: null }, '2025-03-01T09:00:00.000Z')).id}` }),
  },
  { method: 'PUT', path: '/api/accounts/:id/link', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${masto.get(fx.t.force.id)!.id}/link`, body: { service: fake.url, credentials: { accessToken: 'tok' } } }) },
  { method: 'GET', path: '/api/accounts/:id/link', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${(await linked(fx)).id}/link` }) },
  { method: 'DELETE', path: '/api/accounts/:id/link', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${(await linked(fx)).id}/link` }) },
  { method: 'POST', path: '/api/accounts/:id/poll', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${(await linked(fx)).id}/poll` }) },
  { method: 'POST', path: '/api/drafts/:id/publish-to-platform', allow: ['O', 'S', 'D'], other: 404, make: approvedDraft },
  { method: 'POST', path: '/api/webhook-sources', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: '/api/webhook-sources', body: { accountId: fx.t.account.id, name: 'Tool' } }) },
  { method: 'GET', path: '/api/webhook-sources', allow: ['D', 'F'], other: 'skip', make: async () => ({ url: '/api/webhook-sources' }) },
  {
    method: 'DELETE', path: '/api/webhook-sources/:id', allow: ['D', 'F'], other: 404,
    make: async (fx) => ({ url: `/api/webhook-sources/${(await createWebhookSource(fx.rig.connectors.env, desk(fx.t), { accountId: fx.t.account.id, name: 'T' })).source.id}` }),
  },
  { method: 'GET', path: '/api/removal-tasks', allow: ['S', 'D', 'P', 'F'], other: 'skip', make: async () => ({ url: '/api/removal-tasks' }) },
  { method: 'POST', path: '/api/removal-items/:id/delete', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/removal-items/${await removalItem(fx)}/delete`, body: { reason: 'R1: found' } }) },
  { method: 'POST', path: '/api/removal-items/:id/resolve', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/removal-items/${await removalItem(fx)}/resolve`, body: { outcome: 'kept', reason: 'Another Amy' } }) },
];

describe('connector routes: every route, every role, own and other force', () => {
  let rig: ConnectorApp;
  const members = new Map<R, Member>();

  beforeAll(async () => {
    fake = await startFakeMastodon('tok');
    rig = await connectorApp(testTargets()[0]!);
    const w = rig.world;
    const single = async (r: Role, m: Member): Promise<Member> => {
      const user = { ...m.user, id: newId(), email: `${newId()}@example.test`, roles: [r] };
      await w.env.store.users.create(user);
      return { person: m.person, user, actor: { ...m.actor, userId: user.id, roles: [r] } };
    };
    members.set('O', w.a.officer).set('S', await single('supervisor', w.a.sergeant)).set('D', await single('digital_desk', w.a.desk))
      .set('P', w.a.standards).set('F', w.a.admin).set('I', w.inspector).set('A', w.sysadmin);
    for (const t of [w.a, w.b]) {
      const a = await applyForAccount(w.env, desk(t), { platform: 'mastodon', handle: `@npt${t.force.code}@police.example`, kind: 'team', trustTier: 'pre_approval', team: 'north', operatorPersonIds: [] });
      for (const m of [t.officer, t.sergeant, t.desk]) await setOperator(w.env, desk(t), a.id, m.person!.id, true);
      masto.set(t.force.id, await transitionAccount(w.env, desk(t), a.id, { to: 'accredited' }));
    }
  });
  afterAll(async () => {
    await rig?.close();
    await fake?.close();
  });

  it('covers every connector route', () => {
    const routes = connectorRoutes.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !ROWS.some((x) => `${x.method} ${x.path}` === r))).toEqual([]);
    expect(ROWS.filter((x) => !routes.includes(`${x.method} ${x.path}`))).toEqual([]);
  });

  for (const row of ROWS) {
    for (const r of Object.keys(ROLE_OF) as R[]) {
      const allowed = row.allow.includes(r);
      it(`${row.method} ${row.path} as ${ROLE_OF[r]}: ${allowed ? 'allowed' : '403'}`, async () => {
        const me = members.get(r)!;
        const call = await signIn(rig.app, rig.world, me);
        const own = await row.make({ rig, t: rig.world.a, me, mode: 'own' });
        const res = await call(row.method, own.url, own.body);
        if (allowed) expect(res.statusCode, res.body).toBeLessThan(300);
        else expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
        if (row.other === 'skip' || !FORCE_ROLES.includes(r)) return;
        const other = await row.make({ rig, t: rig.world.b, me, mode: 'other' });
        const res2 = await call(row.method, other.url, other.body);
        expect(res2.statusCode, res2.body).toBe(allowed ? 404 : 403);
      });
    }
  }

  it('left the audit chain intact', async () => {
    expect(await verifyAuditLog(rig.world.env.store)).toMatchObject({ ok: true });
  });
});
