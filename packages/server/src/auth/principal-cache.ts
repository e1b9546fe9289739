/**
 * A short-lived cache of signed-in principals, so API calls do not read the
 * session (or token), user and person rows on every request. Concurrent
 * misses share one load and a busy credential is refreshed in the background
 * before it lapses (see RefreshCache), so no burst of requests waits on the
 * database together. Changes made in this process (sign-out, token revoked,
 * user disabled or given new roles) take effect at once, including over loads
 * already in flight; other processes see them within the TTL (5 s).
 */
import { RefreshCache } from '../util/refresh-cache.js';
import type { Principal } from './service.js';

/** A cached principal and when its credential expires (ISO, domain clock), if it does. */
export interface CachedPrincipal {
  principal: Principal;
  expiresAt: string | null;
}

/** Cache keyed by credential (`s:<session hash>` or `t:<token id>`). */
export class PrincipalCache {
  private readonly cache: RefreshCache<CachedPrincipal>;
  constructor(ttlMs = 5000, max = 10_000) {
    this.cache = new RefreshCache({ ttlMs, max });
  }

  /** A live entry for the key, if any. `nowIso` is the domain clock, for credential expiry. */
  get(key: string, nowIso: string): Principal | undefined {
    const e = this.cache.peek(key);
    if (!e) return undefined;
    if (e.expiresAt !== null && e.expiresAt <= nowIso) {
      this.cache.delete(key);
      return undefined;
    }
    return e.principal;
  }

  /**
   * The principal for the key: cached, or loaded once for all concurrent
   * callers. `load` returns undefined for a credential that is not valid
   * (nothing is cached then).
   */
  async load(key: string, nowIso: string, load: () => Promise<CachedPrincipal | undefined>): Promise<Principal | undefined> {
    const e = await this.cache.get(key, load);
    if (!e) return undefined;
    // Sessions and tokens are never extended, so one that expired while cached stays expired.
    if (e.expiresAt !== null && e.expiresAt <= nowIso) {
      this.cache.delete(key);
      return undefined;
    }
    return e.principal;
  }

  /** Put an entry (tests, and callers that already hold a fresh principal). */
  set(key: string, principal: Principal, expiresAt: string | null): void {
    this.cache.set(key, { principal, expiresAt });
  }

  /** Forget one credential. */
  delete(key: string): void {
    this.cache.delete(key);
  }

  /** Forget every credential of a user (disabled, roles changed, linked to another person). */
  forgetUser(userId: string): void {
    this.cache.deleteWhere((e) => e.principal.user.id === userId);
  }

  clear(): void {
    this.cache.clear();
  }
}

/** The process-wide cache. */
export const principals = new PrincipalCache();
