/**
 * Report routes: who may see which report, every format, and for the
 * inspectorate view no small count and no personal data in any format.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../domain/testing.js';
import { seedReportFixture, type ReportFixture } from '../../reports/fixture.js';
import type { JsonTable } from '../../reports/render-json.js';
import { testTargets, type TestStore } from '../../storage/testing.js';
import { signIn, worldApp, type Caller } from '../testing.js';

const Q = 'from=2024-07-01&to=2025-06-30';

/** Every count shown as a number in a JSON table set. */
const shownCounts = (tables: JsonTable[]): number[] => tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)))
  .filter((c) => c.kind === 'count' && c.value !== null).map((c) => c.value as number);

describe('report routes', () => {
  let o: TestStore;
  let app: FastifyInstance;
  let w: World;
  let fx: ReportFixture;
  let desk: Caller;
  let officer: Caller;
  let inspector: Caller;
  let admin: Caller;
  beforeAll(async () => {
    o = await testTargets()[0].open();
    ({ app, world: w } = await worldApp(o.store));
    fx = await seedReportFixture(o.store);
    desk = await signIn(app, w, w.a.desk);
    officer = await signIn(app, w, w.a.officer);
    inspector = await signIn(app, w, w.inspector);
    admin = await signIn(app, w, w.a.admin);
  }, 60_000);
  afterAll(async () => { await app.close(); await o.cleanup(); });

  it('force roles get their own force report; officers, inspectors and anonymous callers do not', async () => {
    const r = await desk('GET', `/api/reports/force?${Q}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    const body = r.json();
    expect(body).toMatchObject({ kind: 'force', force: { code: 'aa' }, period: { from: '2024-07-01', to: '2025-06-30' } });
    expect((await admin('GET', `/api/reports/force?${Q}`)).json().force.code).toBe('aa');
    expect((await officer('GET', `/api/reports/force?${Q}`)).statusCode).toBe(403);
    expect((await inspector('GET', `/api/reports/force?${Q}`)).statusCode).toBe(403);
    expect((await app.inject(`/api/reports/force?${Q}`)).statusCode).toBe(401);
  });

  it('the national view is for inspectors only', async () => {
    expect((await inspector('GET', `/api/reports/national?${Q}`)).statusCode).toBe(200);
    expect((await desk('GET', `/api/reports/national?${Q}`)).statusCode).toBe(403);
    expect((await officer('GET', `/api/reports/national?${Q}`)).statusCode).toBe(403);
  });

  it('bad periods are clear 422s in the one error shape', async () => {
    for (const q of ['from=2025-02-30&to=2025-03-01', 'from=2025-03-02&to=2025-03-01', 'from=yesterday', 'format=docx', 'from=2025-01-01&x=1']) {
      const r = await desk('GET', `/api/reports/force?${q}`);
      expect(r.statusCode, q).toBe(422);
      expect(Object.keys(r.json())).toEqual(['error']);
    }
  });

  it('defaults to the last twelve months', async () => {
    const r = (await desk('GET', '/api/reports/force')).json();
    expect(r.period).toEqual({ from: '2024-04-01', to: '2025-03-01' });
  });

  it('sends CSV, PDF and an HTML page with charts', async () => {
    const csv = await desk('GET', `/api/reports/force?${Q}&format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="peel-report-aa-2024-07-01-to-2025-06-30.csv"');
    expect(csv.body.split('\r\n')[0]).toBe('force_code,force_name,period_from,period_to,table,table_title,row,row_label,column,column_label,value,unit');
    const pdf = await desk('GET', `/api/reports/force?${Q}&format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const html = await desk('GET', `/api/reports/force?${Q}&format=html`);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('<svg');
    expect(html.body).toContain('href="/api/reports/force?from=2024-07-01&amp;to=2025-06-30&amp;format=pdf"');
    expect(html.body).not.toMatch(/<script|style="/);
  });

  describe('the inspectorate view hides small counts and personal data in every format', () => {
    it('JSON', async () => {
      const r = (await inspector('GET', `/api/reports/national?${Q}`)).json() as { forces: Array<{ code: string; tables: JsonTable[] }>; allForces: JsonTable[] };
      expect(r.forces.map((f) => f.code)).toEqual(['aa', 'bb', 'nsh', 'sip', 'wmc']);
      for (const f of r.forces) {
        for (const n of shownCounts(f.tables)) expect(n === 0 || n >= 5, `${f.code}: ${n}`).toBe(true);
        expect(f.tables.some((t) => t.id.includes('team'))).toBe(false);
      }
      const cells = r.forces.flatMap((f) => f.tables.flatMap((t) => t.rows.flatMap((row) => Object.values(row.cells))));
      expect(cells.some((c) => c.suppressed === 'small' && c.text === 'fewer than 5' && c.value === null)).toBe(true);
      expect(cells.some((c) => c.suppressed === 'secondary' && c.text === 'hidden')).toBe(true);
      const text = JSON.stringify(r);
      for (const s of fx.secrets) expect(text.includes(s)).toBe(false);
    });

    it('CSV', async () => {
      const body = (await inspector('GET', `/api/reports/national?${Q}&format=csv`)).body;
      const lines = body.trim().split('\r\n').slice(1);
      expect(lines.length).toBeGreaterThan(100);
      for (const line of lines) {
        const cols = line.split(',');
        const [value, unit] = cols.slice(-2);
        if (unit === 'count' && /^\d+$/.test(value)) expect(Number(value) === 0 || Number(value) >= 5, line).toBe(true);
      }
      expect(body).toContain(',fewer than 5,count');
      for (const s of fx.secrets) expect(body.includes(s)).toBe(false);
    });

    it('HTML', async () => {
      const r = await inspector('GET', `/api/reports/national?${Q}&format=html`);
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('<td class="suppressed">fewer than 5</td>');
      // Every count column of the side-by-side tables: no visible 1 to 4.
      const json = (await inspector('GET', `/api/reports/national?${Q}`)).json() as { allForces: JsonTable[] };
      const countTables = new Set(json.allForces.flatMap((t) => t.columns.filter((c) => t.rows.some((row) => row.cells[c.key]?.kind === 'count')).map((c) => `${t.id}.${c.key}`)));
      for (const id of countTables) {
        const section = r.body.split(`<section id="t-${id}">`)[1]?.split('</section>')[0] ?? '';
        expect(section, id).not.toBe('');
        for (const m of section.matchAll(/<td(?: class="suppressed")?>([^<]*)<\/td>/g)) expect(/^[1-4]$/.test(m[1]), `${id}: ${m[1]}`).toBe(false);
      }
      for (const s of fx.secrets) expect(r.body.includes(s)).toBe(false);
    });
  });
});
