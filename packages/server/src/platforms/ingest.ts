/**
 * Storing posts a connector reports (polling, webhook): checked with the
 * force's policy, then stored with their findings in one transaction,
 * skipping any the account already has, so a post reported twice is stored once.
 */
import type { Transaction } from 'kysely';
import type { Account } from '../domain/model.js';
import { checkOne, type Checked } from '../imports/checking.js';
import { existingRefs, writePosts, type PostToWrite, type WrittenPost } from '../imports/store.js';
import { retentionAfterBatch } from '../retention/hook.js';
import type { Database } from '../storage/schema.js';
import type { ConnectorEnv } from './env.js';

/** A post as a platform reports it. */
export interface IncomingPost {
  /** The platform's id (tweet id, AT URI, status id). */
  externalId: string;
  text: string;
  publishedAt: string;
  url: string | null;
}

/** What was stored. */
export interface IngestResult {
  stored: Array<WrittenPost & { verdict: string }>;
  /** External ids that were already stored. */
  already: string[];
  /** External ids the engine refused (e.g. text too long), with its code. */
  refused: Array<{ externalId: string; code: string }>;
}

/**
 * Check and store posts for an account. `inTx` runs first inside the same
 * transaction (the webhook records its delivery id there, so the delivery and
 * its posts commit together).
 */
export async function ingestPosts(
  env: ConnectorEnv, account: Account, posts: readonly IncomingPost[],
  o: { actorId: string | null; auditAction: string; auditData?: Record<string, unknown>; inTx?: (tx: Transaction<Database>) => Promise<void> },
): Promise<IngestResult> {
  const { policy } = await env.policies.get(account.forceId);
  const have = await existingRefs(env.db, account.id, posts.map((p) => p.externalId));
  const seen = new Set<string>();
  const fresh = posts.filter((p) => !have.has(p.externalId) && !seen.has(p.externalId) && (seen.add(p.externalId), true));
  const checked: Checked[] = fresh.map((p) => checkOne({ text: p.text, platform: account.platform, accountKind: account.kind, date: p.publishedAt, media: [] }, policy));
  const refused = fresh.flatMap((p, i) => { const c = checked[i]!; return c.ok ? [] : [{ externalId: p.externalId, code: c.code }]; });
  const target = { forceId: account.forceId, accountId: account.id, platform: account.platform };
  const result = await env.db.transaction().execute(async (tx) => {
    await o.inTx?.(tx);
    // Looked up again inside the transaction: another worker may have stored some meanwhile.
    const now = await existingRefs(tx, account.id, fresh.map((p) => p.externalId));
    const rows: Array<PostToWrite & { verdict: string }> = [];
    fresh.forEach((p, i) => {
      const c = checked[i]!;
      if (!c.ok || now.has(p.externalId)) return;
      rows.push({ ...p, verdict: c.verdict, reportJson: c.reportJson, engineVersion: c.engineVersion, policyVersion: c.policyVersion, findings: c.findings, tags: c.tags });
    });
    const written = await writePosts(tx, env.dialect, target, rows, { source: 'connector', actorId: o.actorId, now: env.now().toISOString(), auditAction: o.auditAction, auditData: o.auditData });
    return { written, rows, late: [...now] };
  });
  const stored = result.written.map((w, i) => ({ ...w, verdict: result.rows[i]!.verdict }));
  if (stored.length > 0) await retentionAfterBatch(env, account, stored);
  return { stored, already: [...have, ...result.late], refused };
}
