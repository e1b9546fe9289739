/**
 * What every domain operation receives: the store, a clock and the policy
 * cache, plus the actor. Keeping the clock injectable lets tests pin time.
 */
import { uuid7 } from '../util/uuid7.js';
import type { Actor } from '../policies/index.js';
import type { Repos, Store } from '../storage/store.js';
import type { PolicyCache } from './checker.js';

/** Shared services for domain operations. */
export interface Env {
  store: Store;
  now(): Date;
  policies: PolicyCache;
  /** How long an approval stays valid if the draft is not published (ms). */
  approvalTtlMs: number;
}

/** A new id (UUIDv7: sorts in creation order). */
export const newId = (): string => uuid7();

/** ISO date (YYYY-MM-DD) of a time, in UTC. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** Append an audit entry for a change made by `actor`, inside the caller's transaction. */
export async function audit(
  tx: Repos, env: Env, actor: Actor, forceId: string | null, action: string,
  subject: { type: string; id: string | null }, data: Record<string, unknown> = {},
): Promise<void> {
  await tx.audit.append({
    at: env.now().toISOString(), forceId, actorId: actor.userId, action,
    subjectType: subject.type, subjectId: subject.id, data,
  });
}
