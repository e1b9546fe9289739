/**
 * Spans binned by confidence, to check a calibration: per bin, how many, their
 * mean confidence and the share exactly right. Used by train-names.ts (the
 * fit on its own spans) and eval/names.ts (the dev sets).
 */

/** One non-empty bin: confidences in [from, to). */
export interface ReliabilityRow { from: number; to: number; n: number; mean: number; right: number }

/** Bins between ascending `edges` (the last edge above 1, so that 1 falls inside). */
export class ReliabilityBins {
  private readonly n: number[];
  private readonly sum: number[];
  private readonly hits: number[];

  constructor(private readonly edges: readonly number[]) {
    this.n = edges.slice(1).map(() => 0);
    this.sum = this.n.slice();
    this.hits = this.n.slice();
  }

  /** Count a span of confidence `p`; outside the edges it is not counted. */
  add(p: number, right: boolean): void {
    const k = this.edges.findIndex((e, i) => p >= e && p < this.edges[i + 1]!);
    if (k < 0 || k >= this.n.length) return;
    this.n[k]!++;
    this.sum[k]! += p;
    if (right) this.hits[k]!++;
  }

  /** The non-empty bins in order; `to` is at most 1. */
  rows(): ReliabilityRow[] {
    return this.n.flatMap((n, k) => n === 0 ? [] : [{
      from: this.edges[k]!, to: Math.min(1, this.edges[k + 1]!), n, mean: this.sum[k]! / n, right: this.hits[k]! / n,
    }]);
  }
}
