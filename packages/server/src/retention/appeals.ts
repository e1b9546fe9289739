/**
 * The appeal index: who each R1 (missing) or R2 (wanted) appeal is about,
 * one row per word of each name, written with the post (imports, polling,
 * webhook) or by the sweep (posts recorded elsewhere). A "found"/"arrested"
 * update then finds its appeals with an index look-up instead of reading
 * every earlier post.
 */
import type { Report } from '@peel/engine';
import type { Kysely, Transaction } from 'kysely';
import type { AppealSubjectsTable } from '../storage/schema-connectors.js';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Which rule an appeal tag belongs to. */
export const APPEAL_RULE: Readonly<Record<string, 'R1' | 'R2'>> = { 'appeal:missing-person': 'R1', 'appeal:wanted': 'R2' };

/** The people named in a post: lower-case words of each PERSON entity, without repeats. */
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

/** True when a post's tags make it an appeal worth indexing. */
export const isAppeal = (tags: readonly string[]): boolean => tags.some((t) => APPEAL_RULE[t] !== undefined);

/** Index rows for one post (none unless it is an appeal). */
export function appealRows(p: { postId: string; forceId: string; accountId: string; text: string; publishedAt: string; report: Pick<Report, 'entities' | 'tags'> }): AppealSubjectsTable[] {
  const rules = [...new Set(p.report.tags.map((t) => APPEAL_RULE[t]).filter((r): r is 'R1' | 'R2' => r !== undefined))];
  if (rules.length === 0) return [];
  const names = personNames(p.text, p.report);
  const base = { force_id: p.forceId, post_id: p.postId, account_id: p.accountId, published_at: p.publishedAt };
  return rules.flatMap((rule) => (names.length === 0
    ? [{ ...base, rule, word: '', name: '' }]
    : names.flatMap((n) => [...new Set(n)].map((word) => ({ ...base, rule, word, name: n.join(' ') })))));
}

/** Write index rows (already indexed ones are left alone). */
export async function writeAppealRows(db: Db, rows: readonly AppealSubjectsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db.insertInto('appeal_subjects').values(rows.slice(i, i + 200)).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Index stored posts by id (for posts recorded by routes other than the connectors). */
export async function indexPosts(db: Db, postIds: readonly string[]): Promise<void> {
  for (let i = 0; i < postIds.length; i += 200) {
    const posts = await db.selectFrom('posts').select(['id', 'force_id', 'account_id', 'text', 'report', 'published_at'])
      .where('id', 'in', postIds.slice(i, i + 200)).execute();
    await writeAppealRows(db, posts.flatMap((p) => appealRows({
      postId: p.id, forceId: p.force_id, accountId: p.account_id, text: p.text, publishedAt: p.published_at, report: JSON.parse(p.report) as Report,
    })));
  }
}
