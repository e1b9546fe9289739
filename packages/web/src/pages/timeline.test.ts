import type { Report } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import type { AccountEvent, Case, PublishedPost } from '../api/types.js';
import { buildTimeline } from './timeline.js';

const ev = (at: string, from: AccountEvent['fromStatus'], to: AccountEvent['toStatus'], reason: string | null = null): AccountEvent => ({
  id: at, accountId: 'a', forceId: 'f', fromStatus: from, toStatus: to, reasonCategory: null, reason, conditions: to === 'suspended' ? ['training'] : [], actorId: null, at,
});
const report = (rules: string[]): Report => ({
  verdict: 'review', findings: rules.map((rule) => ({ rule, severity: 'review', messageId: 'm', message: 'm', explanation: '', guidance: '', ranges: [], confidence: 1 })) as Report['findings'],
  entities: [], tags: [], engineVersion: '1', policyVersion: '1',
});

describe('buildTimeline', () => {
  it('merges status changes, posts and cases newest first', () => {
    const posts = [{ id: 'p1', publishedAt: '2025-02-01T10:00:00Z', verdict: 'review', report: report(['P4', 'P4', 'P6']) } as PublishedPost];
    const cases = [{ id: 'c1', openedAt: '2025-02-02T10:00:00Z', closedAt: '2025-02-03T10:00:00Z', outcome: 'advice', summary: 'Named a suspect' } as Case];
    const t = buildTimeline([ev('2025-01-01T00:00:00Z', 'applied', 'accredited'), ev('2025-02-04T00:00:00Z', 'accredited', 'suspended', 'Training lapsed')], posts, cases);
    expect(t.map((e) => e.title)).toEqual(['Accredited → Suspended', 'Case closed: Advice', 'Case opened', 'Post published (Review)', 'Applied → Accredited']);
    expect(t[0]!.detail).toBe('Training lapsed · Conditions: Training');
    expect(t[3]!.detail).toBe('3 findings: P4, P6');
  });
});
