/**
 * Dashboard figures computed from what the API lists: posts checked (drafts
 * and published posts), verdict mix, top rules, findings per 1,000 posts by
 * team, accounts by status, training about to expire.
 */
import type { Verdict } from '@peel/engine';
import type { Account, Draft, PublishedPost, RuleReviewCount } from '../api/types.js';
import { daysUntil } from '../ui/format.js';

/** Everything the dashboard shows. */
export interface DashboardStats {
  postsChecked: number;
  verdicts: Record<Verdict, number>;
  topRules: Array<{ rule: string; total: number; confirmed: number; dismissed: number; open: number }>;
  byTeam: Array<{ team: string; posts: number; findings: number; per1000: number }>;
  accountsByStatus: Record<string, number>;
  trainingExpiring: { expired: number; within30: number; within90: number };
}

const countable = (r: { findings: ReadonlyArray<{ severity: string }> }): number => r.findings.filter((f) => f.severity !== 'track').length;

/** Compute the figures. `expiries` are each person's latest training expiry (ISO date or 'none'). */
export function computeStats(input: {
  drafts: readonly Draft[]; posts: readonly PublishedPost[]; accounts: readonly Account[];
  rules: readonly RuleReviewCount[]; expiries: ReadonlyArray<string | 'none'>; now?: Date;
}): DashboardStats {
  const now = input.now ?? new Date();
  const verdicts: Record<Verdict, number> = { pass: 0, advise: 0, review: 0, block: 0 };
  for (const x of [...input.drafts, ...input.posts]) verdicts[x.verdict]++;
  const team = new Map(input.accounts.map((a) => [a.id, a.team ?? 'No team']));
  const teams = new Map<string, { posts: number; findings: number }>();
  for (const p of input.posts) {
    const t = team.get(p.accountId) ?? 'No team';
    const row = teams.get(t) ?? { posts: 0, findings: 0 };
    row.posts++;
    row.findings += countable(p.report);
    teams.set(t, row);
  }
  const accountsByStatus: Record<string, number> = {};
  for (const a of input.accounts) accountsByStatus[a.status] = (accountsByStatus[a.status] ?? 0) + 1;
  const trainingExpiring = { expired: 0, within30: 0, within90: 0 };
  for (const e of input.expiries) {
    // People with no training records may not need any (staff, standards); they are not "expiring".
    if (e === 'none') continue;
    const d = daysUntil(e, now);
    if (d < 0) trainingExpiring.expired++;
    else if (d <= 30) trainingExpiring.within30++;
    else if (d <= 90) trainingExpiring.within90++;
  }
  return {
    postsChecked: input.drafts.length + input.posts.length,
    verdicts,
    topRules: input.rules.map((r) => ({ rule: r.rule, total: r.open + r.confirmed + r.dismissed, confirmed: r.confirmed, dismissed: r.dismissed, open: r.open }))
      .sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule)).slice(0, 10),
    byTeam: [...teams].map(([t, v]) => ({ team: t, ...v, per1000: v.posts === 0 ? 0 : Math.round((v.findings / v.posts) * 1000) }))
      .sort((a, b) => b.per1000 - a.per1000 || a.team.localeCompare(b.team)),
    accountsByStatus,
    trainingExpiring,
  };
}
