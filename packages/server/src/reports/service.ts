/**
 * Building reports: the force report (a force's own figures) and the
 * inspectorate view (every force side by side, small counts suppressed).
 * Authorization uses the policy layer's `stats.force` (force-wide roles, own
 * force only) and `stats.national` (inspectors and system administrators).
 */
import type { Env } from '../domain/context.js';
import { notFound } from '../domain/errors.js';
import { actorForce, authorize, type Actor } from '../policies/index.js';
import type { Store } from '../storage/store.js';
import { buildTables, universeOf } from './build.js';
import { computeFigures, type ReportData } from './figures.js';
import { periodBounds, type Period } from './period.js';
import type { ForceRow, ForceScope, ReportRepo } from './source.js';
import { hasVisibleSmallCount, suppressSmallCounts } from './suppress.js';
import type { ReportTable } from './table.js';

/** A force as reports name it (no ids). */
export interface ForceLabel { code: string; name: string }

/** One force's report. */
export interface ForceReport {
  kind: 'force';
  force: ForceLabel;
  period: Period;
  generatedAt: string;
  tables: ReportTable[];
}

/** The inspectorate view: each force's tables, and all forces together. */
export interface NationalReport {
  kind: 'national';
  period: Period;
  generatedAt: string;
  forces: Array<ForceLabel & { tables: ReportTable[] }>;
  allForces: ReportTable[];
}

/** Either report. */
export type AnyReport = ForceReport | NationalReport;

/** Read everything a report needs, for one force or all. */
export async function loadReportData(repo: ReportRepo, scope: ForceScope, period: Period): Promise<ReportData> {
  const bounds = periodBounds(period);
  const range = { start: bounds.start, endExclusive: bounds.endExclusive };
  const [forces, accounts, events, operators, training, posts, drafts, findings, reviews, cases] = await Promise.all([
    repo.forces(scope), repo.accounts(scope, bounds.endExclusive), repo.events(scope, bounds.endExclusive),
    repo.operators(scope, bounds.endExclusive), repo.training(scope, bounds.lastDay), repo.posts(scope, range),
    repo.drafts(scope, range), repo.findings(scope, range), repo.reviews(scope, range), repo.closedCases(scope, range),
  ]);
  return { bounds, forces, accounts, events, operators, training, posts, drafts, findings, reviews, cases };
}

const label = (f: ForceRow): ForceLabel => ({ code: f.code, name: f.name });

/** Build the report of one force (no authorization: for the CLI and for `forceReport`). */
export async function buildForceReport(store: Store, forceId: string, period: Period, now: Date): Promise<ForceReport> {
  const data = await loadReportData(store.reports, forceId, period);
  const force = data.forces[0];
  if (!force) throw notFound('Force');
  const figures = computeFigures(data, forceId);
  return {
    kind: 'force', force: label(force), period, generatedAt: now.toISOString(),
    tables: buildTables(figures, universeOf([figures]), data.bounds.months),
  };
}

/** Build the inspectorate view (no authorization: for the CLI and for `nationalReport`). */
export async function buildNationalReport(store: Store, period: Period, now: Date): Promise<NationalReport> {
  const data = await loadReportData(store.reports, null, period);
  const per = data.forces.map((f) => ({ force: f, figures: computeFigures(data, f.id) }));
  const all = computeFigures(data, null);
  // One universe for every force, so the same rows line up side by side.
  const u = universeOf([...per.map((p) => p.figures), all]);
  const forces = per.map((p) => ({
    ...label(p.force),
    tables: buildTables(p.figures, u, data.bounds.months).filter((t) => !t.forceOnly),
  }));
  const allForces = buildTables(all, u, data.bounds.months).filter((t) => !t.forceOnly);
  suppressSmallCounts(forces.map((f) => f.tables), allForces);
  // Defence in depth: never hand out a view with a visible small count.
  if ([...forces.map((f) => f.tables), allForces].some(hasVisibleSmallCount)) throw new Error('Suppression left a small count visible.');
  return { kind: 'national', period, generatedAt: now.toISOString(), forces, allForces };
}

/** The actor's own force's report. */
export async function forceReport(env: Env, actor: Actor, period: Period): Promise<ForceReport> {
  authorize(actor, 'stats.force');
  return buildForceReport(env.store, actorForce(actor), period, env.now());
}

/** Every force side by side, for inspectors: no personal data, small counts suppressed. */
export async function nationalReport(env: Env, actor: Actor, period: Period): Promise<NationalReport> {
  authorize(actor, 'stats.national');
  return buildNationalReport(env.store, period, env.now());
}
