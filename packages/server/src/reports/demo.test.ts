/**
 * The report on the server's demo force, checked against the store's own
 * counting queries (a separate code path from the report repository), and
 * the inspectorate view of it checked for names.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type DemoResult } from '../demo/load.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { renderCsv } from './render-csv.js';
import { buildForceReport, buildNationalReport, type ForceReport } from './service.js';
import { cellAt } from './table.js';

const NOW = new Date('2025-06-01T09:00:00Z');
// The demo spreads its history over the 200 days before "now".
const PERIOD = { from: '2024-10-01', to: '2025-06-01' };

describe('report on the demo force', () => {
  let o: TestStore;
  let demo: DemoResult;
  let r: ForceReport;
  const v = (table: string, row: string, col: string) => cellAt(r.tables, { table, row, col })?.value;
  beforeAll(async () => {
    o = await testTargets()[0].open();
    demo = await loadDemo(o.store, { password: 'demo-password-for-tests', now: NOW });
    r = await buildForceReport(o.store, demo.forceId, PERIOD, NOW);
  }, 120_000);
  afterAll(() => o.cleanup());

  it('accounts by status equal the register\'s own count', async () => {
    const byStatus = await o.store.accounts.countByStatus(demo.forceId);
    for (const s of ['applied', 'accredited', 'suspended', 'reinstated', 'closed']) expect(v('accounts_status', s, 'count'), s).toBe(byStatus[s] ?? 0);
    expect(v('accounts_status', 'all', 'count')).toBeGreaterThanOrEqual(45);
  });

  it('findings by rule equal the review counts per rule', async () => {
    const counts = await o.store.findings.ruleCounts(demo.forceId);
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) {
      expect(v('findings_rule', c.rule, 'confirmed'), c.rule).toBe(c.confirmed);
      expect(v('findings_rule', c.rule, 'dismissed'), c.rule).toBe(c.dismissed);
      expect(v('findings_rule', c.rule, 'open'), c.rule).toBe(c.open);
    }
  });

  it('case outcomes equal the closed cases by outcome', async () => {
    const byOutcome = await o.store.cases.countByOutcome(demo.forceId);
    for (const [k, n] of Object.entries(byOutcome)) expect(v('case_outcomes', k, 'count'), k).toBe(n);
  });

  it('posts checked equal the posts in the store', async () => {
    const posts = await o.store.posts.list(demo.forceId, { limit: 500 });
    expect(v('verdicts', 'all', 'posts')).toBe(posts.items.length);
    for (const verdict of ['pass', 'advise', 'review', 'block']) {
      expect(v('verdicts', verdict, 'posts'), verdict).toBe(posts.items.filter((p) => p.verdict === verdict).length);
    }
  });

  it('the inspectorate view of the demo names nobody', async () => {
    const n = await buildNationalReport(o.store, PERIOD, NOW);
    const text = renderCsv(n) + JSON.stringify(n);
    const names = (await sql<{ name: string; number: string }>`select name, number from people`.execute(o.handle.db)).rows;
    expect(names.length).toBeGreaterThan(40);
    for (const p of names) expect(text.includes(p.name), 'a person\'s name').toBe(false);
  });
});
