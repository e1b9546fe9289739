/**
 * Acting on removal tasks: delete an appeal through the account's platform
 * link (one click), or record that it was removed by hand or is kept (with a
 * reason). Every outcome is logged in the audit trail with its reason; the
 * post itself stays in Peel's records (R4: keep every post and deletion).
 */
import { conflict, invalid, notFound } from '../domain/errors.js';
import { actorForce, authorize, type Actor } from '../policies/index.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { clientFor, linkRowOf } from '../platforms/links.js';
import { PlatformError } from '../platforms/types.js';
import { auditRepo } from '../storage/sql/repos-work.js';

/** One appeal to remove, with what is needed to show it. */
export interface RemovalItem {
  id: string;
  postId: string;
  accountId: string;
  accountHandle: string;
  platform: string;
  publishedAt: string;
  text: string;
  externalUrl: string | null;
  status: 'pending' | 'deleted' | 'failed' | 'manual' | 'kept';
  reason: string | null;
  actedBy: string | null;
  actedAt: string | null;
  error: string | null;
  /** Whether Peel can delete it through a platform link. */
  deletable: boolean;
}

/** A removal task with its items. */
export interface RemovalTask {
  id: string;
  rule: 'R1' | 'R2';
  triggerPostId: string;
  subject: string;
  status: 'open' | 'done';
  createdAt: string;
  doneAt: string | null;
  items: RemovalItem[];
}

async function items(env: ConnectorEnv, forceId: string, taskIds: string[]): Promise<Map<string, RemovalItem[]>> {
  const out = new Map<string, RemovalItem[]>();
  if (taskIds.length === 0) return out;
  const rows = await env.db.selectFrom('removal_items as i').innerJoin('posts as p', 'p.id', 'i.post_id').innerJoin('accounts as a', 'a.id', 'i.account_id')
    .leftJoin('post_refs as r', (j) => j.onRef('r.post_id', '=', 'i.post_id').onRef('r.account_id', '=', 'i.account_id'))
    .leftJoin('platform_links as l', 'l.account_id', 'i.account_id')
    .select(['i.id', 'i.task_id', 'i.post_id', 'i.account_id', 'i.status', 'i.reason', 'i.acted_by', 'i.acted_at', 'i.error',
      'a.handle', 'a.platform', 'p.published_at', 'p.text', 'p.external_url', 'r.external_id', 'l.id as link_id'])
    .where('i.force_id', '=', forceId).where('i.task_id', 'in', taskIds).orderBy('p.published_at').execute();
  for (const r of rows) {
    const list = out.get(r.task_id) ?? [];
    list.push({
      id: r.id, postId: r.post_id, accountId: r.account_id, accountHandle: r.handle, platform: r.platform, publishedAt: r.published_at,
      text: r.text, externalUrl: r.external_url, status: r.status as RemovalItem['status'], reason: r.reason, actedBy: r.acted_by,
      actedAt: r.acted_at, error: r.error, deletable: r.external_id !== null && r.link_id !== null,
    });
    out.set(r.task_id, list);
  }
  return out;
}

/** Removal tasks of the actor's force (force-wide roles). */
export async function listRemovalTasks(env: ConnectorEnv, actor: Actor, filter: { status?: 'open' | 'done' } = {}): Promise<RemovalTask[]> {
  authorize(actor, 'findings.read');
  const forceId = actorForce(actor);
  let q = env.db.selectFrom('removal_tasks').selectAll().where('force_id', '=', forceId);
  if (filter.status) q = q.where('status', '=', filter.status);
  const tasks = await q.orderBy('created_at', 'desc').limit(100).execute();
  const byTask = await items(env, forceId, tasks.map((t) => t.id));
  return tasks.map((t) => ({
    id: t.id, rule: t.rule as 'R1' | 'R2', triggerPostId: t.trigger_post_id, subject: t.subject_key, status: t.status as 'open' | 'done',
    createdAt: t.created_at, doneAt: t.done_at, items: byTask.get(t.id) ?? [],
  }));
}

async function loadItem(env: ConnectorEnv, actor: Actor, itemId: string) {
  authorize(actor, 'accounts.manage');
  const forceId = actorForce(actor);
  const item = await env.db.selectFrom('removal_items as i').innerJoin('removal_tasks as t', 't.id', 'i.task_id')
    .select(['i.id', 'i.task_id', 'i.post_id', 'i.account_id', 'i.status', 't.rule']).where('i.force_id', '=', forceId).where('i.id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw notFound('Removal item');
  if (item.status === 'deleted' || item.status === 'kept') throw conflict(`This appeal is already ${item.status}.`);
  return { ...item, forceId };
}

/** Mark an item done, log it, and close the task when nothing is left pending. */
async function settle(
  env: ConnectorEnv, actor: Actor, item: Awaited<ReturnType<typeof loadItem>>,
  status: 'deleted' | 'kept' | 'failed' | 'manual', reason: string, extra: { error?: string; action: string; data?: Record<string, unknown> },
): Promise<void> {
  const now = env.now().toISOString();
  await env.db.transaction().execute(async (tx) => {
    await tx.updateTable('removal_items').set({ status, reason, acted_by: actor.userId, acted_at: now, error: extra.error ?? null })
      .where('id', '=', item.id).execute();
    if (status === 'deleted') {
      await tx.updateTable('post_refs').set({ deleted_at: now }).where('post_id', '=', item.post_id).where('account_id', '=', item.account_id).execute();
    }
    const open = await tx.selectFrom('removal_items').select('id').where('task_id', '=', item.task_id)
      .where('status', 'in', ['pending', 'failed', 'manual']).limit(1).executeTakeFirst();
    if (!open) {
      await tx.updateTable('removal_tasks').set({ status: 'done', done_at: now }).where('id', '=', item.task_id).where('status', '=', 'open').execute();
      await tx.updateTable('tasks').set({ status: 'done', done_at: now, done_by: actor.userId }).where('dedupe_key', '=', `removal:${item.task_id}`).where('status', '=', 'open').execute();
    }
    await auditRepo(tx).append({
      at: now, forceId: item.forceId, actorId: actor.userId, action: extra.action, subjectType: 'post', subjectId: item.post_id,
      data: { rule: item.rule, taskId: item.task_id, itemId: item.id, reason, ...(extra.data ?? {}) },
    });
  });
}

/** Delete an appeal through the platform link; resolves to the item's new status. */
export async function deleteAppeal(env: ConnectorEnv, actor: Actor, itemId: string, reason: string): Promise<'deleted'> {
  const item = await loadItem(env, actor, itemId);
  if (reason.trim() === '') throw invalid('Give the reason for the deletion.');
  const ref = await env.db.selectFrom('post_refs').select(['external_id', 'platform']).where('post_id', '=', item.post_id)
    .where('account_id', '=', item.account_id).executeTakeFirst();
  const link = await linkRowOf(env, item.forceId, item.account_id);
  if (!ref || !link) {
    await settle(env, actor, item, 'manual', reason, { action: 'retention.manual_needed', error: 'No platform link or platform id: remove it on the platform.' });
    throw conflict('Peel cannot delete this post itself: remove it on the platform, then mark it removed.');
  }
  try {
    await clientFor(env, link).delete(ref.external_id);
  } catch (e) {
    const message = e instanceof PlatformError ? e.message : 'The platform did not answer.';
    await settle(env, actor, item, 'failed', reason, { action: 'post.delete_failed', error: message, data: { platform: ref.platform } });
    throw conflict(`The platform did not delete the post: ${message}`);
  }
  await settle(env, actor, item, 'deleted', reason, { action: 'post.delete', data: { platform: ref.platform, externalId: ref.external_id } });
  return 'deleted';
}

/** Record that an appeal was removed by hand on the platform, or is kept (e.g. another person of the same name). */
export async function resolveAppeal(env: ConnectorEnv, actor: Actor, itemId: string, input: { outcome: 'removed' | 'kept'; reason: string }): Promise<void> {
  const item = await loadItem(env, actor, itemId);
  if (input.reason.trim() === '') throw invalid('Give the reason.');
  await settle(env, actor, item, input.outcome === 'removed' ? 'deleted' : 'kept', input.reason,
    { action: input.outcome === 'removed' ? 'post.delete_manual' : 'retention.keep' });
}
