/**
 * A keyed cache of values read from the database, built so that a burst of
 * requests never becomes a burst of queries:
 *
 * - single flight: concurrent misses for one key share one load;
 * - refresh ahead: a hit on an entry older than `refreshAfterMs` is served at
 *   once while one background load replaces it, so under steady traffic an
 *   entry never lapses and no request waits on the database;
 * - an entry lapses `ttlMs` after its load *started*, so a change made in
 *   another process is seen within `ttlMs`, as without refresh-ahead;
 * - invalidation also discards loads already in flight (a generation
 *   counter), so a load that read the old row cannot put it back afterwards.
 *
 * Why: with a plain TTL cache every entry lapsed for all requests at the same
 * moment; on PostgreSQL each of them then queued for the pool and made two to
 * four round trips, which put p99 of POST /api/check above 100 ms.
 */

/** What a loader returns for a key: the value, or undefined when there is none (nothing is cached). */
export type Loader<V> = () => Promise<V | undefined>;

interface Entry<V> {
  value: V;
  /** When the load that produced it started (clock ms). */
  loadedAt: number;
}

/** Settings. */
export interface RefreshCacheOptions {
  /** Lifetime of an entry from the start of its load (ms). */
  ttlMs: number;
  /** Age after which a hit also starts a background refresh (ms; default half the TTL). */
  refreshAfterMs?: number;
  /** Entries kept at most; the oldest go first (default 10,000). */
  max?: number;
  /** Clock (ms), for tests. */
  clock?: () => number;
}

/** See the file comment. */
export class RefreshCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inflight = new Map<string, Promise<V | undefined>>();
  /** Bumped by every invalidation; a load started under an older generation stores nothing. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly refreshAfterMs: number;
  private readonly max: number;
  private readonly clock: () => number;

  constructor(o: RefreshCacheOptions) {
    this.ttlMs = o.ttlMs;
    this.refreshAfterMs = Math.min(o.refreshAfterMs ?? o.ttlMs / 2, o.ttlMs);
    this.max = o.max ?? 10_000;
    this.clock = o.clock ?? Date.now;
  }

  /** The live value for the key, without loading. */
  peek(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.clock() - e.loadedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /**
   * The value for the key: the cached one (refreshed in the background when
   * old), else the result of `load`, shared with concurrent callers.
   */
  async get(key: string, load: Loader<V>): Promise<V | undefined> {
    const hit = this.peek(key);
    if (hit !== undefined) {
      if (this.clock() - (this.entries.get(key)?.loadedAt ?? 0) >= this.refreshAfterMs && !this.inflight.has(key)) {
        // A failed background refresh changes nothing: the entry lives out its TTL and the next hit retries.
        this.start(key, load).catch(() => undefined);
      }
      return hit;
    }
    return this.inflight.get(key) ?? this.start(key, load);
  }

  /** Put a value just read elsewhere (it counts as loaded now). */
  set(key: string, value: V): void {
    // A load already in flight read the row earlier than this value: let it answer its callers, not store.
    this.inflight.delete(key);
    this.store(key, { value, loadedAt: this.clock() });
  }

  private start(key: string, load: Loader<V>): Promise<V | undefined> {
    const generation = this.generation;
    const loadedAt = this.clock();
    const run = async (): Promise<V | undefined> => {
      try {
        // Through a microtask, so even a loader that throws at once leaves `p` defined for the clean-up below.
        const value = await Promise.resolve().then(load);
        // Stored only when nothing was invalidated meanwhile, and this is still the key's current load.
        if (generation === this.generation && this.inflight.get(key) === p) {
          if (value === undefined) this.entries.delete(key);
          else this.store(key, { value, loadedAt });
        }
        return value;
      } finally {
        if (this.inflight.get(key) === p) this.inflight.delete(key);
      }
    };
    const p = run();
    this.inflight.set(key, p);
    return p;
  }

  private store(key: string, e: Entry<V>): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      // Map keeps insertion order: drop the oldest tenth at once rather than one per insert.
      for (const k of this.entries.keys()) {
        this.entries.delete(k);
        if (this.entries.size < this.max * 0.9) break;
      }
    }
    this.entries.set(key, e);
  }

  /** Forget one key, and ignore any load of it (or of anything) already in flight. */
  delete(key: string): void {
    this.generation++;
    this.entries.delete(key);
    this.inflight.delete(key);
  }

  /** Forget every entry whose value matches. */
  deleteWhere(match: (value: V) => boolean): void {
    this.generation++;
    for (const [k, e] of this.entries) if (match(e.value)) this.entries.delete(k);
    // A load in flight may be for a matching value: drop them all (they still answer their callers).
    this.inflight.clear();
  }

  /** Forget everything. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inflight.clear();
  }

  /** Number of entries held (live or not yet swept). */
  get size(): number {
    return this.entries.size;
  }
}
