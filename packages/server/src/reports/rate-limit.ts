/**
 * A token bucket per client address, in memory: each address may make
 * `capacity` requests at once and then `refillPerSecond` a second. Enough to
 * keep one scraper from hogging the public register; it is per process, so
 * several server processes each allow their own share.
 */

/** Per-key token buckets. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Take one token for `key`; returns 0 when allowed, else the whole seconds to wait. */
  take(key: string): number {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.refillPerSecond);
    b.at = t;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.prune(t);
      this.buckets.set(key, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.refillPerSecond));
  }

  /** Number of addresses tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forget buckets that have refilled (they behave exactly like new ones); if none, the oldest half. */
  private prune(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.refillPerSecond >= this.capacity) this.buckets.delete(k);
    }
    if (this.buckets.size < this.maxKeys) return;
    let drop = Math.floor(this.buckets.size / 2);
    for (const k of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(k);
    }
  }
}
