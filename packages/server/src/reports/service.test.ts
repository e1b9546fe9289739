/**
 * The force report's numbers against independent SQL over demo-like data:
 * each expected figure is one hand-written query (or a plain sort for
 * medians), not the report's own code path.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/schema.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { seedReportFixture, type ReportFixture } from './fixture.js';
import { buildForceReport, type ForceReport } from './service.js';
import { cellAt, tableById, type ReportTable } from './table.js';

const PERIODS = [{ from: '2025-01-01', to: '2025-03-31' }, { from: '2024-01-01', to: '2025-12-31' }];
const END = (to: string): string => new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
const START = (from: string): string => `${from}T00:00:00.000Z`;

const v = (tables: ReportTable[], table: string, row: string, col: string): number | null | undefined => cellAt(tables, { table, row, col })?.value;

async function rows<T>(db: Kysely<Database>, q: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await q.execute(db)).rows;
}

for (const target of testTargets()) {
  describe.skipIf(target.unavailable !== undefined)(`force report on ${target.name}`, () => {
    let ts: TestStore;
    let fx: ReportFixture;
    beforeAll(async () => {
      ts = await target.open();
      fx = await seedReportFixture(ts.store);
    }, 60_000);
    afterAll(async () => { await ts?.cleanup(); });

    for (const period of PERIODS) {
      describe(`${period.from}..${period.to}`, () => {
        let report: ForceReport;
        let f: string;
        const s = START(period.from);
        const e = END(period.to);
        beforeAll(async () => {
          f = fx.forces[0].id;
          report = await buildForceReport(ts.store, f, period, new Date('2026-01-01T00:00:00Z'));
        });

        it('names the force and period', () => {
          expect(report.force).toEqual({ code: 'nsh', name: 'Northshire Police' });
          expect(report.period).toEqual(period);
        });

        it('accounts by status at the end of the period', async () => {
          const got = await rows<{ s: string; n: number }>(ts.handle.db, sql`
            select e.to_status as s, count(*) as n from account_events e
            where e.force_id = ${f} and e.at < ${e}
              and e.at = (select max(e2.at) from account_events e2 where e2.account_id = e.account_id and e2.at < ${e})
            group by e.to_status`);
          let total = 0;
          for (const st of ['applied', 'accredited', 'suspended', 'reinstated', 'closed']) {
            const n = Number(got.find((r) => r.s === st)?.n ?? 0);
            total += n;
            expect(v(report.tables, 'accounts_status', st, 'count'), st).toBe(n);
          }
          expect(v(report.tables, 'accounts_status', 'all', 'count')).toBe(total);
          expect(total).toBeGreaterThan(0);
        });

        it('accounts by platform (active)', async () => {
          const got = await rows<{ p: string; n: number }>(ts.handle.db, sql`
            select a.platform as p, count(*) as n from accounts a join account_events e on e.account_id = a.id
            where a.force_id = ${f} and e.at < ${e} and e.to_status in ('accredited', 'reinstated')
              and e.at = (select max(e2.at) from account_events e2 where e2.account_id = a.id and e2.at < ${e})
            group by a.platform`);
          for (const r of got) expect(v(report.tables, 'accounts_platform', r.p, 'active'), r.p).toBe(Number(r.n));
        });

        it('lifecycle steps and closure reasons in the period', async () => {
          const steps = await rows<{ s: string; n: number }>(ts.handle.db, sql`
            select to_status as s, count(*) as n from account_events where force_id = ${f} and at >= ${s} and at < ${e} group by to_status`);
          for (const st of ['accredited', 'suspended', 'reinstated', 'closed']) {
            expect(v(report.tables, 'lifecycle', st, 'count'), st).toBe(Number(steps.find((r) => r.s === st)?.n ?? 0));
          }
          const reasons = await rows<{ c: string; n: number }>(ts.handle.db, sql`
            select reason_category as c, count(*) as n from account_events
            where force_id = ${f} and to_status = 'closed' and at >= ${s} and at < ${e} group by reason_category`);
          for (const r of reasons) expect(v(report.tables, 'closure_reasons', r.c, 'count')).toBe(Number(r.n));
        });

        it('training compliance of operators of active accounts', async () => {
          const day = period.to;
          const [r] = await rows<{ ops: number; cur: number }>(ts.handle.db, sql`
            with active_ops as (
              select distinct o.person_id from account_operators o join account_events e on e.account_id = o.account_id
              where o.force_id = ${f} and o.added_at < ${e} and e.at < ${e} and e.to_status in ('accredited', 'reinstated')
                and e.at = (select max(e2.at) from account_events e2 where e2.account_id = o.account_id and e2.at < ${e}))
            select (select count(*) from active_ops) as ops,
                   (select count(*) from active_ops a where exists (select 1 from training_records t where t.person_id = a.person_id
                      and t.completed_on <= ${day} and (t.expires_on is null or t.expires_on >= ${day}))) as cur`);
          expect(v(report.tables, 'training', 'all', 'count')).toBe(Number(r.ops));
          expect(v(report.tables, 'training', 'current', 'count')).toBe(Number(r.cur));
          const share = v(report.tables, 'training', 'current', 'share');
          expect(share).toBeCloseTo(Number(r.ops) ? (100 * Number(r.cur)) / Number(r.ops) : Number.NaN, 6);
        });

        it('posts and drafts by verdict', async () => {
          const posts = await rows<{ vd: string; n: number }>(ts.handle.db, sql`
            select verdict as vd, count(*) as n from posts where force_id = ${f} and published_at >= ${s} and published_at < ${e} group by verdict`);
          const drafts = await rows<{ vd: string; n: number }>(ts.handle.db, sql`
            select verdict as vd, count(*) as n from drafts where force_id = ${f} and created_at >= ${s} and created_at < ${e} group by verdict`);
          for (const vd of ['pass', 'advise', 'review', 'block']) {
            expect(v(report.tables, 'verdicts', vd, 'posts')).toBe(Number(posts.find((r) => r.vd === vd)?.n ?? 0));
            expect(v(report.tables, 'verdicts', vd, 'drafts')).toBe(Number(drafts.find((r) => r.vd === vd)?.n ?? 0));
          }
          expect(v(report.tables, 'verdicts', 'all', 'posts')).toBe(posts.reduce((a, r) => a + Number(r.n), 0));
        });

        it('findings per 1,000 posts by rule, and the false-alarm rate', async () => {
          const [{ n: postCount }] = await rows<{ n: number }>(ts.handle.db, sql`
            select count(*) as n from posts where force_id = ${f} and published_at >= ${s} and published_at < ${e}`);
          const byRule = await rows<{ rule: string; st: string; n: number }>(ts.handle.db, sql`
            select fi.rule as rule, fi.status as st, count(*) as n from findings fi join posts p on p.id = fi.post_id
            where p.force_id = ${f} and p.published_at >= ${s} and p.published_at < ${e} group by fi.rule, fi.status`);
          const rules = [...new Set(byRule.map((r) => r.rule))];
          expect(rules.length).toBeGreaterThan(0);
          for (const rule of rules) {
            const c = (st: string) => Number(byRule.find((r) => r.rule === rule && r.st === st)?.n ?? 0);
            const total = c('open') + c('confirmed') + c('dismissed');
            expect(v(report.tables, 'findings_rule', rule, 'findings'), rule).toBe(total);
            expect(v(report.tables, 'findings_rule', rule, 'per1000')).toBeCloseTo((1000 * total) / Number(postCount), 6);
            expect(v(report.tables, 'findings_rule', rule, 'confirmed')).toBe(c('confirmed'));
            expect(v(report.tables, 'findings_rule', rule, 'dismissed')).toBe(c('dismissed'));
            const reviewed = c('confirmed') + c('dismissed');
            if (reviewed > 0) expect(v(report.tables, 'findings_rule', rule, 'falseAlarm')).toBeCloseTo((100 * c('dismissed')) / reviewed, 6);
            else expect(v(report.tables, 'findings_rule', rule, 'falseAlarm')).toBeNull();
          }
        });

        it('findings per 1,000 posts by team', async () => {
          const got = await rows<{ team: string | null; posts: number; findings: number }>(ts.handle.db, sql`
            select a.team as team, count(distinct p.id) as posts, count(fi.id) as findings
            from posts p join accounts a on a.id = p.account_id left join findings fi on fi.post_id = p.id
            where p.force_id = ${f} and p.published_at >= ${s} and p.published_at < ${e} group by a.team`);
          for (const r of got) {
            const key = r.team ?? '';
            expect(v(report.tables, 'findings_team', key, 'posts')).toBe(Number(r.posts));
            expect(v(report.tables, 'findings_team', key, 'findings')).toBe(Number(r.findings));
            expect(v(report.tables, 'findings_team', key, 'per1000')).toBeCloseTo((1000 * Number(r.findings)) / Number(r.posts), 6);
          }
        });

        it('time from finding to review, and case durations (medians)', async () => {
          const times = await rows<{ c: string; r: string }>(ts.handle.db, sql`
            select fi.created_at as c, fi.reviewed_at as r from findings fi join posts p on p.id = fi.post_id
            where p.force_id = ${f} and p.published_at >= ${s} and p.published_at < ${e} and fi.reviewed_at is not null`);
          const hours = times.map((t) => (Date.parse(t.r) - Date.parse(t.c)) / 3_600_000).sort((a, b) => a - b);
          expect(v(report.tables, 'resolution', 'review', 'count')).toBe(hours.length);
          const mid = hours.length % 2 ? hours[(hours.length - 1) / 2] : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
          expect(v(report.tables, 'resolution', 'review', 'median')).toBeCloseTo(mid, 6);
        });

        it('case outcomes and the share handled as learning', async () => {
          const got = await rows<{ o: string; n: number }>(ts.handle.db, sql`
            select outcome as o, count(*) as n from cases where force_id = ${f} and status = 'closed' and closed_at >= ${s} and closed_at < ${e} group by outcome`);
          const n = (o: string) => Number(got.find((r) => r.o === o)?.n ?? 0);
          for (const r of got) expect(v(report.tables, 'case_outcomes', r.o, 'count')).toBe(Number(r.n));
          const learning = n('advice') + n('reflective_practice') + n('refresher_training');
          const sanction = n('account_suspended_pending_training') + n('account_closed') + n('referred_to_professional_standards');
          const total = got.reduce((a, r) => a + Number(r.n), 0);
          expect(v(report.tables, 'case_approach', 'learning', 'count')).toBe(learning);
          expect(v(report.tables, 'case_approach', 'sanction', 'count')).toBe(sanction);
          if (total) expect(v(report.tables, 'case_approach', 'learning', 'share')).toBeCloseTo((100 * learning) / total, 6);
        });

        it('trend: posts and findings by month', async () => {
          const got = await rows<{ m: string; n: number }>(ts.handle.db, sql`
            select substr(published_at, 1, 7) as m, count(*) as n from posts where force_id = ${f} and published_at >= ${s} and published_at < ${e}
            group by substr(published_at, 1, 7)`);
          const trend = tableById(report.tables, 'trend');
          expect(trend.rows[0].key).toBe(period.from.slice(0, 7));
          expect(trend.rows.at(-1)?.key).toBe(period.to.slice(0, 7));
          for (const r of trend.rows) expect(r.cells.posts.value, r.key).toBe(Number(got.find((x) => x.m === r.key)?.n ?? 0));
        });
      });
    }

    it('other forces see nothing of this force, and vice versa', async () => {
      const small = await buildForceReport(ts.store, fx.forces[2].id, PERIODS[1], new Date());
      const [{ n }] = await rows<{ n: number }>(ts.handle.db, sql`select count(*) as n from accounts where force_id = ${fx.forces[2].id}`);
      expect(v(small.tables, 'accounts_status', 'all', 'count')).toBe(Number(n));
    });
  });
}
