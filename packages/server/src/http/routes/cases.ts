/** Cases, tasks and the audit log. */
import { z } from 'zod/v4';
import { listAudit, verifyAudit } from '../../domain/audit.js';
import { addCaseNote, closeCase, getCase, listCaseNotes, listCases, openCase } from '../../domain/cases.js';
import { CASE_OUTCOMES } from '../../domain/model.js';
import { completeTask, listTasks } from '../../domain/tasks.js';
import { route, type AnyRoute } from '../route.js';
import { Id, IdParams, Long, PageQuery } from '../schemas.js';

/** Routes of this file. */
export const caseRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/cases', tag: 'cases', action: 'cases.read',
    summary: 'Cases of your force.',
    query: z.strictObject({ ...PageQuery, status: z.enum(['open', 'closed']).optional() }),
    handler: ({ env, actor, query }) => listCases(env, actor, query, { status: query.status }),
  }),
  route({
    method: 'POST', url: '/api/cases', tag: 'cases', action: 'cases.manage', status: 201,
    summary: 'Open a case about a person or an account, grouping findings.',
    body: z.strictObject({ subjectPersonId: Id.nullable().optional(), subjectAccountId: Id.nullable().optional(), summary: Long(2000), findingIds: z.array(Id).max(200).optional() }),
    handler: ({ env, actor, body }) => openCase(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/cases/:id', tag: 'cases', action: 'cases.read',
    summary: 'One case with its findings (notes are separate).', params: IdParams,
    handler: ({ env, actor, params }) => getCase(env, actor, params.id),
  }),
  route({
    method: 'POST', url: '/api/cases/:id/close', tag: 'cases', action: 'cases.manage',
    summary: 'Close a case with a proportionate outcome; account outcomes apply to the account at once.', params: IdParams,
    body: z.strictObject({ outcome: z.enum(CASE_OUTCOMES), reason: Long(2000).optional() }),
    handler: ({ env, actor, params, body }) => closeCase(env, actor, params.id, body),
  }),
  route({
    method: 'GET', url: '/api/cases/:id/notes', tag: 'cases', action: 'cases.notes',
    summary: 'Case notes (professional standards only).', params: IdParams,
    handler: async ({ env, actor, params }) => ({ items: await listCaseNotes(env, actor, params.id) }),
  }),
  route({
    method: 'POST', url: '/api/cases/:id/notes', tag: 'cases', action: 'cases.notes', status: 201,
    summary: 'Add a case note (professional standards only).', params: IdParams,
    body: z.strictObject({ body: Long(10_000) }),
    handler: ({ env, actor, params, body }) => addCaseNote(env, actor, params.id, body.body),
  }),
  route({
    method: 'GET', url: '/api/tasks', tag: 'tasks', action: 'tasks.read',
    summary: 'Tasks for you (and your team, or the force, by role).',
    query: z.strictObject({ ...PageQuery, status: z.enum(['open', 'done']).optional() }),
    handler: ({ env, actor, query }) => listTasks(env, actor, query, { status: query.status }),
  }),
  route({
    method: 'POST', url: '/api/tasks/:id/complete', tag: 'tasks', action: 'tasks.complete',
    summary: 'Mark a task done.', params: IdParams,
    handler: ({ env, actor, params }) => completeTask(env, actor, params.id),
  }),
  route({
    method: 'GET', url: '/api/audit', tag: 'audit', action: 'audit.read',
    summary: 'Audit entries of your force, newest first.',
    query: z.strictObject(PageQuery),
    handler: ({ env, actor, query }) => listAudit(env, actor, query),
  }),
  route({
    method: 'GET', url: '/api/audit/verify', tag: 'audit', action: 'audit.verify',
    summary: 'Verify the whole hash chain; reports the first broken entry.',
    handler: ({ env, actor }) => verifyAudit(env, actor),
  }),
];
