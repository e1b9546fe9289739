/**
 * Receiving a webhook delivery: find the source, verify the signature and
 * timestamp, then store the delivery id and the posts in one transaction. A
 * delivery id seen before is acknowledged and ignored (a sender's retry, or a
 * replay), and posts are stored once per (account, id) whatever the delivery.
 */
import { MAX_TEXT_LENGTH } from '@peel/engine';
import { z } from 'zod/v4';
import { isUniqueViolation } from '../../storage/index.js';
import type { ConnectorEnv } from '../env.js';
import type { Account } from '../../domain/model.js';
import { ingestPosts, type IncomingPost } from '../ingest.js';
import { HEADERS, TOLERANCE_SECONDS, verifySignature, type SignatureProblem } from './signature.js';
import { secretContext } from './sources.js';

/** The body a sender posts: one post, or up to 100. */
const Post = z.strictObject({
  id: z.string().min(1).max(200),
  text: z.string().max(MAX_TEXT_LENGTH),
  publishedAt: z.iso.datetime({ offset: true }),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional(),
});
export const WebhookBody = z.union([z.strictObject({ posts: z.array(Post).min(1).max(100) }), Post]);

/** The outcome, for the HTTP layer. */
export type WebhookOutcome =
  | { status: 200; body: { duplicate: boolean; stored: Array<{ id: string; postId: string; verdict: string }>; already: string[]; refused: Array<{ id: string; code: string }> } }
  | { status: 400; message: string }
  | { status: 401; reason: SignatureProblem | 'unknown-source' };

class Duplicate extends Error {}

/** Handle one delivery (raw body as received). */
export async function receiveWebhook(
  env: ConnectorEnv, sourceId: string, headers: Record<string, string | string[] | undefined>, rawBody: Buffer,
): Promise<WebhookOutcome> {
  const source = /^[0-9a-f-]{36}$/.test(sourceId)
    ? await env.db.selectFrom('webhook_sources').selectAll().where('id', '=', sourceId).where('revoked_at', 'is', null).executeTakeFirst()
    : undefined;
  if (!source) return { status: 401, reason: 'unknown-source' };
  const secret = env.secrets().open(source.secret, secretContext(source.id));
  const problem = verifySignature(secret, headers, rawBody, env.now());
  if (problem) return { status: 401, reason: problem };
  const delivery = headers[HEADERS.delivery];
  if (typeof delivery !== 'string' || !/^[\w.:-]{1,200}$/.test(delivery)) return { status: 400, message: `The ${HEADERS.delivery} header is missing or not a simple id.` };

  let parsed: z.infer<typeof WebhookBody>;
  try {
    parsed = WebhookBody.parse(JSON.parse(rawBody.toString('utf8')));
  } catch {
    return { status: 400, message: 'The body must be {"posts":[{"id","text","publishedAt","url"?}]} or one such post.' };
  }
  const account = await env.store.accounts.get(source.force_id, source.account_id);
  if (!account) return { status: 401, reason: 'unknown-source' };
  const posts = ('posts' in parsed ? parsed.posts : [parsed]).map((p) => ({
    externalId: p.id, text: p.text, publishedAt: new Date(p.publishedAt).toISOString(), url: p.url ?? null,
  }));
  const now = env.now();
  // A post stored by another worker between the look-up and the insert: once more finds it stored.
  for (let attempt = 0; ; attempt++) {
    try {
      return await deliver(env, account, posts, source.id, delivery, now);
    } catch (e) {
      if (e instanceof Duplicate) return { status: 200, body: { duplicate: true, stored: [], already: [], refused: [] } };
      if (!isUniqueViolation(e) || attempt > 0) throw e;
    }
  }
}

/** Store the delivery id and its posts together. */
async function deliver(
  env: ConnectorEnv, account: Account, posts: IncomingPost[], sourceId: string, delivery: string, now: Date,
): Promise<WebhookOutcome> {
  const r = await ingestPosts(env, account, posts, {
    actorId: null, auditAction: 'webhook.receive', auditData: { sourceId, delivery },
    inTx: async (tx) => {
      try {
        await tx.insertInto('webhook_deliveries').values({ source_id: sourceId, delivery_id: delivery, received_at: now.toISOString() }).execute();
      } catch (e) {
        if (isUniqueViolation(e)) throw new Duplicate();
        throw e;
      }
      // Ids older than the timestamp window can no longer be replayed (the timestamp check refuses them).
      const cutoff = new Date(now.getTime() - 2 * TOLERANCE_SECONDS * 1000).toISOString();
      await tx.deleteFrom('webhook_deliveries').where('source_id', '=', sourceId).where('received_at', '<', cutoff).execute();
    },
  });
  return {
    status: 200,
    body: {
      duplicate: false, stored: r.stored.map((s) => ({ id: s.externalId, postId: s.postId, verdict: s.verdict })),
      already: r.already, refused: r.refused.map((x) => ({ id: x.externalId, code: x.code })),
    },
  };
}
