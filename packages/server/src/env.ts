/** Building the domain Env over an open store. */
import { PolicyCache } from './domain/checker.js';
import type { Env } from './domain/context.js';
import type { Store } from './storage/store.js';

/** Approvals last two days unless configured (PEEL_APPROVAL_TTL_HOURS). */
export const DEFAULT_APPROVAL_TTL_MS = 48 * 3600_000;

/** The production Env: real clock. */
export function createEnv(store: Store, opts: { approvalTtlMs?: number } = {}): Env {
  return { store, now: () => new Date(), policies: new PolicyCache(store), approvalTtlMs: opts.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS };
}
