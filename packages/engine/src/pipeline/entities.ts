/**
 * Overlap resolution between recognisers: where two entities overlap, the
 * longer one wins (an address beats the street inside it), then the more
 * confident one. Linear after sorting.
 */
import type { Detected } from '../recognizers/types.js';

/** Resolve overlaps; returns entities sorted by start. */
export function resolveOverlaps(found: readonly Detected[]): Detected[] {
  const byStrength = [...found].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const kept: Detected[] = [];
  // Occupancy array over the text would cost O(text); entities are few, so an
  // interval check against the kept list (sorted insert) is cheaper here.
  for (const e of byStrength) {
    if (e.end <= e.start) continue;
    if (kept.some((k) => e.start < k.end && k.start < e.end)) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
