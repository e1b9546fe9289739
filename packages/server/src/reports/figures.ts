/**
 * The report's figures for one force, or for all forces together, computed
 * from what the report repository read. Plain numbers only: turning them into
 * tables, suppressing small counts and rendering happen elsewhere.
 */
import { CASE_OUTCOMES } from '../domain/model.js';
import { monthOf, inPeriod, type PeriodBounds } from './period.js';
import type {
  AccountRow, CaseRow, DraftGroup, EventRow, FindingGroup, ForceRow, OperatorRow, PostGroup, ReviewRow, TrainingRow,
} from './source.js';

/** Everything a report reads, for one force or all. */
export interface ReportData {
  bounds: PeriodBounds;
  forces: ForceRow[];
  accounts: AccountRow[];
  events: EventRow[];
  operators: OperatorRow[];
  training: TrainingRow[];
  posts: PostGroup[];
  drafts: DraftGroup[];
  findings: FindingGroup[];
  reviews: ReviewRow[];
  cases: CaseRow[];
}

/** Counts by key. */
export type Counter = Record<string, number>;

/** Accounts in one group by their status at the end of the period. */
export interface StatusMix { total: number; applied: number; active: number; suspended: number; closed: number }
/** Findings of one rule by review status. */
export interface ReviewMix { total: number; open: number; confirmed: number; dismissed: number }
/** One month of the trend. */
export interface TrendMonth {
  posts: number; findings: number; confirmed: number; dismissed: number;
  accreditations: number; suspensions: number; closures: number; casesClosed: number; casesLearning: number;
}

/** All figures of a report. */
export interface Figures {
  /** Status at the end of the period of every account that existed by then. */
  accounts: { total: number; byStatus: Counter; byPlatform: Record<string, StatusMix>; byTeam: Record<string, StatusMix> };
  /** Lifecycle steps taken in the period, by the status reached. */
  lifecycle: Counter;
  closureReasons: Counter;
  /** Conditions of the period's suspensions (one suspension may carry several; `none` when it had none). */
  suspensionConditions: Counter;
  /** Operators of accounts active at the end of the period, by training on the last day. */
  training: { operators: number; current: number; lapsed: number; never: number; byTeam: Record<string, { operators: number; current: number }> };
  posts: { total: number; byVerdict: Counter; byTeam: Counter };
  drafts: { total: number; byVerdict: Counter };
  findings: { total: number; byRule: Record<string, ReviewMix>; byTeam: Counter };
  /** Hours from a finding being raised to its review, sorted. */
  reviewHours: number[];
  /** Days from a case being opened to its closure (cases closed in the period), sorted. */
  caseDays: number[];
  cases: { total: number; byOutcome: Counter };
  trend: Record<string, TrendMonth>;
}

/** Key used for records without a team. */
export const NO_TEAM = '';

/** Case outcomes that are learning. */
export const LEARNING_OUTCOMES: readonly string[] = ['advice', 'reflective_practice', 'refresher_training'];
/** Case outcomes that restrict or sanction (the rest, bar no further action, are learning). */
export const SANCTION_OUTCOMES: readonly string[] = [
  'account_suspended_pending_training', 'account_closed', 'referred_to_professional_standards',
];

const ACTIVE = new Set(['accredited', 'reinstated']);
const HOUR_MS = 3_600_000;

const add = (c: Counter, key: string, n = 1): void => { c[key] = (c[key] ?? 0) + n; };
const emptyMix = (): StatusMix => ({ total: 0, applied: 0, active: 0, suspended: 0, closed: 0 });
const emptyMonth = (): TrendMonth => ({
  posts: 0, findings: 0, confirmed: 0, dismissed: 0, accreditations: 0, suspensions: 0, closures: 0, casesClosed: 0, casesLearning: 0,
});

function mixAdd(m: StatusMix, status: string): void {
  m.total++;
  if (ACTIVE.has(status)) m.active++;
  else if (status === 'suspended' || status === 'closed' || status === 'applied') m[status]++;
}

function accountFigures(d: ReportData, trend: Record<string, TrendMonth>): Pick<Figures, 'accounts' | 'lifecycle' | 'closureReasons' | 'suspensionConditions'> & { status: Map<string, string> } {
  // Events come ordered by time, so the last one seen is the status at the end of the period.
  const status = new Map<string, string>();
  const lifecycle: Counter = {};
  const closureReasons: Counter = {};
  const suspensionConditions: Counter = {};
  for (const e of d.events) {
    status.set(e.accountId, e.toStatus);
    if (!inPeriod(e.at, d.bounds) || e.toStatus === 'applied') continue;
    add(lifecycle, e.toStatus);
    const t = trend[monthOf(e.at)];
    if (e.toStatus === 'closed') {
      add(closureReasons, e.reasonCategory ?? 'other');
      if (t) t.closures++;
    } else if (e.toStatus === 'suspended') {
      if (e.conditions.length === 0) add(suspensionConditions, 'none');
      for (const c of new Set(e.conditions)) add(suspensionConditions, c);
      if (t) t.suspensions++;
    } else if (e.toStatus === 'accredited' && t) t.accreditations++;
  }
  const byStatus: Counter = {};
  const byPlatform: Record<string, StatusMix> = {};
  const byTeam: Record<string, StatusMix> = {};
  for (const a of d.accounts) {
    const s = status.get(a.id) ?? 'applied';
    add(byStatus, s);
    mixAdd(byPlatform[a.platform] ??= emptyMix(), s);
    mixAdd(byTeam[a.team ?? NO_TEAM] ??= emptyMix(), s);
  }
  return { accounts: { total: d.accounts.length, byStatus, byPlatform, byTeam }, lifecycle, closureReasons, suspensionConditions, status };
}

function trainingFigures(d: ReportData, status: Map<string, string>): Figures['training'] {
  const people = new Map<string, string>();
  for (const o of d.operators) if (ACTIVE.has(status.get(o.accountId) ?? '')) people.set(o.personId, o.team ?? NO_TEAM);
  const day = d.bounds.lastDay;
  const current = new Set<string>();
  const trained = new Set<string>();
  for (const t of d.training) {
    if (t.completedOn > day) continue;
    trained.add(t.personId);
    if (t.expiresOn === null || t.expiresOn >= day) current.add(t.personId);
  }
  const out: Figures['training'] = { operators: people.size, current: 0, lapsed: 0, never: 0, byTeam: {} };
  for (const [id, team] of people) {
    const tm = out.byTeam[team] ??= { operators: 0, current: 0 };
    tm.operators++;
    if (current.has(id)) { out.current++; tm.current++; } else if (trained.has(id)) out.lapsed++; else out.never++;
  }
  return out;
}

const sortedNumbers = (xs: number[]): number[] => xs.sort((a, b) => a - b);

/** Figures for one force (`forceId`), or for every force in the data (`null`). */
export function computeFigures(data: ReportData, forceId: string | null): Figures {
  const mine = <T extends { forceId: string }>(rows: T[]): T[] => (forceId === null ? rows : rows.filter((r) => r.forceId === forceId));
  const d: ReportData = {
    ...data, accounts: mine(data.accounts), events: mine(data.events), operators: mine(data.operators),
    training: mine(data.training), posts: mine(data.posts), drafts: mine(data.drafts), findings: mine(data.findings),
    reviews: mine(data.reviews), cases: mine(data.cases),
  };
  const trend: Record<string, TrendMonth> = {};
  for (const m of d.bounds.months) trend[m] = emptyMonth();
  const acc = accountFigures(d, trend);

  const posts: Figures['posts'] = { total: 0, byVerdict: {}, byTeam: {} };
  for (const p of d.posts) {
    posts.total += p.n;
    add(posts.byVerdict, p.verdict, p.n);
    add(posts.byTeam, p.team ?? NO_TEAM, p.n);
    if (trend[p.month]) trend[p.month].posts += p.n;
  }
  const drafts: Figures['drafts'] = { total: 0, byVerdict: {} };
  for (const g of d.drafts) { drafts.total += g.n; add(drafts.byVerdict, g.verdict, g.n); }

  const findings: Figures['findings'] = { total: 0, byRule: {}, byTeam: {} };
  for (const f of d.findings) {
    findings.total += f.n;
    const r = findings.byRule[f.rule] ??= { total: 0, open: 0, confirmed: 0, dismissed: 0 };
    r.total += f.n;
    if (f.status === 'open' || f.status === 'confirmed' || f.status === 'dismissed') r[f.status] += f.n;
    add(findings.byTeam, f.team ?? NO_TEAM, f.n);
    const t = trend[f.month];
    if (t) {
      t.findings += f.n;
      if (f.status === 'confirmed') t.confirmed += f.n;
      if (f.status === 'dismissed') t.dismissed += f.n;
    }
  }

  const cases: Figures['cases'] = { total: 0, byOutcome: {} };
  for (const o of CASE_OUTCOMES) cases.byOutcome[o] = 0;
  for (const c of d.cases) {
    cases.total++;
    add(cases.byOutcome, c.outcome ?? 'no_further_action');
    const t = trend[monthOf(c.closedAt)];
    if (t) {
      t.casesClosed++;
      if (LEARNING_OUTCOMES.includes(c.outcome ?? '')) t.casesLearning++;
    }
  }

  return {
    accounts: acc.accounts, lifecycle: acc.lifecycle, closureReasons: acc.closureReasons,
    suspensionConditions: acc.suspensionConditions, training: trainingFigures(d, acc.status), posts, drafts, findings,
    reviewHours: sortedNumbers(d.reviews.map((r) => (Date.parse(r.reviewedAt) - Date.parse(r.createdAt)) / HOUR_MS)),
    caseDays: sortedNumbers(d.cases.map((c) => (Date.parse(c.closedAt) - Date.parse(c.openedAt)) / (24 * HOUR_MS))),
    cases, trend,
  };
}

/** The q-quantile (0..1) of sorted numbers by linear interpolation; null when empty. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
