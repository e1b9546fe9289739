/**
 * Splits the post text into segments for the highlight layer: each segment
 * carries the most severe finding that covers it, so overlapping findings
 * are drawn once in the strongest colour. One sweep over sorted boundaries.
 */
import type { Finding, Severity } from '@peel/engine';

/** A run of text with the findings that cover it. */
export interface Segment {
  start: number;
  end: number;
  /** Most severe covering finding's severity, or null for plain text. */
  severity: Severity | null;
  /** Indices into the findings array of every finding covering this run. */
  findings: number[];
}

const RANK: Record<Severity, number> = { track: 0, advise: 1, review: 2, block: 3 };

/** Segments covering `[0, length)`; findings with severity `track` are not drawn. */
export function segmentText(length: number, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const spans: Array<{ start: number; end: number; i: number }> = [];
  findings.forEach((f, i) => {
    if (f.severity === 'track') return;
    for (const r of f.ranges) {
      const start = Math.max(0, Math.min(length, r.start));
      const end = Math.max(start, Math.min(length, r.end));
      if (end === start) continue;
      spans.push({ start, end, i });
      cuts.add(start);
      cuts.add(end);
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  // Spans sorted by start let one pointer admit spans as the sweep passes them.
  spans.sort((a, b) => a.start - b.start);
  const open: Array<{ end: number; i: number }> = [];
  const out: Segment[] = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (next < spans.length && spans[next]!.start <= start) open.push(spans[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= start) open.splice(j, 1);
    const idx = [...new Set(open.map((o) => o.i))].sort((a, b) => a - b);
    let severity: Severity | null = null;
    for (const i of idx) {
      const s = findings[i]!.severity;
      if (severity === null || RANK[s] > RANK[severity]) severity = s;
    }
    const prev = out[out.length - 1];
    if (prev && prev.severity === severity && sameList(prev.findings, idx)) prev.end = end;
    else out.push({ start, end, severity, findings: idx });
  }
  return out;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
