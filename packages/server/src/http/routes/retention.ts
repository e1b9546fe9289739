/** R1/R2 removal tasks: appeals to take down once the person is found or arrested. */
import { z } from 'zod/v4';
import { connectorEnv } from '../../platforms/env.js';
import { deleteAppeal, listRemovalTasks, resolveAppeal } from '../../retention/actions.js';
import { route, type AnyRoute } from '../route.js';
import { IdParams, Long } from '../schemas.js';

/** Routes of this file. */
export const retentionRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/removal-tasks', tag: 'retention', action: 'findings.read',
    summary: 'Removal tasks (R1 found, R2 arrested) with every earlier appeal about the person, on every account.',
    query: z.strictObject({ status: z.enum(['open', 'done']).optional() }),
    handler: async ({ env, actor, query }) => ({ items: await listRemovalTasks(connectorEnv(env), actor, query) }),
  }),
  route({
    method: 'POST', url: '/api/removal-items/:id/delete', tag: 'retention', action: 'accounts.manage',
    summary: 'Delete the appeal through the account\'s platform link; the deletion and its reason are logged.',
    params: IdParams, body: z.strictObject({ reason: Long(500) }),
    handler: async ({ env, actor, params, body }) => ({ status: await deleteAppeal(connectorEnv(env), actor, params.id, body.reason) }),
  }),
  route({
    method: 'POST', url: '/api/removal-items/:id/resolve', tag: 'retention', action: 'accounts.manage',
    summary: 'Record that the appeal was removed by hand, or is kept (with the reason).',
    params: IdParams, body: z.strictObject({ outcome: z.enum(['removed', 'kept']), reason: Long(500) }),
    handler: ({ env, actor, params, body }) => resolveAppeal(connectorEnv(env), actor, params.id, body),
  }),
];
