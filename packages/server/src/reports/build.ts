/**
 * Figures → tables. The rows of open-ended lists (platforms, teams, rules)
 * come from a "universe" so that every force's tables in the inspectorate
 * view have the same rows; fixed lists (statuses, verdicts, outcomes) are
 * always shown in full, zeros included.
 */
import { ACCOUNT_STATUSES, CASE_OUTCOMES, CLOSURE_CATEGORIES, SUSPENSION_CONDITIONS } from '../domain/model.js';
import { LEARNING_OUTCOMES, quantile, SANCTION_OUTCOMES, type Counter, type Figures, type StatusMix } from './figures.js';
import {
  CLOSURE_LABELS, CONDITION_LABELS, label, monthLabel, OUTCOME_LABELS, PLATFORM_LABELS, RULE_NAMES, STATUS_LABELS,
  teamLabel, VERDICT_LABELS,
} from './labels.js';
import { count, ratio, TOTAL, type Cell, type Column, type ReportTable, type Row } from './table.js';

/** Row keys of the open-ended lists. */
export interface Universe { platforms: string[]; teams: string[]; trainingTeams: string[]; rules: string[] }

const sortKeys = (keys: Iterable<string>): string[] => [...new Set(keys)].sort((a, b) => a.localeCompare(b));

/** The rows needed to show every one of `figs` (one force, or several side by side). */
export function universeOf(figs: readonly Figures[]): Universe {
  return {
    platforms: sortKeys(figs.flatMap((f) => Object.keys(f.accounts.byPlatform))),
    teams: sortKeys(figs.flatMap((f) => [...Object.keys(f.accounts.byTeam), ...Object.keys(f.posts.byTeam)])),
    trainingTeams: sortKeys(figs.flatMap((f) => Object.keys(f.training.byTeam))),
    // Guideline order (P, L, O, S, N, W, R) reads better than alphabetical.
    rules: sortKeys(figs.flatMap((f) => Object.keys(f.findings.byRule))).sort((a, b) => ruleOrder(a) - ruleOrder(b) || a.localeCompare(b)),
  };
}

const RULE_ORDER = Object.keys(RULE_NAMES);
const ruleOrder = (r: string): number => (RULE_ORDER.includes(r) ? RULE_ORDER.indexOf(r) : RULE_ORDER.length);

const cols = (...pairs: Array<[string, string]>): Column[] => pairs.map(([key, lbl]) => ({ key, label: lbl }));
const row = (key: string, lbl: string, cells: Record<string, Cell>, total = false): Row => (total ? { key, label: lbl, cells, total } : { key, label: lbl, cells });
const n = (c: Counter, k: string): number => c[k] ?? 0;

/** Rows of one count column with a share of the total, plus the total row. */
function countShareRows(table: string, keys: string[], labels: (k: string) => string, c: Counter, total: number, totalLabel = 'Total'): Row[] {
  const share = (k: string, v: number): Cell => ratio('percent', v, total, [{ table, row: k, col: 'count' }, { table, row: TOTAL, col: 'count' }]);
  return [
    ...keys.map((k) => row(k, labels(k), { count: count(n(c, k)), share: share(k, n(c, k)) })),
    row(TOTAL, totalLabel, { count: count(total) }, true),
  ];
}

function mixTable(id: string, title: string, rowHeader: string, keys: string[], labels: (k: string) => string, mixes: Record<string, StatusMix>, forceOnly: boolean): ReportTable {
  const zero: StatusMix = { total: 0, applied: 0, active: 0, suspended: 0, closed: 0 };
  const cells = (m: StatusMix): Record<string, Cell> => ({ total: count(m.total), active: count(m.active), suspended: count(m.suspended), closed: count(m.closed) });
  const sum = { ...zero };
  for (const k of keys) for (const f of ['total', 'applied', 'active', 'suspended', 'closed'] as const) sum[f] += (mixes[k] ?? zero)[f];
  return {
    id, title, rowHeader, forceOnly, chart: 'active',
    note: 'Status at the end of the period. Active means accredited or reinstated; the total also counts applications.',
    columns: cols(['total', 'Accounts'], ['active', 'Active'], ['suspended', 'Suspended'], ['closed', 'Closed']),
    rows: [...keys.map((k) => row(k, labels(k), cells(mixes[k] ?? zero))), row(TOTAL, 'Total', cells(sum), true)],
    colSums: ['total', 'active', 'suspended', 'closed'],
  };
}

function accountTables(f: Figures, u: Universe): ReportTable[] {
  return [
    {
      id: 'accounts_status', title: 'Accounts by status', rowHeader: 'Status', chart: 'count',
      note: 'Every account in the register at the end of the period.',
      columns: cols(['count', 'Accounts'], ['share', 'Share']),
      rows: countShareRows('accounts_status', [...ACCOUNT_STATUSES], (k) => label(STATUS_LABELS, k), f.accounts.byStatus, f.accounts.total),
      colSums: ['count'],
    },
    mixTable('accounts_platform', 'Accounts by platform', 'Platform', u.platforms, (k) => label(PLATFORM_LABELS, k), f.accounts.byPlatform, false),
    mixTable('accounts_team', 'Accounts by team', 'Team', u.teams, teamLabel, f.accounts.byTeam, true),
    {
      id: 'lifecycle', title: 'Accreditations, suspensions, reinstatements and closures', rowHeader: 'Step', chart: 'count',
      note: 'Lifecycle steps taken during the period.',
      columns: cols(['count', 'Number']),
      rows: [['accredited', 'Accreditations'], ['suspended', 'Suspensions'], ['reinstated', 'Reinstatements'], ['closed', 'Closures']]
        .map(([k, l]) => row(k, l, { count: count(n(f.lifecycle, k)) })),
    },
    {
      id: 'closure_reasons', title: 'Closures by reason category', rowHeader: 'Reason category', chart: 'count',
      columns: cols(['count', 'Closures'], ['share', 'Share']),
      rows: countShareRows('closure_reasons', [...CLOSURE_CATEGORIES], (k) => label(CLOSURE_LABELS, k), f.closureReasons, n(f.lifecycle, 'closed')),
      colSums: ['count'],
    },
    {
      id: 'suspension_conditions', title: 'Suspensions by condition for reinstatement', rowHeader: 'Condition', chart: 'count',
      note: 'A suspension can carry several conditions, so these can add up to more than the suspensions.',
      columns: cols(['count', 'Suspensions']),
      rows: [...SUSPENSION_CONDITIONS, 'none'].map((k) => row(k, label(CONDITION_LABELS, k), { count: count(n(f.suspensionConditions, k)) })),
    },
  ];
}

function trainingTables(f: Figures, u: Universe): ReportTable[] {
  const t = f.training;
  const byTeam = u.trainingTeams.map((k) => {
    const m = t.byTeam[k] ?? { operators: 0, current: 0 };
    return row(k, teamLabel(k), {
      operators: count(m.operators), current: count(m.current),
      compliance: ratio('percent', m.current, m.operators, [{ table: 'training_team', row: k, col: 'current' }, { table: 'training_team', row: k, col: 'operators' }]),
    });
  });
  return [
    {
      id: 'training', title: 'Training compliance', rowHeader: 'Training on the last day', chart: 'count',
      note: 'People who operate an active account at the end of the period, by whether their training was current on its last day.',
      columns: cols(['count', 'People'], ['share', 'Share']),
      rows: countShareRows('training', ['current', 'lapsed', 'never'], (k) => ({ current: 'Current', lapsed: 'Expired', never: 'No training recorded' })[k] ?? k,
        { current: t.current, lapsed: t.lapsed, never: t.never }, t.operators, 'Operators of active accounts'),
      colSums: ['count'],
    },
    {
      id: 'training_team', title: 'Training compliance by team', rowHeader: 'Team', chart: 'compliance', forceOnly: true,
      columns: cols(['operators', 'Operators'], ['current', 'Current training'], ['compliance', 'Compliance']),
      rows: [...byTeam, row(TOTAL, 'Total', {
        operators: count(t.operators), current: count(t.current),
        compliance: ratio('percent', t.current, t.operators, [{ table: 'training_team', row: TOTAL, col: 'current' }, { table: 'training_team', row: TOTAL, col: 'operators' }]),
      }, true)],
      colSums: ['operators', 'current'],
    },
  ];
}

function postTables(f: Figures, u: Universe): ReportTable[] {
  const V = ['pass', 'advise', 'review', 'block'];
  const vs = (k: string, c: Counter, total: number, col: string): Cell => ratio('percent', n(c, k), total, [{ table: 'verdicts', row: k, col }, { table: 'verdicts', row: TOTAL, col }]);
  const postsTotal = { table: 'verdicts', row: TOTAL, col: 'posts' };
  const rules = u.rules.map((k) => {
    const m = f.findings.byRule[k] ?? { total: 0, open: 0, confirmed: 0, dismissed: 0 };
    const at = (col: string) => ({ table: 'findings_rule', row: k, col });
    return row(k, `${k} ${RULE_NAMES[k] ?? ''}`.trim(), {
      findings: count(m.total), per1000: ratio('per1000', m.total, f.posts.total, [at('findings'), postsTotal]),
      confirmed: count(m.confirmed), dismissed: count(m.dismissed), open: count(m.open),
      falseAlarm: ratio('percent', m.dismissed, m.confirmed + m.dismissed, [at('dismissed'), at('confirmed')]),
    });
  });
  const sum = { total: 0, open: 0, confirmed: 0, dismissed: 0 };
  for (const k of u.rules) for (const s of ['total', 'open', 'confirmed', 'dismissed'] as const) sum[s] += f.findings.byRule[k]?.[s] ?? 0;
  const allAt = (col: string) => ({ table: 'findings_rule', row: TOTAL, col });
  const teams = u.teams.map((k) => row(k, teamLabel(k), {
    posts: count(n(f.posts.byTeam, k)), findings: count(n(f.findings.byTeam, k)),
    per1000: ratio('per1000', n(f.findings.byTeam, k), n(f.posts.byTeam, k), [{ table: 'findings_team', row: k, col: 'findings' }, { table: 'findings_team', row: k, col: 'posts' }]),
  }));
  return [
    {
      id: 'verdicts', title: 'Posts checked and the verdict mix', rowHeader: 'Verdict', chart: 'posts',
      note: 'Published posts by their check on publication; drafts by their check when written.',
      columns: cols(['posts', 'Published posts'], ['postsShare', 'Share'], ['drafts', 'Drafts checked'], ['draftsShare', 'Share']),
      rows: [
        ...V.map((k) => row(k, label(VERDICT_LABELS, k), {
          posts: count(n(f.posts.byVerdict, k)), postsShare: vs(k, f.posts.byVerdict, f.posts.total, 'posts'),
          drafts: count(n(f.drafts.byVerdict, k)), draftsShare: vs(k, f.drafts.byVerdict, f.drafts.total, 'drafts'),
        })),
        row(TOTAL, 'Total', { posts: count(f.posts.total), drafts: count(f.drafts.total) }, true),
      ],
      colSums: ['posts', 'drafts'],
    },
    {
      id: 'findings_rule', title: 'Findings by rule, and false alarms', rowHeader: 'Rule', chart: 'per1000',
      note: 'Findings on posts published in the period. False-alarm rate: dismissed as a share of reviewed (confirmed + dismissed).',
      columns: cols(['findings', 'Findings'], ['per1000', 'Per 1,000 posts'], ['confirmed', 'Confirmed'], ['dismissed', 'Dismissed'], ['open', 'Not yet reviewed'], ['falseAlarm', 'False-alarm rate']),
      rows: [...rules, row(TOTAL, 'All rules', {
        findings: count(sum.total), per1000: ratio('per1000', sum.total, f.posts.total, [allAt('findings'), postsTotal]),
        confirmed: count(sum.confirmed), dismissed: count(sum.dismissed), open: count(sum.open),
        falseAlarm: ratio('percent', sum.dismissed, sum.confirmed + sum.dismissed, [allAt('dismissed'), allAt('confirmed')]),
      }, true)],
      colSums: ['findings', 'confirmed', 'dismissed', 'open'],
      rowSums: [{ parts: ['confirmed', 'dismissed', 'open'], total: 'findings' }],
    },
    {
      id: 'findings_team', title: 'Findings per 1,000 posts by team', rowHeader: 'Team', chart: 'per1000', forceOnly: true,
      note: "A post counts for its account's team.",
      columns: cols(['posts', 'Posts'], ['findings', 'Findings'], ['per1000', 'Per 1,000 posts']),
      rows: [...teams, row(TOTAL, 'Total', {
        posts: count(f.posts.total), findings: count(f.findings.total),
        per1000: ratio('per1000', f.findings.total, f.posts.total, [{ table: 'findings_team', row: TOTAL, col: 'findings' }, { table: 'findings_team', row: TOTAL, col: 'posts' }]),
      }, true)],
      colSums: ['posts', 'findings'],
    },
  ];
}

function duration(kind: 'hours' | 'days', xs: number[], q: number, rowKey: string): Cell {
  return { kind, value: quantile(xs, q), from: [{ table: 'resolution', row: rowKey, col: 'count' }] };
}

function caseTables(f: Figures, months: string[]): ReportTable[] {
  const o = f.cases.byOutcome;
  const groups: Counter = { learning: 0, none: 0, sanction: 0 };
  for (const [k, v] of Object.entries(o)) groups[LEARNING_OUTCOMES.includes(k) ? 'learning' : SANCTION_OUTCOMES.includes(k) ? 'sanction' : 'none'] += v;
  const trendCols: Array<[string, string]> = [['posts', 'Posts'], ['findings', 'Findings'], ['per1000', 'Per 1,000 posts'], ['confirmed', 'Confirmed'],
    ['dismissed', 'Dismissed'], ['accreditations', 'Accreditations'], ['suspensions', 'Suspensions'], ['closures', 'Closures'],
    ['casesClosed', 'Cases closed'], ['casesLearning', 'Handled as learning']];
  return [
    {
      id: 'resolution', title: 'Time from finding to resolution', rowHeader: 'Step',
      note: 'Findings on posts published in the period that have been reviewed; cases closed in the period.',
      columns: cols(['count', 'Number'], ['median', 'Median'], ['p90', '90th percentile']),
      rows: [
        row('review', 'Finding raised to reviewed', { count: count(f.reviewHours.length), median: duration('hours', f.reviewHours, 0.5, 'review'), p90: duration('hours', f.reviewHours, 0.9, 'review') }),
        row('case', 'Case opened to closed', { count: count(f.caseDays.length), median: duration('days', f.caseDays, 0.5, 'case'), p90: duration('days', f.caseDays, 0.9, 'case') }),
      ],
    },
    {
      id: 'case_outcomes', title: 'Case outcomes', rowHeader: 'Outcome', chart: 'count', note: 'Cases closed in the period.',
      columns: cols(['count', 'Cases'], ['share', 'Share']),
      rows: countShareRows('case_outcomes', [...CASE_OUTCOMES], (k) => label(OUTCOME_LABELS, k), o, f.cases.total),
      colSums: ['count'],
    },
    {
      id: 'case_approach', title: 'Mistakes handled as learning or with sanctions', rowHeader: 'Handled as', chart: 'share',
      note: 'Learning: advice, reflective practice, refresher training. Sanctions and restrictions: account suspended or closed, referral to professional standards.',
      columns: cols(['count', 'Cases'], ['share', 'Share']),
      rows: countShareRows('case_approach', ['learning', 'none', 'sanction'], (k) => ({ learning: 'Learning', none: 'No further action', sanction: 'Sanctions and restrictions' })[k] ?? k, groups, f.cases.total),
      colSums: ['count'],
    },
    {
      id: 'trend', title: 'Trend by month', rowHeader: 'Month', chart: 'per1000',
      columns: cols(...trendCols),
      rows: months.map((m) => {
        const t = f.trend[m];
        const cells: Record<string, Cell> = {};
        for (const [k] of trendCols) if (k !== 'per1000') cells[k] = count(t[k as keyof typeof t]);
        cells.per1000 = ratio('per1000', t.findings, t.posts, [{ table: 'trend', row: m, col: 'findings' }, { table: 'trend', row: m, col: 'posts' }]);
        return row(m, monthLabel(m), cells);
      }),
      colSums: trendCols.map(([k]) => k).filter((k) => k !== 'per1000'),
    },
  ];
}

/** Every table of a report, in reading order. */
export function buildTables(f: Figures, u: Universe, months: string[]): ReportTable[] {
  return [...accountTables(f, u), ...trainingTables(f, u), ...postTables(f, u), ...caseTables(f, months)];
}
