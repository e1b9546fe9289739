/**
 * Publishing an approved draft through the account's platform link: the
 * checks publishDraft makes are made first (approved, not expired, account
 * active, author an operator), then the platform call, then the draft is
 * recorded as published with the platform's URL and the post is referenced
 * by its platform id, so polling the account later finds it already stored.
 */
import { getDraft, publishDraft } from '../domain/drafts.js';
import { conflict, DomainError, invalid, notFound } from '../domain/errors.js';
import { ACTIVE_STATUSES } from '../domain/lifecycle.js';
import type { Draft, PublishedPost } from '../domain/model.js';
import { authorize, type Actor } from '../policies/index.js';
import type { ConnectorEnv } from './env.js';
import { clientFor, linkRowOf } from './links.js';
import { PlatformError } from './types.js';

/** Publish an approved draft on its platform; resolves to the published draft and post. */
export async function publishToPlatform(
  env: ConnectorEnv, actor: Actor, draftId: string, expectedVersion: number,
): Promise<{ draft: Draft; post: PublishedPost; externalId: string; url: string | null }> {
  authorize(actor, 'drafts.publish');
  const draft = await getDraft(env, actor, draftId);
  if (draft.status !== 'approved') throw conflict(`Only approved drafts can be published; this one is ${draft.status}.`);
  if (draft.version !== expectedVersion) throw conflict('The draft was changed by someone else; reload it.');
  if (draft.approvalExpiresAt !== null && draft.approvalExpiresAt < env.now().toISOString()) throw conflict('The approval has expired; the draft needs approving again.');
  const account = await env.store.accounts.get(draft.forceId, draft.accountId);
  if (!account) throw notFound('Account');
  if (!ACTIVE_STATUSES.includes(account.status)) throw new DomainError('refused_s3', `This account is ${account.status}, so nothing can be published from it (S3).`, { rule: 'S3' });
  if (!(await env.store.accounts.isOperator(account.forceId, account.id, draft.authorPersonId))) {
    throw new DomainError('refused_s3', 'Only operators of this account can write for it (S3).', { rule: 'S3' });
  }
  const link = await linkRowOf(env, account.forceId, account.id);
  if (!link || link.status !== 'active') throw invalid('This account is not linked to its platform: publish it there and record it, or link the account.');

  let published;
  try {
    published = await clientFor(env, link).publish(draft.text);
  } catch (e) {
    throw new DomainError('conflict', `The platform did not publish the post: ${e instanceof PlatformError ? e.message : 'no answer'}`);
  }
  let out: { draft: Draft; post: PublishedPost };
  try {
    out = await publishDraft(env, actor, draftId, { externalUrl: published.url, expectedVersion });
  } catch (e) {
    // Out on the platform but not recorded (someone changed the draft meanwhile): say so; polling will pick the post up and check it.
    await env.store.audit.append({
      at: env.now().toISOString(), forceId: account.forceId, actorId: actor.userId, action: 'draft.publish_unrecorded',
      subjectType: 'draft', subjectId: draftId, data: { externalId: published.externalId },
    });
    throw e instanceof DomainError ? new DomainError(e.code, `Published on the platform, but not recorded in Peel: ${e.message}`, { url: published.url }) : e;
  }
  // If a poll stored the platform's copy first, that reference stays (the post is then recorded twice, once as the draft).
  await env.db.insertInto('post_refs').values({
    account_id: account.id, external_id: published.externalId, post_id: out.post.id, force_id: account.forceId,
    platform: account.platform, deleted_at: null, created_at: env.now().toISOString(),
  }).onConflict((oc) => oc.doNothing()).execute();
  return { ...out, externalId: published.externalId, url: published.url };
}
