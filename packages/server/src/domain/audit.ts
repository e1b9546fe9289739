/** Reading and verifying the audit log. */
import { actorForce, authorize, type Actor } from '../policies/index.js';
import type { Store } from '../storage/store.js';
import { ChainVerifier, type VerifyResult } from './audit-chain.js';
import type { Env } from './context.js';
import type { AuditEntry, Page, PageRequest } from './model.js';

/** Walk the whole chain in batches; reports the first broken entry. */
export async function verifyAuditLog(store: Store, batch = 1000): Promise<VerifyResult> {
  const v = new ChainVerifier();
  let after = 0;
  for (;;) {
    const entries = await store.audit.range(after, batch);
    for (const e of entries) if (!v.add(e)) return v.finish(await store.audit.head());
    if (entries.length < batch) break;
    after = entries[entries.length - 1].seq;
  }
  return v.finish(await store.audit.head());
}

/** Verify, for a system administrator. */
export async function verifyAudit(env: Env, actor: Actor): Promise<VerifyResult> {
  authorize(actor, 'audit.verify');
  return verifyAuditLog(env.store);
}

/** Entries of the actor's force (all entries for system administrators), newest first. */
export async function listAudit(env: Env, actor: Actor, page: PageRequest): Promise<Page<AuditEntry>> {
  authorize(actor, 'audit.read');
  const forceId = actor.roles.includes('system_admin') && actor.forceId === null ? null : actorForce(actor);
  return env.store.audit.list(forceId, page);
}
