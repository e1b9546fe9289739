/**
 * Webhook sources: another tool allowed to forward one account's posts. The
 * shared secret is shown once when the source is created and kept sealed.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../../domain/context.js';
import { auditRepo } from '../../storage/sql/repos-work.js';
import { notFound } from '../../domain/errors.js';
import { actorForce, authorize, type Actor } from '../../policies/index.js';
import type { ConnectorEnv } from '../env.js';

/** A source as listed (never with its secret). */
export interface WebhookSource {
  id: string;
  forceId: string;
  accountId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

type Row = { id: string; force_id: string; account_id: string; name: string; created_at: string; revoked_at: string | null };
const toSource = (r: Row): WebhookSource => ({
  id: r.id, forceId: r.force_id, accountId: r.account_id, name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at,
});

/** Context binding a sealed webhook secret to its row. */
export const secretContext = (id: string): string => `webhook_sources:${id}`;

/** Create a source for an account of the actor's force; returns the secret once. */
export async function createWebhookSource(env: ConnectorEnv, actor: Actor, input: { accountId: string; name: string }): Promise<{ source: WebhookSource; secret: string; url: string }> {
  authorize(actor, 'accounts.manage');
  const forceId = actorForce(actor);
  if (!(await env.store.accounts.get(forceId, input.accountId))) throw notFound('Account');
  const id = newId();
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const row = {
    id, force_id: forceId, account_id: input.accountId, name: input.name,
    secret: env.secrets().seal(secret, secretContext(id)), created_by: actor.userId,
    created_at: env.now().toISOString(), revoked_at: null,
  };
  await env.db.transaction().execute(async (tx) => {
    await tx.insertInto('webhook_sources').values(row).execute();
    await auditRepo(tx).append({
      at: row.created_at, forceId, actorId: actor.userId, action: 'webhook.create', subjectType: 'webhook_source', subjectId: id,
      data: { accountId: input.accountId },
    });
  });
  return { source: toSource(row), secret, url: `/api/webhooks/${id}` };
}

/** The force's sources. */
export async function listWebhookSources(env: ConnectorEnv, actor: Actor): Promise<WebhookSource[]> {
  authorize(actor, 'accounts.manage');
  const rows = await env.db.selectFrom('webhook_sources').select(['id', 'force_id', 'account_id', 'name', 'created_at', 'revoked_at'])
    .where('force_id', '=', actorForce(actor)).orderBy('created_at', 'desc').limit(200).execute();
  return rows.map(toSource);
}

/** Revoke a source: its deliveries are refused from now on. */
export async function revokeWebhookSource(env: ConnectorEnv, actor: Actor, id: string): Promise<WebhookSource> {
  authorize(actor, 'accounts.manage');
  const forceId = actorForce(actor);
  const now = env.now().toISOString();
  const r = await env.db.updateTable('webhook_sources').set({ revoked_at: now }).where('force_id', '=', forceId).where('id', '=', id)
    .where('revoked_at', 'is', null).executeTakeFirst();
  const row = await env.db.selectFrom('webhook_sources').select(['id', 'force_id', 'account_id', 'name', 'created_at', 'revoked_at'])
    .where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Webhook source');
  if (Number(r.numUpdatedRows) === 1) {
    await env.store.audit.append({ at: now, forceId, actorId: actor.userId, action: 'webhook.revoke', subjectType: 'webhook_source', subjectId: id, data: {} });
  }
  return toSource(row);
}
