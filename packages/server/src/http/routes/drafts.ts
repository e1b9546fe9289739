/** Drafts and their approval. */
import { MAX_TEXT_LENGTH } from '@peel/engine';
import { z } from 'zod/v4';
import { createDraft, decideDraft, editDraft, getDraft, listDrafts, publishDraft, withdrawDraft } from '../../domain/drafts.js';
import { DRAFT_STATUSES } from '../../domain/model.js';
import { route, type AnyRoute } from '../route.js';
import { ExpectedVersion, HttpUrl, Id, IdParams, Long, PageQuery } from '../schemas.js';

const Text = z.string().min(1).max(MAX_TEXT_LENGTH);

/** Routes of this file. */
export const draftRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/drafts', tag: 'drafts', action: 'drafts.read',
    summary: 'Drafts within your reach, newest first (filter by status, e.g. pending for the approval queue).',
    query: z.strictObject({ ...PageQuery, status: z.enum(DRAFT_STATUSES).optional() }),
    handler: ({ env, actor, query }) => listDrafts(env, actor, query, { status: query.status }),
  }),
  route({
    method: 'POST', url: '/api/drafts', tag: 'drafts', action: 'drafts.write', status: 201,
    summary: 'Write a draft for an account you operate; it is checked at once and approved or queued.',
    body: z.strictObject({ accountId: Id, text: Text }),
    handler: ({ env, actor, body }) => createDraft(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/drafts/:id', tag: 'drafts', action: 'drafts.read',
    summary: 'One draft with its report.', params: IdParams,
    handler: ({ env, actor, params }) => getDraft(env, actor, params.id),
  }),
  route({
    method: 'PATCH', url: '/api/drafts/:id', tag: 'drafts', action: 'drafts.write',
    summary: 'Edit your pending or rejected draft; it is checked again.', params: IdParams,
    body: z.strictObject({ text: Text, expectedVersion: ExpectedVersion }),
    handler: ({ env, actor, params, body }) => editDraft(env, actor, params.id, body),
  }),
  route({
    method: 'POST', url: '/api/drafts/:id/decision', tag: 'drafts', action: 'drafts.decide',
    summary: 'Approve, reject (with a note) or edit-and-approve (new text and a note) a pending draft.', params: IdParams,
    body: z.strictObject({ decision: z.enum(['approve', 'reject', 'edit']), note: Long(2000).optional(), text: Text.optional(), expectedVersion: ExpectedVersion }),
    handler: ({ env, actor, params, body }) => decideDraft(env, actor, params.id, body),
  }),
  route({
    method: 'POST', url: '/api/drafts/:id/publish', tag: 'drafts', action: 'drafts.publish',
    summary: 'Record that an approved draft was published; the post is checked and findings stored.', params: IdParams,
    body: z.strictObject({ externalUrl: HttpUrl.nullable().optional(), expectedVersion: ExpectedVersion }),
    handler: ({ env, actor, params, body }) => publishDraft(env, actor, params.id, body),
  }),
  route({
    method: 'POST', url: '/api/drafts/:id/withdraw', tag: 'drafts', action: 'drafts.write',
    summary: 'Withdraw your draft.', params: IdParams,
    body: z.strictObject({ expectedVersion: ExpectedVersion }),
    handler: ({ env, actor, params, body }) => withdrawDraft(env, actor, params.id, body.expectedVersion),
  }),
];
