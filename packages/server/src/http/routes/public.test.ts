/**
 * The public register: never shows a suspended or closed account as
 * official, shows only fields marked public (checked field by field, row by
 * row, against every non-public value in the database), needs no sign-in,
 * caches, and rate limits per address.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../domain/testing.js';
import { seedReportFixture, type ReportFixture } from '../../reports/fixture.js';
import { PUBLIC_BURST } from './public.js';
import { PUBLIC_FIELDS, type PublicAccount } from '../../reports/register.js';
import { testTargets, type TestStore } from '../../storage/testing.js';
import { worldApp } from '../testing.js';

let ipCounter = 0;
/** A fresh client address per call site, so the rate limit does not interfere with other tests. */
const ip = (): string => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

describe('public register', () => {
  let o: TestStore;
  let app: FastifyInstance;
  let w: World;
  let fx: ReportFixture;
  let rows: PublicAccount[];
  const get = (url: string, headers: Record<string, string> = {}, remoteAddress = ip()) => app.inject({ method: 'GET', url, headers, remoteAddress });

  beforeAll(async () => {
    o = await testTargets()[0].open();
    ({ app, world: w } = await worldApp(o.store));
    fx = await seedReportFixture(o.store);
    const r = await get('/public/accounts.json');
    expect(r.statusCode).toBe(200);
    rows = r.json().accounts as PublicAccount[];
  }, 60_000);
  afterAll(async () => { await app.close(); await o.cleanup(); });

  it('lists every accredited and reinstated account as official, and no other account as official', () => {
    const official = new Set(rows.filter((r) => r.official).map((r) => r.handle));
    for (const h of [...fx.handles.accredited, ...fx.handles.reinstated, w.a.account.handle, w.b.monitored.handle]) expect(official.has(h), h).toBe(true);
    for (const h of [...fx.handles.suspended, ...fx.handles.closed, ...fx.handles.applied]) expect(official.has(h), h).toBe(false);
    const listed = new Set(rows.map((r) => r.handle));
    for (const h of fx.handles.applied) expect(listed.has(h), 'applications are not public').toBe(false);
    for (const h of [...fx.handles.suspended, ...fx.handles.closed]) expect(listed.has(h), h).toBe(true);
  });

  it('leaks no field that is not marked public (every field of every row)', async () => {
    // Every value stored about accounts, people, operators, events and cases that is not itself public.
    const db = o.handle.db;
    const secret = new Set<string>(fx.secrets);
    const collect = async (q: ReturnType<typeof sql<Record<string, unknown>>>) => {
      for (const r of (await q.execute(db)).rows) for (const v of Object.values(r)) if (v !== null && v !== '') secret.add(String(v));
    };
    await collect(sql`select id, force_id, trust_tier, status, version, created_at, updated_at from accounts`);
    await collect(sql`select id, name, number, rank, supervisor_id from people`);
    await collect(sql`select account_id, person_id, added_at from account_operators`);
    await collect(sql`select id, to_status, reason_category, reason, conditions, at from account_events`);
    await collect(sql`select id, email, display_name from users`);
    await collect(sql`select summary, outcome from cases`);
    await collect(sql`select id from forces`);
    const allowed = new Set<string>(PUBLIC_FIELDS);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([...PUBLIC_FIELDS].sort());
      for (const [field, value] of Object.entries(row)) {
        expect(allowed.has(field)).toBe(true);
        if (typeof value === 'string') {
          expect(secret.has(value), `${field} holds a non-public value`).toBe(false);
          for (const s of fx.secrets) expect(value.includes(s), `${field} contains personal data or a reason`).toBe(false);
        }
      }
      if (!row.official) expect([row.url, row.teamOrRole]).toEqual([null, null]);
    }
  });

  it('the CSV has the same rows and only the public columns', async () => {
    const r = await get('/public/accounts.csv');
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    const lines = r.body.trim().split('\r\n');
    expect(lines[0]).toBe(PUBLIC_FIELDS.join(','));
    expect(lines.length - 1).toBe(rows.length);
    for (const s of fx.secrets) expect(r.body.includes(s)).toBe(false);
    for (const h of [...fx.handles.suspended, ...fx.handles.closed]) {
      const line = lines.find((l) => l.split(',')[1] === h);
      expect(line?.split(',').at(-1), h).toBe('no');
    }
  });

  it('answers "is @handle official?" without sign-in, and never says yes for a suspended or closed account', async () => {
    const yes = await get(`/public?handle=${encodeURIComponent(fx.handles.accredited[0].toUpperCase())}`);
    expect(yes.statusCode).toBe(200);
    expect(yes.body).toContain('class="answer official"');
    expect(yes.body).toContain('is an official account of');
    for (const h of [...fx.handles.suspended, ...fx.handles.closed]) {
      const page = (await get(`/public?handle=${encodeURIComponent(h)}`)).body;
      expect(page, h).toContain('is not an official police account');
      expect(page, h).not.toContain('class="answer official"');
      for (const s of fx.secrets) expect(page.includes(s)).toBe(false);
    }
    const unknown = (await get('/public?handle=%40nobody_at_all')).body;
    expect(unknown).toContain('is not in the register');
    const byUrl = (await get(`/public?handle=${encodeURIComponent(`https://x.com/${fx.handles.reinstated[0].slice(1)}`)}`)).body;
    expect(byUrl).toContain('class="answer official"');
  });

  it('escapes what was typed, and rejects a bad platform in the one error shape', async () => {
    const page = (await get('/public?handle=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).body;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    const bad = await get('/public?handle=x&platform=myspace');
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json())).toEqual(['error']);
  });

  it('sets cache headers and answers 304 to a matching ETag', async () => {
    const r = await get('/public/accounts.json');
    expect(r.headers['cache-control']).toBe('public, max-age=300');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    const again = await get('/public/accounts.json', { 'if-none-match': String(r.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/public')).headers['cache-control']).toBe('public, max-age=300');
    expect((await get('/public?handle=abc')).headers['cache-control']).toBe('public, max-age=60');
    expect((await get('/public/peel.css')).headers['content-type']).toMatch(/^text\/css/);
  });

  it('rate limits each address with a token bucket', async () => {
    const addr = '192.0.2.7';
    for (let i = 0; i < PUBLIC_BURST; i++) expect((await get('/public/accounts.csv', {}, addr)).statusCode).toBe(200);
    const limited = await get('/public/accounts.csv', {}, addr);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await get('/public/accounts.csv', {}, '192.0.2.8')).statusCode).toBe(200);
  });
});
