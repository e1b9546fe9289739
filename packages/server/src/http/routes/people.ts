/** People, their training, and users. */
import { z } from 'zod/v4';
import { RANKS, ROLES } from '../../domain/model.js';
import { createPerson, getPerson, listPeople, listTraining, recordTraining, updatePerson } from '../../domain/people.js';
import { createUser, listUsers, updateUser } from '../../domain/users.js';
import { route, type AnyRoute } from '../route.js';
import { Id, IdParams, IsoDate, PageQuery, Short } from '../schemas.js';

const PersonFields = {
  name: Short(), number: z.string().trim().min(1).max(20), rank: z.enum(RANKS),
  team: Short(100).nullable().optional(), supervisorId: Id.nullable().optional(),
};

/** Routes of this file. */
export const peopleRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/people', tag: 'people', action: 'people.read',
    summary: 'People within your reach (force, team, or yourself).',
    query: z.strictObject({ ...PageQuery, team: Short(100).optional() }),
    handler: ({ env, actor, query }) => listPeople(env, actor, query, { team: query.team }),
  }),
  route({
    method: 'POST', url: '/api/people', tag: 'people', action: 'people.manage', status: 201,
    summary: 'Add an officer or member of staff.',
    body: z.strictObject(PersonFields),
    handler: ({ env, actor, body }) => createPerson(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/people/:id', tag: 'people', action: 'people.read',
    summary: 'One person.', params: IdParams,
    handler: ({ env, actor, params }) => getPerson(env, actor, params.id),
  }),
  route({
    method: 'PATCH', url: '/api/people/:id', tag: 'people', action: 'people.manage',
    summary: 'Change a person\'s details.', params: IdParams,
    body: z.strictObject(PersonFields).partial().refine((b) => Object.keys(b).length > 0, 'Change at least one field.'),
    handler: ({ env, actor, params, body }) => updatePerson(env, actor, params.id, body),
  }),
  route({
    method: 'GET', url: '/api/people/:id/training', tag: 'training', action: 'training.read',
    summary: 'A person\'s training records.', params: IdParams,
    handler: async ({ env, actor, params }) => ({ items: await listTraining(env, actor, params.id) }),
  }),
  route({
    method: 'POST', url: '/api/training', tag: 'training', action: 'training.record', status: 201,
    summary: 'Record a completed course.',
    body: z.strictObject({ personId: Id, course: Short(), completedOn: IsoDate, expiresOn: IsoDate.nullable().optional() }),
    handler: ({ env, actor, body }) => recordTraining(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/users', tag: 'users', action: 'users.read',
    summary: 'Users of your force (all users for system administrators).',
    query: z.strictObject(PageQuery),
    handler: ({ env, actor, query }) => listUsers(env, actor, query),
  }),
  route({
    method: 'POST', url: '/api/users', tag: 'users', action: 'users.manage', status: 201,
    summary: 'Create a user (a password, or none for OpenID Connect sign-in only).',
    body: z.strictObject({
      email: z.string().trim().toLowerCase().email().max(254), displayName: Short(), roles: z.array(z.enum(ROLES)).min(1),
      password: z.string().max(1024).optional(), personId: Id.nullable().optional(), forceId: Id.nullable().optional(),
    }),
    handler: ({ env, actor, body }) => createUser(env, actor, body),
  }),
  route({
    method: 'PATCH', url: '/api/users/:id', tag: 'users', action: 'users.manage',
    summary: 'Change roles, disable or enable, link to a person.', params: IdParams,
    body: z.strictObject({ roles: z.array(z.enum(ROLES)).min(1).optional(), disabled: z.boolean().optional(), displayName: Short().optional(), personId: Id.nullable().optional() })
      .refine((b) => Object.keys(b).length > 0, 'Change at least one field.'),
    handler: ({ env, actor, params, body }) => updateUser(env, actor, params.id, body),
  }),
];
