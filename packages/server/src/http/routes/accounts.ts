/** The account register. */
import { z } from 'zod/v4';
import { applyForAccount, getAccount, listAccounts, setOperator, transitionAccount } from '../../domain/accounts.js';
import {
  ACCOUNT_KINDS, ACCOUNT_STATUSES, CLOSURE_CATEGORIES, PLATFORMS, SUSPENSION_CONDITIONS, TRUST_TIERS,
} from '../../domain/model.js';
import { route, type AnyRoute } from '../route.js';
import { ExpectedVersion, HttpUrl, Id, IdParams, Long, PageQuery, Short } from '../schemas.js';

/** Routes of this file. */
export const accountRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/accounts', tag: 'accounts', action: 'accounts.read',
    summary: 'Accounts within your reach.',
    query: z.strictObject({ ...PageQuery, status: z.enum(ACCOUNT_STATUSES).optional() }),
    handler: ({ env, actor, query }) => listAccounts(env, actor, query, { status: query.status }),
  }),
  route({
    method: 'POST', url: '/api/accounts', tag: 'accounts', action: 'accounts.apply', status: 201,
    summary: 'Apply for an account (officers: their own individual account only).',
    body: z.strictObject({
      platform: z.enum(PLATFORMS), handle: Short(100), url: HttpUrl.nullable().optional(), kind: z.enum(ACCOUNT_KINDS),
      trustTier: z.enum(TRUST_TIERS).optional(), team: Short(100).nullable().optional(), operatorPersonIds: z.array(Id).max(50).optional(),
    }),
    handler: ({ env, actor, body }) => applyForAccount(env, actor, body),
  }),
  route({
    method: 'GET', url: '/api/accounts/:id', tag: 'accounts', action: 'accounts.read',
    summary: 'One account with its operators and lifecycle history.', params: IdParams,
    handler: ({ env, actor, params }) => getAccount(env, actor, params.id),
  }),
  route({
    method: 'POST', url: '/api/accounts/:id/transitions', tag: 'accounts', action: 'accounts.manage',
    summary: 'Accredit, suspend, reinstate or close an account, with the reason.', params: IdParams,
    body: z.strictObject({
      to: z.enum(ACCOUNT_STATUSES), reasonCategory: z.enum(CLOSURE_CATEGORIES).nullable().optional(),
      reason: Long(2000).nullable().optional(), conditions: z.array(z.enum(SUSPENSION_CONDITIONS)).max(4).optional(),
      expectedVersion: ExpectedVersion.optional(),
    }),
    handler: ({ env, actor, params, body }) => transitionAccount(env, actor, params.id, body),
  }),
  route({
    method: 'PUT', url: '/api/accounts/:id/operators/:personId', tag: 'accounts', action: 'accounts.manage',
    summary: 'Make a person an operator of the account.',
    params: z.strictObject({ id: Id, personId: Id }),
    handler: async ({ env, actor, params }) => ({ items: await setOperator(env, actor, params.id, params.personId, true) }),
  }),
  route({
    method: 'DELETE', url: '/api/accounts/:id/operators/:personId', tag: 'accounts', action: 'accounts.manage',
    summary: 'Remove an operator from the account.',
    params: z.strictObject({ id: Id, personId: Id }),
    handler: async ({ env, actor, params }) => ({ items: await setOperator(env, actor, params.id, params.personId, false) }),
  }),
];
