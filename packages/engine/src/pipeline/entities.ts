/**
 * Overlap resolution between recognisers: where two entities overlap, the
 * longer one wins (an address beats the street inside it); at equal length a
 * specific type beats a general place (a SCHOOL beats the LOCATION the name
 * tagger saw in the same words), then the more confident one wins.
 * O(k log k): kept entities are disjoint, so only the neighbours by start can
 * overlap a candidate.
 */
import type { Detected } from '../recognizers/types.js';

/** A general type (LOCATION, DATE) yields to a specific one of equal length: 1, else 0. */
const general = (e: Detected): number => (e.type === 'LOCATION' || e.type === 'DATE' ? 1 : 0);

/** Resolve overlaps; returns entities sorted by start. */
export function resolveOverlaps(found: readonly Detected[]): Detected[] {
  if (found.length <= 1) return found.filter((e) => e.end > e.start);
  const byStrength = found.slice().sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || general(a) - general(b) ||
      b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Detected[] = []; // sorted by start, pairwise disjoint
  for (const e of byStrength) {
    if (e.end <= e.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start <= e.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev !== undefined && prev.end > e.start) continue;
    if (next !== undefined && next.start < e.end) continue;
    kept.splice(lo, 0, e);
  }
  return kept;
}
