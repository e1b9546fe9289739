/** The account timeline: status changes, posts (with their findings) and cases, newest first. */
import type { AccountEvent, Case, PublishedPost } from '../api/types.js';
import { label } from '../ui/format.js';

/** One entry. */
export interface TimelineEntry {
  at: string;
  kind: 'status' | 'post' | 'case';
  title: string;
  detail: string | null;
  /** Post or case id, for links. */
  ref?: string;
}

/** Merge and sort (newest first; ties keep status changes first). */
export function buildTimeline(events: readonly AccountEvent[], posts: readonly PublishedPost[], cases: readonly Case[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    const parts = [e.reasonCategory ? label(e.reasonCategory) : null, e.reason, e.conditions.length ? `Conditions: ${e.conditions.map(label).join(', ')}` : null];
    out.push({
      at: e.at, kind: 'status',
      title: e.fromStatus ? `${label(e.fromStatus)} → ${label(e.toStatus)}` : `${label(e.toStatus)}`,
      detail: parts.filter(Boolean).join(' · ') || null,
    });
  }
  for (const p of posts) {
    const n = p.report.findings.filter((f) => f.severity !== 'track').length;
    out.push({ at: p.publishedAt, kind: 'post', title: `Post published (${label(p.verdict)})`, detail: n === 0 ? 'No findings' : `${n} finding${n === 1 ? '' : 's'}: ${[...new Set(p.report.findings.map((f) => f.rule))].join(', ')}`, ref: p.id });
  }
  for (const c of cases) {
    out.push({ at: c.openedAt, kind: 'case', title: 'Case opened', detail: c.summary, ref: c.id });
    if (c.closedAt) out.push({ at: c.closedAt, kind: 'case', title: `Case closed: ${label(c.outcome)}`, detail: null, ref: c.id });
  }
  const order = { status: 0, case: 1, post: 2 } as const;
  // Same instant: status changes first, and later-recorded entries before earlier ones.
  const index = new Map(out.map((e, i) => [e, i]));
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : order[a.kind] - order[b.kind] || index.get(b)! - index.get(a)!));
}
