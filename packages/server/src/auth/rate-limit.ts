/**
 * A fixed-window limiter kept in memory, for sign-in attempts per client
 * address. Per-user lock-out is kept in the database (users.failed_logins) so
 * it holds across processes; this one slows a single address down cheaply.
 */

/** Counts hits per key in windows of `windowMs`. */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly limit: number, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Count a hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const t = this.now();
    let e = this.hits.get(key);
    if (!e || e.resetAt <= t) {
      e = { count: 0, resetAt: t + this.windowMs };
      this.hits.set(key, e);
      if (this.hits.size > 10_000) this.prune(t);
    }
    e.count++;
    return e.count > this.limit ? Math.ceil((e.resetAt - t) / 1000) : 0;
  }

  /** Forget a key (after a successful sign-in). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(t: number): void {
    for (const [k, e] of this.hits) if (e.resetAt <= t) this.hits.delete(k);
  }
}
