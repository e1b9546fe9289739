/** Published posts, the review queue and statistics. */
import { MAX_TEXT_LENGTH } from '@peel/engine';
import { z } from 'zod/v4';
import { DISMISS_REASONS, FINDING_STATUSES } from '../../domain/model.js';
import { getPost, listFindings, listPosts, nationalStats, recordPost, reviewFinding, ruleStats } from '../../domain/posts.js';
import { route, type AnyRoute } from '../route.js';
import { HttpUrl, Id, IdParams, IsoDateTime, Long, PageQuery } from '../schemas.js';

/** Routes of this file. */
export const reviewRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/posts', tag: 'posts', action: 'posts.read',
    summary: 'Published posts (force-wide roles), or those of one account.',
    query: z.strictObject({ ...PageQuery, accountId: Id.optional() }),
    handler: ({ env, actor, query }) => listPosts(env, actor, query, { accountId: query.accountId }),
  }),
  route({
    method: 'POST', url: '/api/posts', tag: 'posts', action: 'posts.write', status: 201,
    summary: 'Record a post published outside Peel; it is checked and its findings stored.',
    body: z.strictObject({
      accountId: Id, text: z.string().min(1).max(MAX_TEXT_LENGTH), publishedAt: IsoDateTime,
      source: z.enum(['entered', 'imported']).optional(), externalUrl: HttpUrl.nullable().optional(),
    }),
    handler: ({ env, actor, body }) => recordPost(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/posts/:id', tag: 'posts', action: 'posts.read',
    summary: 'One post with its findings.', params: IdParams,
    handler: ({ env, actor, params }) => getPost(env, actor, params.id),
  }),
  route({
    method: 'GET', url: '/api/findings', tag: 'review', action: 'findings.read',
    summary: 'Findings: the review queue is status=open.',
    query: z.strictObject({ ...PageQuery, status: z.enum(FINDING_STATUSES).optional(), rule: z.string().regex(/^[A-Z]\d$/).optional(), postId: Id.optional() }),
    handler: ({ env, actor, query }) => listFindings(env, actor, query, { status: query.status, rule: query.rule, postId: query.postId }),
  }),
  route({
    method: 'POST', url: '/api/findings/:id/review', tag: 'review', action: 'findings.review',
    summary: 'Confirm a finding, or dismiss it as a false alarm with a reason.', params: IdParams,
    body: z.strictObject({ outcome: z.enum(['confirm', 'dismiss']), reason: z.enum(DISMISS_REASONS).optional(), note: Long(1000).optional() }),
    handler: ({ env, actor, params, body }) => reviewFinding(env, actor, params.id, body),
  }),
  route({
    method: 'GET', url: '/api/stats/rules', tag: 'stats', action: 'stats.force',
    summary: 'Open, confirmed and dismissed findings per rule in your force (to tune the policy).',
    handler: async ({ env, actor }) => ({ items: await ruleStats(env, actor) }),
  }),
  route({
    method: 'GET', url: '/api/stats/national', tag: 'stats', action: 'stats.national',
    summary: 'Aggregates across forces (inspectors): counts only, no personal data.',
    handler: ({ env, actor }) => nationalStats(env, actor),
  }),
];
