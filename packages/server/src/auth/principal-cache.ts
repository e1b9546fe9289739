/**
 * A short-lived cache of signed-in principals, so a burst of API calls does
 * not read the session, user and person rows on every request. Changes made
 * in this process (sign-out, token revoked, user disabled or given new roles)
 * take effect at once; other processes see them within the TTL (5 s).
 */
import type { Principal } from './service.js';

interface Entry {
  principal: Principal;
  /** When the cache entry lapses (ms since epoch). */
  until: number;
  /** When the credential itself expires (ISO), if it does. */
  expiresAt: string | null;
}

/** Cache keyed by credential hash. */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly ttlMs = 5000, private readonly max = 10_000) {}

  /** A live entry for the key, if any. `nowIso` is the domain clock, for credential expiry. */
  get(key: string, nowIso: string): Principal | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= Date.now() || (e.expiresAt !== null && e.expiresAt <= nowIso)) {
      this.entries.delete(key);
      return undefined;
    }
    return e.principal;
  }

  set(key: string, principal: Principal, expiresAt: string | null): void {
    // Bounded: when full, drop the oldest entries (Map keeps insertion order).
    if (this.entries.size >= this.max) {
      for (const k of this.entries.keys()) {
        this.entries.delete(k);
        if (this.entries.size < this.max * 0.9) break;
      }
    }
    this.entries.set(key, { principal, until: Date.now() + this.ttlMs, expiresAt });
  }

  /** Forget one credential. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forget every credential of a user (disabled, roles changed, linked to another person). */
  forgetUser(userId: string): void {
    for (const [k, e] of this.entries) if (e.principal.user.id === userId) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The process-wide cache. */
export const principals = new PrincipalCache();
