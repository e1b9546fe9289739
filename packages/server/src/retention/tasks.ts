/**
 * R1 and R2: when a "found" (R1) or "arrested" (R2) update is recorded or
 * posted, raise a removal task listing every earlier appeal about that person
 * on every account of the force. People are matched by name: every word of
 * the name in the update must be in a name in the appeal ("Amy" matches
 * "Amy Walker"). An update that names nobody lists the same account's
 * appeals of the previous 30 days for a person to choose from.
 */
import type { Report } from '@peel/engine';
import { newId } from '../domain/context.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { isUniqueViolation } from '../storage/index.js';
import { auditRepo } from '../storage/sql/repos-work.js';

/** Which appeals an update closes. */
const RULE_OF_TAG: Readonly<Record<string, 'R1' | 'R2'>> = { 'update:found': 'R1', 'update:arrested': 'R2' };
const APPEAL_TAG: Readonly<Record<'R1' | 'R2', string>> = { R1: 'appeal:missing-person', R2: 'appeal:wanted' };

/** How far back an update without a name looks for appeals on its own account. */
export const UNNAMED_WINDOW_DAYS = 30;

/** The people named in a post: lower-case names from its PERSON entities. */
export function personNames(text: string, report: Pick<Report, 'entities'>): string[][] {
  const out: string[][] = [];
  for (const e of report.entities) {
    if (e.type !== 'PERSON') continue;
    const words = text.slice(e.start, e.end).toLowerCase().split(/[^\p{L}'-]+/u).filter((w) => w.length > 1);
    if (words.length > 0 && !out.some((o) => o.join(' ') === words.join(' '))) out.push(words);
  }
  return out;
}

/** Does a name in the update refer to a name in the appeal (all its words present)? */
export function sameName(update: readonly string[], appeal: readonly string[]): boolean {
  return update.every((w) => appeal.includes(w));
}

interface PostRow { id: string; account_id: string; text: string; report: string; published_at: string }

async function loadPost(env: ConnectorEnv, forceId: string, id: string): Promise<PostRow | undefined> {
  return env.db.selectFrom('posts').select(['id', 'account_id', 'text', 'report', 'published_at'])
    .where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
}

/** Earlier appeals of a rule in the force (optionally one account, since a time), in pages. */
async function* earlierAppeals(env: ConnectorEnv, forceId: string, rule: 'R1' | 'R2', before: string, o: { accountId?: string; since?: string }): AsyncGenerator<PostRow> {
  let after = '';
  for (;;) {
    let q = env.db.selectFrom('findings').innerJoin('posts', 'posts.id', 'findings.post_id')
      .select(['posts.id', 'posts.account_id', 'posts.text', 'posts.report', 'posts.published_at'])
      .where('findings.force_id', '=', forceId).where('findings.rule', '=', rule).where('findings.message_id', '=', 'appeal')
      .where('posts.published_at', '<=', before).where('posts.id', '>', after);
    if (o.accountId !== undefined) q = q.where('posts.account_id', '=', o.accountId);
    if (o.since !== undefined) q = q.where('posts.published_at', '>=', o.since);
    const rows = await q.orderBy('posts.id').limit(500).execute();
    for (const r of rows) yield r;
    if (rows.length < 500) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Raise the removal tasks an update post calls for (none when it is not an
 * update or no earlier appeal matches). Idempotent: the same update never
 * raises the same task twice. Resolves to the ids of tasks created now.
 */
export async function raiseRemovalTasks(env: ConnectorEnv, forceId: string, postId: string): Promise<string[]> {
  const post = await loadPost(env, forceId, postId);
  if (!post) return [];
  const report = JSON.parse(post.report) as Report;
  const created: string[] = [];
  for (const tag of report.tags) {
    const rule = RULE_OF_TAG[tag];
    if (!rule) continue;
    const names = personNames(post.text, report);
    const matches = new Map<string, PostRow>();
    const since = new Date(Date.parse(post.published_at) - UNNAMED_WINDOW_DAYS * 86_400_000).toISOString();
    const source = names.length > 0
      ? earlierAppeals(env, forceId, rule, post.published_at, {})
      : earlierAppeals(env, forceId, rule, post.published_at, { accountId: post.account_id, since });
    for await (const a of source) {
      if (a.id === post.id) continue;
      const ar = JSON.parse(a.report) as Report;
      if (!ar.tags.includes(APPEAL_TAG[rule])) continue;
      if (names.length > 0) {
        const appealNames = personNames(a.text, ar);
        if (!names.some((n) => appealNames.some((m) => sameName(n, m)))) continue;
      }
      matches.set(a.id, a);
    }
    if (matches.size === 0) continue;
    const subjectKey = names.map((n) => n.join(' ')).sort().join('|');
    const id = await createTask(env, forceId, rule, post.id, subjectKey, [...matches.values()]);
    if (id) created.push(id);
  }
  return created;
}

async function createTask(env: ConnectorEnv, forceId: string, rule: 'R1' | 'R2', triggerId: string, subjectKey: string, appeals: PostRow[]): Promise<string | null> {
  const now = env.now().toISOString();
  return env.db.transaction().execute(async (tx) => {
    const exists = await tx.selectFrom('removal_tasks').select('id').where('trigger_post_id', '=', triggerId)
      .where('rule', '=', rule).where('subject_key', '=', subjectKey).executeTakeFirst();
    if (exists) return null;
    const id = newId();
    await tx.insertInto('removal_tasks').values({ id, force_id: forceId, rule, trigger_post_id: triggerId, subject_key: subjectKey, status: 'open', created_at: now, done_at: null }).execute();
    await tx.insertInto('removal_items').values(appeals.map((a) => ({
      id: newId(), task_id: id, force_id: forceId, post_id: a.id, account_id: a.account_id, status: 'pending',
      reason: null, acted_by: null, acted_at: null, error: null, created_at: now,
    }))).execute();
    // Also a task in everyone's task list (force-wide roles see unassigned tasks).
    await tx.insertInto('tasks').values({
      id: newId(), force_id: forceId, kind: 'other', assignee_person_id: null, subject_type: 'removal_task', subject_id: id,
      dedupe_key: `removal:${id}`, status: 'open', created_at: now, done_at: null, done_by: null,
    }).execute();
    await auditRepo(tx).append({
      at: now, forceId, actorId: null, action: 'retention.raise', subjectType: 'removal_task', subjectId: id,
      data: { rule, triggerPostId: triggerId, appeals: appeals.map((a) => a.id) },
    });
    return id;
  }).catch((e: unknown) => {
    // Another worker raised the same task at the same moment.
    if (isUniqueViolation(e)) return null;
    throw e;
  });
}

/**
 * Raise tasks for update posts stored by any route (drafts published, posts
 * entered by hand) since `sinceIso`. Safe to run repeatedly and from several
 * workers: raising is idempotent.
 */
export async function sweepRetention(env: ConnectorEnv, sinceIso: string): Promise<number> {
  const rows = await env.db.selectFrom('findings').select(['force_id', 'post_id']).distinct()
    .where('rule', 'in', ['R1', 'R2']).where('message_id', 'in', ['found', 'arrested']).where('created_at', '>=', sinceIso)
    .limit(5000).execute();
  let n = 0;
  for (const r of rows) n += (await raiseRemovalTasks(env, r.force_id, r.post_id)).length;
  return n;
}
