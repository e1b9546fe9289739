import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { loginLimiter } from '../auth/service.js';
import type { World } from '../domain/testing.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { buildApp } from './app.js';
import { signIn, worldApp, type Caller } from './testing.js';

describe('HTTP API basics', () => {
  let o: TestStore;
  let app: FastifyInstance;
  let w: World;
  let desk: Caller;
  let officer: Caller;
  beforeAll(async () => {
    o = await testTargets()[0].open();
    ({ app, world: w } = await worldApp(o.store));
    desk = await signIn(app, w, w.a.desk);
    officer = await signIn(app, w, w.a.officer);
  });
  afterAll(async () => { await app.close(); await o.cleanup(); });

  it('serves /healthz, the OpenAPI document and the docs page', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/drafts/{id}/decision'].post.requestBody.content['application/json'].schema.required).toContain('decision');
    expect(doc.paths['/api/check'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    const page = await app.inject('/api/docs');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('/healthz says 503 when the database does not answer', async () => {
    const down = await buildApp(w.env, {}, { probe: () => Promise.reject(new Error('connection refused')) });
    const r = await down.inject('/healthz');
    expect([r.statusCode, r.json().error.code]).toEqual([503, 'internal']);
    expect(r.body).not.toContain('refused');
    await down.close();
  });

  it('checks a post for a signed-in user, and refuses anonymous callers', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/check', payload: { text: 'hi' } })).statusCode).toBe(401);
    const r = await officer('POST', '/api/check', { text: 'John Brown, 34, was arrested on suspicion of burglary in Kettering' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ verdict: 'block', engineVersion: '0.1.0' });
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('one error shape for malformed JSON, wrong types, unknown fields, wrong media type and big bodies', async () => {
    const cases: Array<[unknown, number, string, Record<string, string>?]> = [
      ['{"text": ', 400, 'bad_request'],
      [{ text: 42 }, 422, 'invalid'],
      [{ text: 'x', extra: true }, 422, 'invalid'],
      ['text=hello', 415, 'unsupported_media_type', { 'content-type': 'application/x-www-form-urlencoded' }],
      [JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024) }), 413, 'payload_too_large'],
    ];
    for (const [body, status, code, headers] of cases) {
      const r = await officer('POST', '/api/check', body, headers);
      expect([r.statusCode, r.json().error.code]).toEqual([status, code]);
      expect(Object.keys(r.json())).toEqual(['error']);
      expect(typeof r.json().error.message).toBe('string');
    }
    const unknown = (await officer('POST', '/api/check', { text: 'x', extra: 'Sarah 07700 900123' })).json();
    expect(unknown.error.details[0]).toMatchObject({ path: 'body' });
    expect(JSON.stringify(unknown)).not.toContain('07700');
  });

  it('needs the CSRF token on state-changing requests with a cookie session', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/check', headers: { cookie: officer.cookie, 'content-type': 'application/json' }, payload: { text: 'x' } });
    expect([r.statusCode, r.json().error.code]).toEqual([403, 'forbidden']);
    const wrong = await officer('POST', '/api/check', { text: 'x' }, { 'x-csrf-token': 'nope' });
    expect(wrong.statusCode).toBe(403);
  });

  it('stores SQL metacharacters and script payloads as data, nothing half-stored', async () => {
    const evil = `<script>alert('x')</script>'; DROP TABLE people; --`;
    const r = await desk('POST', '/api/accounts', { platform: 'other', handle: evil, kind: 'team', team: evil });
    expect(r.statusCode).toBe(201);
    const got = await desk('GET', `/api/accounts/${r.json().id}`);
    expect(got.json().account.handle).toBe(evil);
    expect(got.headers['content-type']).toMatch(/application\/json/);
    const dup = await desk('POST', '/api/accounts', { platform: 'other', handle: evil, kind: 'team' });
    expect([dup.statusCode, dup.json().error.code]).toEqual([409, 'conflict']);
  });

  it('keeps hostile text as data in every text field, and refuses what cannot be stored safely', async () => {
    const evil = `Robert'); DROP TABLE drafts;-- <img src=x onerror=alert(1)> \u200d🚓 "quoted" ${'\\'}`;
    const admin = await signIn(app, w, w.a.admin);
    const standards = await signIn(app, w, w.a.standards);
    const person = (await admin('POST', '/api/people', { name: evil, number: 'E-1', rank: 'PC', team: evil })).json();
    expect([person.name, person.team]).toEqual([evil, evil]);
    const course = (await admin('POST', '/api/training', { personId: person.id, course: evil, completedOn: '2025-01-01' })).json();
    expect(course.course).toBe(evil);
    const draft = (await officer('POST', '/api/drafts', { accountId: w.a.account.id, text: evil })).json();
    expect(draft.text).toBe(evil);
    const decided = (await desk('POST', `/api/drafts/${draft.id}/decision`, { decision: 'reject', note: evil, expectedVersion: 1 })).json();
    expect(decided.decisionNote).toBe(evil);
    const c = (await standards('POST', '/api/cases', { subjectPersonId: person.id, summary: evil })).json();
    const note = (await standards('POST', `/api/cases/${c.id}/notes`, { body: evil })).json();
    expect([c.summary, note.body]).toEqual([evil, evil]);
    const t = (await desk('POST', `/api/accounts/${w.a.monitored.id}/transitions`, { to: 'suspended', reason: evil })).json();
    expect((await desk('GET', `/api/accounts/${t.id}`)).json().events.at(-1).reason).toBe(evil);
    await desk('POST', `/api/accounts/${t.id}/transitions`, { to: 'reinstated' });
    // Text that is not a string, or holds a lone NUL where a name is expected, never gets half-stored.
    const before = (await admin('GET', '/api/people?limit=200')).json().items.length;
    expect((await admin('POST', '/api/people', { name: ['x'], number: 'E-2', rank: 'PC' })).statusCode).toBe(422);
    expect((await admin('POST', '/api/people', { name: 'x', number: 'E-3', rank: 'General' })).statusCode).toBe(422);
    const nul = await admin('POST', '/api/people', { name: 'x\u0000y', number: 'E-4', rank: 'PC' });
    expect([nul.statusCode, nul.json().error.details[0].path]).toEqual([422, 'body.name']);
    expect((await admin('GET', '/api/people?limit=200')).json().items.length).toBe(before);
  });

  it('paginates with opaque cursors and rejects forged ones', async () => {
    const first = (await desk('GET', '/api/people?limit=3')).json();
    expect(first.items).toHaveLength(3);
    const second = (await desk('GET', `/api/people?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await desk('GET', '/api/people?limit=3&cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await desk('GET', '/api/people?limit=5000')).statusCode).toBe(422);
    expect((await desk('GET', '/api/people?bogus=1')).statusCode).toBe(422);
  });

  it('signs in with argon2id, locks out after repeated failures, and limits by address', async () => {
    await o.store.users.update(w.a.officer2.user.id, { passwordHash: await hashPassword('correct horse battery') });
    const login = (password: string, ip = '10.0.0.1') => app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email: w.a.officer2.user.email, password } });
    const ok = await login('correct horse battery');
    expect(ok.statusCode).toBe(200);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/peel_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const csrf = ok.json().csrfToken;
    const cookie = setCookie.split(';')[0];
    const session = await app.inject({ url: '/api/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { roles: ['officer'] }, csrfToken: csrf });
    for (let i = 0; i < 5; i++) expect((await login('wrong password!!', `10.0.1.${i}`)).statusCode).toBe(401);
    const locked = await login('correct horse battery', '10.0.2.1');
    expect([locked.statusCode, locked.json().error.code]).toEqual([423, 'locked']);
    loginLimiter.reset('10.9.9.9');
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await login('x', '10.9.9.9')).statusCode;
    expect(last).toBe(429);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('API tokens are scoped, hashed, need no CSRF, and can be revoked', async () => {
    const made = await desk('POST', '/api/tokens', { name: 'CI', scopes: ['check'] });
    expect(made.statusCode).toBe(201);
    const { token, apiToken } = made.json();
    expect(token).toMatch(/^peel_/);
    expect(JSON.stringify((await desk('GET', '/api/tokens')).json())).not.toContain(token.split('_')[2]);
    const bearer = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    expect((await app.inject({ method: 'POST', url: '/api/check', headers: bearer, payload: { text: 'hello' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/accounts', headers: bearer })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/tokens', headers: bearer, payload: { name: 'x', scopes: ['read'] } })).statusCode).toBe(403);
    expect((await desk('DELETE', `/api/tokens/${apiToken.id}`)).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: '/api/check', headers: bearer, payload: { text: 'hello' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: 'Bearer peel_garbage' } })).statusCode).toBe(401);
  });

  it('a disabled user or changed roles take effect at once, despite the principal cache', async () => {
    const admin = await signIn(app, w, w.a.admin);
    const kim = await signIn(app, w, w.a.officer2);
    expect((await kim('GET', '/api/drafts')).statusCode).toBe(200);
    expect((await admin('PATCH', `/api/users/${w.a.officer2.user.id}`, { roles: ['professional_standards'] })).statusCode).toBe(200);
    expect((await kim('GET', '/api/drafts')).statusCode).toBe(401);
    const again = await signIn(app, w, { ...w.a.officer2, user: { ...w.a.officer2.user, roles: ['professional_standards'] } });
    expect((await again('GET', '/api/cases')).statusCode).toBe(200);
    expect((await admin('PATCH', `/api/users/${w.a.officer2.user.id}`, { disabled: true })).statusCode).toBe(200);
    expect((await again('GET', '/api/cases')).statusCode).toBe(401);
  });

  it('creates the first administrator once with the set-up link', async () => {
    const { createSetupToken } = await import('../auth/service.js');
    // The world already has a system administrator, so no link is made.
    expect(await createSetupToken(w.env)).toBeUndefined();
  });
});
