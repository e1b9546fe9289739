/**
 * R1 and R2: when a "found" (R1) or "arrested" (R2) update is recorded or
 * posted, raise a removal task listing every earlier appeal about that person
 * on every account of the force. People are matched by name through the
 * appeal index: every word of the name in the update must be in a name in
 * the appeal ("Amy" matches "Amy Walker"). A first name alone looks back
 * FIRST_NAME_WINDOW_DAYS (common first names would otherwise list years of
 * other people's appeals); an update that names nobody lists its own
 * account's most recent appeals (at most UNNAMED_MAX_APPEALS, of the previous
 * UNNAMED_WINDOW_DAYS) to choose from.
 * Raising is additive and idempotent: raising again adds only appeals
 * indexed since, so the sweep heals any race between an appeal and its update.
 */
import type { Report } from '@peel/engine';
import { newId } from '../domain/context.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { isUniqueViolation } from '../storage/index.js';
import { auditRepo } from '../storage/sql/repos-work.js';
import { indexPosts, personNames, sameName } from './appeals.js';

export { personNames, sameName } from './appeals.js';

/** Which appeals an update closes. */
const RULE_OF_TAG: Readonly<Record<string, 'R1' | 'R2'>> = { 'update:found': 'R1', 'update:arrested': 'R2' };

/** How far back an update without a name looks for appeals on its own account. */
export const UNNAMED_WINDOW_DAYS = 30;
/**
 * At most this many of those, the most recent first: the update is almost
 * always about one of the last few appeals, and a busy account's month of
 * appeals (hundreds) would bury them in a list nobody can work through.
 */
export const UNNAMED_MAX_APPEALS = 25;
/** How far back a first name alone looks, on every account. */
export const FIRST_NAME_WINDOW_DAYS = 90;

const daysBefore = (iso: string, days: number): string => new Date(Date.parse(iso) - days * 86_400_000).toISOString();

interface Candidate { post_id: string; account_id: string }

/** Earlier appeals (rule) about any of `names`, or, with no names, the account's recent ones. */
async function matchingAppeals(env: ConnectorEnv, forceId: string, rule: 'R1' | 'R2', update: { id: string; account_id: string; published_at: string }, names: string[][]): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  if (names.length === 0) {
    const rows = await env.db.selectFrom('appeal_subjects').select(['post_id', 'account_id']).select((eb) => eb.fn.max('published_at').as('at'))
      .where('account_id', '=', update.account_id).where('rule', '=', rule)
      .where('published_at', '>=', daysBefore(update.published_at, UNNAMED_WINDOW_DAYS)).where('published_at', '<=', update.published_at)
      .groupBy(['post_id', 'account_id']).orderBy('at', 'desc').limit(UNNAMED_MAX_APPEALS)
      .execute();
    for (const r of rows) found.set(r.post_id, { post_id: r.post_id, account_id: r.account_id });
  }
  // Looked up by the last word (a surname is rarer than a first name); the other words must be in
  // the same name of the same appeal (primary-key look-ups), so only real matches come back.
  for (const n of names) {
    const last = n[n.length - 1]!;
    let q = env.db.selectFrom('appeal_subjects as a').select(['a.post_id', 'a.account_id', 'a.name'])
      .where('a.force_id', '=', forceId).where('a.rule', '=', rule).where('a.word', '=', last).where('a.published_at', '<=', update.published_at);
    for (const w of new Set(n.slice(0, -1))) {
      if (w === last) continue;
      q = q.where(({ exists, selectFrom }) => exists(selectFrom('appeal_subjects as b').select('b.post_id')
        .whereRef('b.post_id', '=', 'a.post_id').whereRef('b.rule', '=', 'a.rule').whereRef('b.name', '=', 'a.name').where('b.word', '=', w)));
    }
    if (n.length === 1) q = q.where('a.published_at', '>=', daysBefore(update.published_at, FIRST_NAME_WINDOW_DAYS));
    for (const r of await q.execute()) if (sameName(n, r.name.split(' '))) found.set(r.post_id, r);
  }
  found.delete(update.id);
  return [...found.values()];
}

/**
 * Raise (or add to) the removal tasks an update post calls for; none when it
 * is not an update or no earlier appeal matches. Resolves to the ids of the
 * tasks that were created or got new appeals.
 */
export async function raiseRemovalTasks(env: ConnectorEnv, forceId: string, postId: string): Promise<string[]> {
  const post = await env.db.selectFrom('posts').select(['id', 'account_id', 'text', 'report', 'published_at'])
    .where('force_id', '=', forceId).where('id', '=', postId).executeTakeFirst();
  if (!post) return [];
  const report = JSON.parse(post.report) as Report;
  const touched: string[] = [];
  for (const tag of report.tags) {
    const rule = RULE_OF_TAG[tag];
    if (!rule) continue;
    const names = personNames(post.text, report);
    const appeals = await matchingAppeals(env, forceId, rule, post, names);
    if (appeals.length === 0) continue;
    const subjectKey = names.map((n) => n.join(' ')).sort().join('|');
    const id = await upsertTask(env, forceId, rule, post.id, subjectKey, appeals);
    if (id) touched.push(id);
  }
  return touched;
}

/** Create the task, or add new appeals to it (reopening it if it was done). Null when nothing changed. */
async function upsertTask(env: ConnectorEnv, forceId: string, rule: 'R1' | 'R2', triggerId: string, subjectKey: string, appeals: Candidate[]): Promise<string | null> {
  const now = env.now().toISOString();
  return env.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('removal_tasks').select(['id', 'status']).where('trigger_post_id', '=', triggerId)
      .where('rule', '=', rule).where('subject_key', '=', subjectKey).executeTakeFirst();
    const id = existing?.id ?? newId();
    if (!existing) {
      await tx.insertInto('removal_tasks').values({ id, force_id: forceId, rule, trigger_post_id: triggerId, subject_key: subjectKey, status: 'open', created_at: now, done_at: null }).execute();
      // Also a task in the force's task list (force-wide roles see unassigned tasks).
      await tx.insertInto('tasks').values({
        id: newId(), force_id: forceId, kind: 'other', assignee_person_id: null, subject_type: 'removal_task', subject_id: id,
        dedupe_key: `removal:${id}`, status: 'open', created_at: now, done_at: null, done_by: null,
      }).execute();
    }
    let added = 0;
    for (let i = 0; i < appeals.length; i += 200) {
      const r = await tx.insertInto('removal_items').values(appeals.slice(i, i + 200).map((a) => ({
        id: newId(), task_id: id, force_id: forceId, post_id: a.post_id, account_id: a.account_id, status: 'pending',
        reason: null, acted_by: null, acted_at: null, error: null, created_at: now,
      }))).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    if (existing && added === 0) return null;
    if (existing?.status === 'done') {
      await tx.updateTable('removal_tasks').set({ status: 'open', done_at: null }).where('id', '=', id).execute();
      await tx.updateTable('tasks').set({ status: 'open', done_at: null, done_by: null }).where('dedupe_key', '=', `removal:${id}`).execute();
    }
    await auditRepo(tx).append({
      at: now, forceId, actorId: null, action: existing ? 'retention.extend' : 'retention.raise', subjectType: 'removal_task', subjectId: id,
      data: { rule, triggerPostId: triggerId, appeals: appeals.length, added },
    });
    return id;
  }).catch((e: unknown) => {
    // Another worker raised the same task at the same moment; the next sweep adds anything missing.
    if (isUniqueViolation(e)) return null;
    throw e;
  });
}

/**
 * Index appeals and raise tasks for updates stored by any route (drafts
 * published, posts entered by hand) since `sinceIso`. Safe to run repeatedly
 * and from several workers. Resolves to the number of tasks created or extended.
 */
export async function sweepRetention(env: ConnectorEnv, sinceIso: string): Promise<number> {
  const recent = (messages: string[]) => env.db.selectFrom('findings').select(['force_id', 'post_id']).distinct()
    .where('rule', 'in', ['R1', 'R2']).where('message_id', 'in', messages).where('created_at', '>=', sinceIso).limit(50_000).execute();
  await indexPosts(env.db, (await recent(['appeal'])).map((r) => r.post_id));
  let n = 0;
  for (const r of await recent(['found', 'arrested'])) n += (await raiseRemovalTasks(env, r.force_id, r.post_id)).length;
  return n;
}

/** True when the index is empty but appeals exist (a database from before the index): the first sweep must look back to the start. */
export async function indexNeedsBackfill(env: ConnectorEnv): Promise<boolean> {
  const any = await env.db.selectFrom('appeal_subjects').select('post_id').limit(1).executeTakeFirst();
  if (any) return false;
  const appeal = await env.db.selectFrom('findings').select('id').where('rule', 'in', ['R1', 'R2']).where('message_id', '=', 'appeal').limit(1).executeTakeFirst();
  return appeal !== undefined;
}
