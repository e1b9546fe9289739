/**
 * Drafts: checked by the engine on every save; approved automatically when
 * the verdict is at most `advise` on a monitored account; otherwise waiting
 * for a supervisor or the digital desk. Every decision is a compare-and-set
 * on (status, version), so two approvers racing produce exactly one approval.
 */
import type { Verdict } from '@peel/engine';
import {
  actorForce, actorPerson, assertNotAuthor, authorize, reach, reachesPerson, requireReach, type Actor,
} from '../policies/index.js';
import type { Repos } from '../storage/store.js';
import { checkForForce } from './checker.js';
import { audit, newId, type Env } from './context.js';
import { conflict, DomainError, invalid, notFound } from './errors.js';
import { ACTIVE_STATUSES } from './lifecycle.js';
import type { Account, Draft, DraftStatus, Page, PageRequest, Person, PublishedPost } from './model.js';
import { checkPublished, storePublishedPost, type PublishedInput } from './posts.js';

const AUTO_APPROVE: readonly Verdict[] = ['pass', 'advise'];

/** Rule S3: only operators publish, and only from accredited or reinstated accounts. */
export async function assertMayPublishFrom(tx: Repos, account: Account, personId: string): Promise<void> {
  if (!ACTIVE_STATUSES.includes(account.status)) {
    throw new DomainError('refused_s3', `This account is ${account.status}, so nothing can be published from it (S3).`, { rule: 'S3', accountStatus: account.status });
  }
  if (!(await tx.accounts.isOperator(account.forceId, account.id, personId))) {
    throw new DomainError('refused_s3', 'Only operators of this account can write for it (S3).', { rule: 'S3' });
  }
}

async function checked(env: Env, account: Account, text: string): Promise<Pick<Draft, 'verdict' | 'report' | 'engineVersion' | 'policyVersion'>> {
  const report = await checkForForce(env.policies, account.forceId, { text, platform: account.platform, accountKind: account.kind }, env.now());
  return { verdict: report.verdict, report, engineVersion: report.engineVersion, policyVersion: report.policyVersion };
}

function approvalFields(env: Env, account: Account, verdict: Verdict): Pick<Draft, 'status' | 'autoApproved' | 'approvalExpiresAt' | 'decidedAt'> {
  if (account.trustTier === 'monitored' && AUTO_APPROVE.includes(verdict)) {
    const now = env.now();
    return { status: 'approved', autoApproved: true, decidedAt: now.toISOString(), approvalExpiresAt: new Date(now.getTime() + env.approvalTtlMs).toISOString() };
  }
  return { status: 'pending', autoApproved: false, decidedAt: null, approvalExpiresAt: null };
}

async function raiseApprovalTask(tx: Repos, env: Env, draft: Draft, author: Person | undefined): Promise<void> {
  if (draft.status !== 'pending') return;
  await tx.tasks.create({
    id: newId(), forceId: draft.forceId, kind: 'approve_draft', assigneePersonId: author?.supervisorId ?? null,
    subjectType: 'draft', subjectId: draft.id, dedupeKey: `draft:${draft.id}`, status: 'open',
    createdAt: env.now().toISOString(), doneAt: null, doneBy: null,
  });
}

/** Write a draft for an account the actor operates. */
export async function createDraft(env: Env, actor: Actor, input: { accountId: string; text: string }): Promise<Draft> {
  authorize(actor, 'drafts.write');
  const forceId = actorForce(actor);
  const personId = actorPerson(actor);
  const account = await env.store.accounts.get(forceId, input.accountId);
  if (!account) throw notFound('Account');
  await assertMayPublishFrom(env.store, account, personId);
  const check = await checked(env, account, input.text);
  const now = env.now().toISOString();
  const draft: Draft = {
    id: newId(), forceId, accountId: account.id, authorPersonId: personId, authorUserId: actor.userId ?? 'system',
    text: input.text, ...check, ...approvalFields(env, account, check.verdict), decidedBy: null, decisionNote: null,
    postId: null, version: 1, createdAt: now, updatedAt: now,
  };
  const author = await env.store.people.get(forceId, personId);
  await env.store.transaction(async (tx) => {
    // Re-checked inside the transaction so a suspension a moment ago is honoured.
    const fresh = await tx.accounts.get(forceId, account.id);
    if (!fresh) throw notFound('Account');
    await assertMayPublishFrom(tx, fresh, personId);
    await tx.drafts.create(draft);
    await raiseApprovalTask(tx, env, draft, author);
    await audit(tx, env, actor, forceId, 'draft.create', { type: 'draft', id: draft.id }, { accountId: account.id, verdict: draft.verdict, status: draft.status, autoApproved: draft.autoApproved });
  });
  return draft;
}

async function loadDraft(env: Env, actor: Actor, id: string, action: 'drafts.read' | 'drafts.decide'): Promise<{ draft: Draft; author: Person }> {
  const forceId = actorForce(actor);
  const draft = await env.store.drafts.get(forceId, id);
  if (!draft) throw notFound('Draft');
  const author = await env.store.people.get(forceId, draft.authorPersonId);
  if (!author) throw notFound('Draft');
  requireReach(reachesPerson(actor, action, author), actor, forceId, 'Draft');
  return { draft, author };
}

/** One draft, if within reach. */
export async function getDraft(env: Env, actor: Actor, id: string): Promise<Draft> {
  authorize(actor, 'drafts.read');
  return (await loadDraft(env, actor, id, 'drafts.read')).draft;
}

/** Drafts within reach, newest first. */
export async function listDrafts(env: Env, actor: Actor, page: PageRequest, filter: { status?: DraftStatus } = {}): Promise<Page<Draft>> {
  authorize(actor, 'drafts.read');
  const forceId = actorForce(actor);
  const r = reach(actor, 'drafts.read');
  if (r === 'force') return env.store.drafts.list(forceId, page, filter);
  if (r === 'team' && actor.team !== null) return env.store.drafts.list(forceId, page, { ...filter, team: actor.team });
  return env.store.drafts.list(forceId, page, { ...filter, authorPersonId: actorPerson(actor) });
}

/** The author edits their pending or rejected draft; it is checked again and re-enters the workflow. */
export async function editDraft(env: Env, actor: Actor, id: string, input: { text: string; expectedVersion: number }): Promise<Draft> {
  authorize(actor, 'drafts.write');
  const forceId = actorForce(actor);
  const draft = await env.store.drafts.get(forceId, id);
  if (!draft || draft.authorUserId !== actor.userId) throw notFound('Draft');
  if (draft.status !== 'pending' && draft.status !== 'rejected') throw conflict(`A draft that is ${draft.status} cannot be edited.`);
  const account = await env.store.accounts.get(forceId, draft.accountId);
  if (!account) throw notFound('Account');
  const check = await checked(env, account, input.text);
  const next = approvalFields(env, account, check.verdict);
  const author = await env.store.people.get(forceId, draft.authorPersonId);
  await env.store.transaction(async (tx) => {
    await assertMayPublishFrom(tx, account, draft.authorPersonId);
    const ok = await tx.drafts.transition(forceId, id, { status: draft.status, version: input.expectedVersion }, {
      text: input.text, ...check, ...next, decidedBy: null, decisionNote: null, updatedAt: env.now().toISOString(),
    });
    if (!ok) throw conflict('The draft was changed by someone else; reload it and try again.');
    await raiseApprovalTask(tx, env, { ...draft, ...next }, author);
    await audit(tx, env, actor, forceId, 'draft.edit', { type: 'draft', id }, { verdict: check.verdict, status: next.status });
  });
  return (await env.store.drafts.get(forceId, id)) as Draft;
}

/** A supervisor's decision. */
export interface Decision {
  decision: 'approve' | 'reject' | 'edit';
  note?: string;
  /** The edited text, for `edit`. */
  text?: string;
  expectedVersion: number;
}

/** Approve, reject, or edit-and-approve a pending draft. Never one's own. */
export async function decideDraft(env: Env, actor: Actor, id: string, d: Decision): Promise<Draft> {
  authorize(actor, 'drafts.decide');
  const { draft } = await loadDraft(env, actor, id, 'drafts.decide');
  assertNotAuthor(actor, draft);
  if (draft.status !== 'pending') throw conflict(`This draft is already ${draft.status}.`);
  if (d.decision === 'reject' && !d.note) throw invalid('Rejecting a draft needs a note for the author.');
  if (d.decision === 'edit' && (d.text === undefined || !d.note)) throw invalid('Editing a draft needs the new text and a note.');
  const account = await env.store.accounts.get(draft.forceId, draft.accountId);
  if (!account) throw notFound('Account');
  const now = env.now();
  let patch: Parameters<Repos['drafts']['transition']>[3] = {
    decidedBy: actor.userId, decidedAt: now.toISOString(), decisionNote: d.note ?? null, updatedAt: now.toISOString(),
  };
  if (d.decision === 'reject') {
    patch.status = 'rejected';
  } else {
    const check = d.decision === 'edit' ? await checked(env, account, d.text as string) : undefined;
    const verdict = check?.verdict ?? draft.verdict;
    if (verdict === 'block') throw invalid('A draft that Peel blocks cannot be approved as written: edit it first.', { verdict });
    patch = { ...patch, ...(check ?? {}), text: d.decision === 'edit' ? d.text : undefined, status: 'approved',
      approvalExpiresAt: new Date(now.getTime() + env.approvalTtlMs).toISOString() };
  }
  await env.store.transaction(async (tx) => {
    if (patch.status === 'approved') {
      const fresh = await tx.accounts.get(draft.forceId, draft.accountId);
      if (!fresh) throw notFound('Account');
      await assertMayPublishFrom(tx, fresh, draft.authorPersonId);
    }
    const won = await tx.drafts.transition(draft.forceId, id, { status: 'pending', version: d.expectedVersion }, patch);
    if (!won) throw conflict('This draft has already been decided or changed; reload it.');
    await tx.tasks.completeByKey(draft.forceId, `draft:${id}`, actor.userId, now.toISOString());
    await audit(tx, env, actor, draft.forceId, `draft.${d.decision}`, { type: 'draft', id }, { status: patch.status, verdict: patch.verdict ?? draft.verdict });
  });
  return (await env.store.drafts.get(draft.forceId, id)) as Draft;
}

/** Record that an approved draft has been published; the post is checked and its findings stored. */
export async function publishDraft(
  env: Env, actor: Actor, id: string, input: { externalUrl?: string | null; expectedVersion: number },
): Promise<{ draft: Draft; post: PublishedPost }> {
  authorize(actor, 'drafts.publish');
  const forceId = actorForce(actor);
  const draft = await env.store.drafts.get(forceId, id);
  if (!draft) throw notFound('Draft');
  if (draft.authorUserId !== actor.userId && reach(actor, 'drafts.publish') !== 'force') throw notFound('Draft');
  if (draft.status !== 'approved') throw conflict(`Only approved drafts can be published; this one is ${draft.status}.`);
  const now = env.now().toISOString();
  if (draft.approvalExpiresAt !== null && draft.approvalExpiresAt < now) throw conflict('The approval has expired; the draft needs approving again.');
  const before = await env.store.accounts.get(forceId, draft.accountId);
  if (!before) throw notFound('Account');
  const published: PublishedInput = { text: draft.text, source: 'draft', publishedAt: now, externalUrl: input.externalUrl ?? null, draftId: id };
  const report = await checkPublished(env, before, published);
  const post = await env.store.transaction(async (tx) => {
    const account = await tx.accounts.get(forceId, draft.accountId);
    if (!account) throw notFound('Account');
    await assertMayPublishFrom(tx, account, draft.authorPersonId);
    const stored = await storePublishedPost(tx, env, actor, account, published, report);
    const ok = await tx.drafts.transition(forceId, id, { status: 'approved', version: input.expectedVersion }, { status: 'published', postId: stored.post.id, updatedAt: now });
    if (!ok) throw conflict('The draft was changed by someone else; reload it.');
    await audit(tx, env, actor, forceId, 'draft.publish', { type: 'draft', id }, { postId: stored.post.id });
    return stored.post;
  });
  return { draft: (await env.store.drafts.get(forceId, id)) as Draft, post };
}

/** The author withdraws a draft that has not been published. */
export async function withdrawDraft(env: Env, actor: Actor, id: string, expectedVersion: number): Promise<Draft> {
  authorize(actor, 'drafts.write');
  const forceId = actorForce(actor);
  const draft = await env.store.drafts.get(forceId, id);
  if (!draft || draft.authorUserId !== actor.userId) throw notFound('Draft');
  if (!['pending', 'approved', 'rejected'].includes(draft.status)) throw conflict(`A draft that is ${draft.status} cannot be withdrawn.`);
  await env.store.transaction(async (tx) => {
    const now = env.now().toISOString();
    if (!(await tx.drafts.transition(forceId, id, { status: draft.status, version: expectedVersion }, { status: 'withdrawn', updatedAt: now }))) {
      throw conflict('The draft was changed by someone else; reload it.');
    }
    await tx.tasks.completeByKey(forceId, `draft:${id}`, actor.userId, now);
    await audit(tx, env, actor, forceId, 'draft.withdraw', { type: 'draft', id });
  });
  return (await env.store.drafts.get(forceId, id)) as Draft;
}
