/**
 * Running the engine with a force's current policy. Parsed policies are
 * cached per force for a few seconds (the engine caches compiled policies by
 * object identity), so a check costs no JSON parsing and, under load, no
 * query either (refreshed in the background); an update in this process
 * invalidates at once, other processes see it within the TTL.
 */
import { check, DEFAULT_POLICY, type Policy, type Post, type Report } from '@peel/engine';
import type { Store } from '../storage/store.js';
import { RefreshCache } from '../util/refresh-cache.js';
import { protectedKeyFor } from './protected-list.js';

interface Entry {
  policy: Policy;
  version: number;
}

/** Per-force cache of current policy documents (one load at a time per force, refreshed ahead of expiry). */
export class PolicyCache {
  private readonly cache: RefreshCache<Entry>;
  /** The last document seen per force, so an unchanged version keeps its object (and the engine's compiled cache). */
  private readonly last = new Map<string, Entry>();
  constructor(private readonly store: Store, ttlMs = 5000) {
    this.cache = new RefreshCache({ ttlMs });
  }

  /** The force's current policy (the national default when it has none). */
  async get(forceId: string | null): Promise<{ policy: Policy; version: number }> {
    if (forceId === null) return { policy: DEFAULT_POLICY, version: 0 };
    return (await this.cache.get(forceId, () => this.load(forceId))) as Entry;
  }

  private async load(forceId: string): Promise<Entry> {
    const row = await this.store.policies.current(forceId);
    const version = row?.version ?? 0;
    const prev = this.last.get(forceId);
    if (prev && prev.version === version) return prev;
    const entry: Entry = row ? { policy: row.document as Policy, version } : { policy: DEFAULT_POLICY, version: 0 };
    this.last.set(forceId, entry);
    return entry;
  }

  /** Forget a force's policy (after it changes). */
  invalidate(forceId: string): void {
    this.cache.delete(forceId);
    this.last.delete(forceId);
  }
}

/** Check a post with the force's current policy. */
export async function checkForForce(cache: PolicyCache, forceId: string | null, post: Post, now?: Date): Promise<Report> {
  const { policy } = await cache.get(forceId);
  // The protected list (W1) can only match with the force's key; without entries no key is needed.
  const key = forceId !== null && (policy.protected?.entries.length ?? 0) > 0 ? protectedKeyFor(forceId) : undefined;
  return check(post, policy, { ...(now ? { now } : {}), ...(key ? { protectedListKey: key } : {}) });
}
