import type { Report, Verdict } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import type { Account, Draft, PublishedPost } from '../api/types.js';
import { computeStats } from './stats.js';

const rep = (verdict: Verdict, n: number): Report => ({
  verdict, entities: [], tags: [], engineVersion: '1', policyVersion: '1',
  findings: [...Array.from({ length: n }, () => ({ rule: 'P4', severity: 'review' })), { rule: 'R1', severity: 'track' }] as Report['findings'],
});
const post = (accountId: string, verdict: Verdict, n: number): PublishedPost => ({ accountId, verdict, report: rep(verdict, n) } as PublishedPost);
const acc = (id: string, team: string | null, status: Account['status']): Account => ({ id, team, status } as Account);

describe('computeStats', () => {
  it('computes the dashboard figures', () => {
    const s = computeStats({
      drafts: [{ verdict: 'block' } as Draft],
      posts: [post('a', 'pass', 0), post('a', 'review', 2), post('b', 'advise', 1)],
      accounts: [acc('a', 'north', 'accredited'), acc('b', null, 'suspended'), acc('c', 'north', 'accredited')],
      rules: [{ rule: 'P6', open: 1, confirmed: 0, dismissed: 0 }, { rule: 'P4', open: 1, confirmed: 3, dismissed: 1 }],
      expiries: ['2025-02-01', '2025-03-15', '2025-05-01', '2026-01-01', 'none'],
      now: new Date('2025-03-01T00:00:00Z'),
    });
    expect(s.postsChecked).toBe(4);
    expect(s.verdicts).toEqual({ pass: 1, advise: 1, review: 1, block: 1 });
    expect(s.topRules.map((r) => [r.rule, r.total])).toEqual([['P4', 5], ['P6', 1]]);
    expect(s.byTeam).toEqual([
      { team: 'No team', posts: 1, findings: 1, per1000: 1000 },
      { team: 'north', posts: 2, findings: 2, per1000: 1000 },
    ]);
    expect(s.accountsByStatus).toEqual({ accredited: 2, suspended: 1 });
    expect(s.trainingExpiring).toEqual({ expired: 1, within30: 1, within90: 1 });
  });
});
