/**
 * The authorization table: every route, for every role, on the caller's own
 * force and on another force. Expectations are written out here from the
 * role descriptions in the issue, independently of the policy layer's tables.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOperator } from '../domain/accounts.js';
import { verifyAuditLog } from '../domain/audit.js';
import { openCase } from '../domain/cases.js';
import { createDraft, decideDraft } from '../domain/drafts.js';
import type { Role } from '../domain/model.js';
import { recordPost } from '../domain/posts.js';
import type { ForceCast, Member, World } from '../domain/testing.js';
import { newId } from '../domain/context.js';
import { can } from '../policies/index.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { API_ROUTES } from './routes/index.js';
import { signIn, worldApp } from './testing.js';

type R = 'O' | 'S' | 'D' | 'P' | 'F' | 'I' | 'A';
const ROLE_OF: Record<R, Role> = { O: 'officer', S: 'supervisor', D: 'digital_desk', P: 'professional_standards', F: 'force_admin', I: 'inspector', A: 'system_admin' };
const FORCE_ROLES: R[] = ['O', 'S', 'D', 'P', 'F'];

/** What a cell needs. */
interface Fx {
  w: World;
  /** The force whose records are used: the caller's own, or the other one. */
  t: ForceCast;
  me: Member;
  mode: 'own' | 'other';
}
interface Req { url: string; body?: unknown }
interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  allow: R[];
  /** What an allowed force role gets with the other force's records: 404, or 'noleak' for lists (200, nothing of the other force). */
  other: 404 | 'noleak' | 'skip';
  make(fx: Fx): Promise<Req>;
}

const PASS = 'Road closed on the A43 near Kettering this morning, please avoid the area.';
const REVIEW = 'Thanks Sarah (07700 900123) for reporting';
const boot = (t: ForceCast) => t.desk.actor;
const authorFor = (fx: Fx) => (fx.mode === 'own' && fx.me.person && can(fx.me.actor, 'drafts.write') ? fx.me : fx.t.officer);
const draftBy = (fx: Fx, m: Member, text = REVIEW) => createDraft(fx.w.env, m.actor, { accountId: fx.t.account.id, text });
const postIn = async (fx: Fx) => (await recordPost(fx.w.env, boot(fx.t), { accountId: fx.t.account.id, text: REVIEW, publishedAt: '2025-02-28T10:00:00Z' }));
const caseIn = (fx: Fx) => openCase(fx.w.env, fx.t.standards.actor, { subjectPersonId: fx.t.officer.person!.id, summary: 'Table case' });

const ROWS: Row[] = [
  { method: 'POST', path: '/api/auth/logout', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 'skip', make: async () => ({ url: '/api/auth/logout' }) },
  { method: 'GET', path: '/api/auth/session', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 'skip', make: async () => ({ url: '/api/auth/session' }) },
  { method: 'GET', path: '/api/tokens', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 'skip', make: async () => ({ url: '/api/tokens' }) },
  { method: 'POST', path: '/api/tokens', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 'skip', make: async () => ({ url: '/api/tokens', body: { name: 't', scopes: ['check'] } }) },
  {
    method: 'DELETE', path: '/api/tokens/:id', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 404,
    async make(fx) {
      const { createApiToken } = await import('../auth/service.js');
      const owner = fx.mode === 'own' ? fx.me : fx.t.officer;
      return { url: `/api/tokens/${(await createApiToken(fx.w.env, owner.actor, { name: 'x', scopes: ['check'] })).apiToken.id}` };
    },
  },
  { method: 'POST', path: '/api/check', allow: ['O', 'S', 'D', 'P', 'F', 'I', 'A'], other: 'skip', make: async () => ({ url: '/api/check', body: { text: PASS } }) },
  { method: 'GET', path: '/api/forces', allow: ['F', 'I', 'A'], other: 'noleak', make: async () => ({ url: '/api/forces' }) },
  { method: 'POST', path: '/api/forces', allow: ['A'], other: 'skip', make: async () => ({ url: '/api/forces', body: { code: `f${Math.random().toString(36).slice(2, 8)}`, name: 'New Force' } }) },
  { method: 'PUT', path: '/api/forces/:id/oidc', allow: ['F', 'A'], other: 404, make: async (fx) => ({ url: `/api/forces/${fx.t.force.id}/oidc`, body: { oidc: null } }) },
  { method: 'GET', path: '/api/policy', allow: FORCE_ROLES, other: 'skip', make: async () => ({ url: '/api/policy' }) },
  { method: 'GET', path: '/api/policy/history', allow: FORCE_ROLES, other: 'skip', make: async () => ({ url: '/api/policy/history' }) },
  {
    method: 'PUT', path: '/api/policy', allow: ['D', 'F'], other: 'skip',
    async make(fx) {
      const cur = await fx.w.env.store.policies.current(fx.t.force.id);
      return { url: '/api/policy', body: { document: cur!.document as Record<string, unknown>, expectedVersion: cur!.version, note: 'table' } };
    },
  },
  { method: 'POST', path: '/api/policy/protected', allow: ['D', 'F'], other: 'skip', make: async () => ({ url: '/api/policy/protected', body: { term: `Operation ${Math.random().toString(36).slice(2, 8)}`, label: 'table' } }) },
  { method: 'GET', path: '/api/people', allow: FORCE_ROLES, other: 'noleak', make: async () => ({ url: '/api/people' }) },
  { method: 'POST', path: '/api/people', allow: ['F'], other: 'skip', make: async () => ({ url: '/api/people', body: { name: 'New Person', number: `n${Math.random().toString(36).slice(2, 8)}`, rank: 'PC' } }) },
  { method: 'GET', path: '/api/people/:id', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/people/${fx.t.officer.person!.id}` }) },
  { method: 'PATCH', path: '/api/people/:id', allow: ['F'], other: 404, make: async (fx) => ({ url: `/api/people/${fx.t.officer2.person!.id}`, body: { team: 'south' } }) },
  { method: 'GET', path: '/api/people/:id/training', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/people/${fx.t.officer.person!.id}/training` }) },
  { method: 'POST', path: '/api/training', allow: ['S', 'D', 'F'], other: 404, make: async (fx) => ({ url: '/api/training', body: { personId: fx.t.officer.person!.id, course: 'Refresher', completedOn: '2025-02-01', expiresOn: '2026-02-01' } }) },
  { method: 'GET', path: '/api/users', allow: ['F', 'A'], other: 'noleak', make: async () => ({ url: '/api/users' }) },
  { method: 'POST', path: '/api/users', allow: ['F', 'A'], other: 'skip', make: async (fx) => ({ url: '/api/users', body: { email: `${newId()}@example.test`, displayName: 'New', roles: ['officer'], forceId: fx.t.force.id } }) },
  { method: 'PATCH', path: '/api/users/:id', allow: ['F', 'A'], other: 404, make: async (fx) => ({ url: `/api/users/${fx.t.officer2.user.id}`, body: { displayName: 'Renamed' } }) },
  { method: 'GET', path: '/api/accounts', allow: FORCE_ROLES, other: 'noleak', make: async () => ({ url: '/api/accounts' }) },
  { method: 'POST', path: '/api/accounts', allow: ['O', 'S', 'D', 'F'], other: 'skip', make: async () => ({ url: '/api/accounts', body: { platform: 'threads', handle: `@${newId()}`, kind: 'individual' } }) },
  { method: 'GET', path: '/api/accounts/:id', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/accounts/${fx.t.account.id}` }) },
  {
    method: 'POST', path: '/api/accounts/:id/transitions', allow: ['D', 'F'], other: 404,
    async make(fx) {
      const { applyForAccount } = await import('../domain/accounts.js');
      const a = await applyForAccount(fx.w.env, boot(fx.t), { platform: 'youtube', handle: `@${newId()}`, kind: 'team' });
      return { url: `/api/accounts/${a.id}/transitions`, body: { to: 'closed', reasonCategory: 'consolidation', reason: 'Merged' } };
    },
  },
  { method: 'PUT', path: '/api/accounts/:id/operators/:personId', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${fx.t.monitored.id}/operators/${fx.t.officer2.person!.id}` }) },
  { method: 'DELETE', path: '/api/accounts/:id/operators/:personId', allow: ['D', 'F'], other: 404, make: async (fx) => ({ url: `/api/accounts/${fx.t.monitored.id}/operators/${fx.t.officer2.person!.id}` }) },
  { method: 'GET', path: '/api/drafts', allow: FORCE_ROLES, other: 'noleak', make: async () => ({ url: '/api/drafts' }) },
  { method: 'POST', path: '/api/drafts', allow: ['O', 'S', 'D'], other: 404, make: async (fx) => ({ url: '/api/drafts', body: { accountId: fx.t.account.id, text: REVIEW } }) },
  { method: 'GET', path: '/api/drafts/:id', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/drafts/${(await draftBy(fx, fx.t.officer)).id}` }) },
  { method: 'PATCH', path: '/api/drafts/:id', allow: ['O', 'S', 'D'], other: 404, make: async (fx) => ({ url: `/api/drafts/${(await draftBy(fx, authorFor(fx))).id}`, body: { text: PASS, expectedVersion: 1 } }) },
  { method: 'POST', path: '/api/drafts/:id/decision', allow: ['S', 'D'], other: 404, make: async (fx) => ({ url: `/api/drafts/${(await draftBy(fx, fx.t.officer)).id}/decision`, body: { decision: 'approve', note: 'ok', expectedVersion: 1 } }) },
  {
    method: 'POST', path: '/api/drafts/:id/publish', allow: ['O', 'S', 'D'], other: 404,
    async make(fx) {
      const d = await draftBy(fx, authorFor(fx));
      // An approver who is nobody's colleague in particular: a desk role without a person record.
      const approver = { ...fx.t.admin.actor, personId: null, team: null, roles: ['digital_desk' as const] };
      const ok = await decideDraft(fx.w.env, approver, d.id, { decision: 'approve', expectedVersion: 1 });
      return { url: `/api/drafts/${d.id}/publish`, body: { expectedVersion: ok.version } };
    },
  },
  { method: 'POST', path: '/api/drafts/:id/withdraw', allow: ['O', 'S', 'D'], other: 404, make: async (fx) => ({ url: `/api/drafts/${(await draftBy(fx, authorFor(fx))).id}/withdraw`, body: { expectedVersion: 1 } }) },
  { method: 'GET', path: '/api/posts', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/posts?accountId=${fx.t.account.id}` }) },
  { method: 'POST', path: '/api/posts', allow: ['O', 'S', 'D'], other: 404, make: async (fx) => ({ url: '/api/posts', body: { accountId: fx.t.account.id, text: REVIEW, publishedAt: '2025-02-28T12:00:00Z' } }) },
  { method: 'GET', path: '/api/posts/:id', allow: FORCE_ROLES, other: 404, make: async (fx) => ({ url: `/api/posts/${(await postIn(fx)).post.id}` }) },
  { method: 'GET', path: '/api/findings', allow: ['S', 'D', 'P', 'F'], other: 404, make: async (fx) => ({ url: `/api/findings?postId=${(await postIn(fx)).post.id}` }) },
  { method: 'POST', path: '/api/findings/:id/review', allow: ['D'], other: 404, make: async (fx) => ({ url: `/api/findings/${(await postIn(fx)).findings[0].id}/review`, body: { outcome: 'dismiss', reason: 'false_alarm' } }) },
  { method: 'GET', path: '/api/stats/rules', allow: ['D', 'P', 'F'], other: 'skip', make: async () => ({ url: '/api/stats/rules' }) },
  { method: 'GET', path: '/api/stats/national', allow: ['I', 'A'], other: 'skip', make: async () => ({ url: '/api/stats/national' }) },
  { method: 'GET', path: '/api/reports/force', allow: ['D', 'P', 'F'], other: 'skip', make: async () => ({ url: '/api/reports/force?from=2025-01-01&to=2025-02-28' }) },
  { method: 'GET', path: '/api/reports/national', allow: ['I', 'A'], other: 'skip', make: async () => ({ url: '/api/reports/national?from=2025-01-01&to=2025-02-28' }) },
  { method: 'GET', path: '/api/cases', allow: ['P', 'F'], other: 'noleak', make: async () => ({ url: '/api/cases' }) },
  { method: 'POST', path: '/api/cases', allow: ['P'], other: 404, make: async (fx) => ({ url: '/api/cases', body: { subjectPersonId: fx.t.officer.person!.id, summary: 'A case' } }) },
  { method: 'GET', path: '/api/cases/:id', allow: ['P', 'F'], other: 404, make: async (fx) => ({ url: `/api/cases/${(await caseIn(fx)).id}` }) },
  { method: 'POST', path: '/api/cases/:id/close', allow: ['P'], other: 404, make: async (fx) => ({ url: `/api/cases/${(await caseIn(fx)).id}/close`, body: { outcome: 'advice' } }) },
  { method: 'GET', path: '/api/cases/:id/notes', allow: ['P'], other: 404, make: async (fx) => ({ url: `/api/cases/${(await caseIn(fx)).id}/notes` }) },
  { method: 'POST', path: '/api/cases/:id/notes', allow: ['P'], other: 404, make: async (fx) => ({ url: `/api/cases/${(await caseIn(fx)).id}/notes`, body: { body: 'A note' } }) },
  { method: 'GET', path: '/api/tasks', allow: FORCE_ROLES, other: 'noleak', make: async () => ({ url: '/api/tasks' }) },
  {
    method: 'POST', path: '/api/tasks/:id/complete', allow: FORCE_ROLES, other: 404,
    async make(fx) {
      const assignee = fx.mode === 'own' && fx.me.person ? fx.me.person.id : fx.t.officer.person!.id;
      const id = newId();
      await fx.w.env.store.tasks.create({ id, forceId: fx.t.force.id, kind: 'other', assigneePersonId: assignee, subjectType: 'person', subjectId: assignee, dedupeKey: null, status: 'open', createdAt: '2025-03-01T09:00:00.000Z', doneAt: null, doneBy: null });
      return { url: `/api/tasks/${id}/complete` };
    },
  },
  { method: 'GET', path: '/api/audit', allow: ['F', 'A'], other: 'skip', make: async () => ({ url: '/api/audit' }) },
  { method: 'GET', path: '/api/audit/verify', allow: ['A'], other: 'skip', make: async () => ({ url: '/api/audit/verify' }) },
];

describe('authorization table: every route, every role, own and other force', () => {
  let o: TestStore;
  let app: FastifyInstance;
  let w: World;
  const members = new Map<R, Member>();

  beforeAll(async () => {
    o = await testTargets()[0].open();
    ({ app, world: w } = await worldApp(o.store));
    const single = async (r: Role, person: Member): Promise<Member> => {
      const user = { ...person.user, id: newId(), email: `${newId()}@example.test`, roles: [r] };
      await o.store.users.create(user);
      return { person: person.person, user, actor: { ...person.actor, userId: user.id, roles: [r] } };
    };
    members.set('O', w.a.officer);
    members.set('S', await single('supervisor', w.a.sergeant));
    members.set('D', await single('digital_desk', w.a.desk));
    members.set('P', w.a.standards);
    members.set('F', w.a.admin);
    members.set('I', w.inspector);
    members.set('A', w.sysadmin);
    // Sergeants and the desk write drafts too, so they operate the pre-approval accounts.
    for (const t of [w.a, w.b]) for (const m of [t.sergeant, t.desk]) await setOperator(w.env, t.desk.actor, t.account.id, m.person!.id, true);
  });
  afterAll(async () => { await app.close(); await o.cleanup(); });

  // A new route must get a row here: this is what keeps "every route, every role" true.
  it('covers every API route', () => {
    const routes = API_ROUTES.filter((r) => r.action !== 'public').map((r) => `${r.method} ${r.url}`);
    const rows = ROWS.map((r) => `${r.method} ${r.path}`);
    expect(routes.filter((r) => !rows.includes(r)), 'routes without a row in this table').toEqual([]);
    expect(rows.filter((r) => !routes.includes(r)), 'rows for routes that do not exist').toEqual([]);
  });

  for (const row of ROWS) {
    for (const r of Object.keys(ROLE_OF) as R[]) {
      const allowed = row.allow.includes(r);
      it(`${row.method} ${row.path} as ${ROLE_OF[r]}: ${allowed ? 'allowed' : '403'}`, async () => {
        const me = members.get(r)!;
        const call = await signIn(app, w, me);
        const own = await row.make({ w, t: w.a, me, mode: 'own' });
        const res = await call(row.method, own.url, own.body);
        if (allowed) {
          expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(300);
        } else {
          expect([res.statusCode, res.json().error.code]).toEqual([403, 'forbidden']);
        }
        if (row.other === 'skip' || !FORCE_ROLES.includes(r)) return;
        const other = await row.make({ w, t: w.b, me, mode: 'other' });
        const res2 = await call(row.method, other.url, other.body);
        if (!allowed) {
          expect(res2.statusCode).toBe(403);
        } else if (row.other === 404) {
          expect([res2.statusCode, res2.json().error.code], res2.body).toEqual([404, 'not_found']);
        } else {
          expect(res2.statusCode).toBe(200);
          expect(res2.body).not.toContain(w.b.force.id);
          for (const m of [w.b.officer, w.b.desk]) expect(res2.body).not.toContain(m.person!.id);
        }
      });
    }
  }

  it('left the audit chain intact', async () => {
    expect(await verifyAuditLog(o.store)).toMatchObject({ ok: true });
  });
});
