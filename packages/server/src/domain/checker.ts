/**
 * Running the engine with a force's current policy. Parsed policies are
 * cached per force for a few seconds (the engine caches compiled policies by
 * object identity), so a check costs no JSON parsing; an update in this
 * process invalidates at once, other processes see it within the TTL.
 */
import { check, DEFAULT_POLICY, type Policy, type Post, type Report } from '@peel/engine';
import type { Store } from '../storage/store.js';
import { protectedKeyFor } from './protected-list.js';

interface Entry {
  policy: Policy;
  version: number;
  loadedAt: number;
}

/** Per-force cache of current policy documents. */
export class PolicyCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly store: Store, private readonly ttlMs = 5000) {}

  /** The force's current policy (the national default when it has none). */
  async get(forceId: string | null): Promise<{ policy: Policy; version: number }> {
    if (forceId === null) return { policy: DEFAULT_POLICY, version: 0 };
    const hit = this.entries.get(forceId);
    if (hit && Date.now() - hit.loadedAt < this.ttlMs) return hit;
    const row = await this.store.policies.current(forceId);
    const entry: Entry = row
      ? { policy: row.document as Policy, version: row.version, loadedAt: Date.now() }
      : { policy: DEFAULT_POLICY, version: 0, loadedAt: Date.now() };
    // Keep the same object when the version did not change, so the engine's compiled cache stays warm.
    if (hit && hit.version === entry.version) {
      hit.loadedAt = entry.loadedAt;
      return hit;
    }
    this.entries.set(forceId, entry);
    return entry;
  }

  /** Forget a force's policy (after it changes). */
  invalidate(forceId: string): void {
    this.entries.delete(forceId);
  }
}

/** Check a post with the force's current policy. */
export async function checkForForce(cache: PolicyCache, forceId: string | null, post: Post, now?: Date): Promise<Report> {
  const { policy } = await cache.get(forceId);
  // The protected list (W1) can only match with the force's key; without entries no key is needed.
  const key = forceId !== null && (policy.protected?.entries.length ?? 0) > 0 ? protectedKeyFor(forceId) : undefined;
  return check(post, policy, { ...(now ? { now } : {}), ...(key ? { protectedListKey: key } : {}) });
}
