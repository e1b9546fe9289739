/** Forces, their sign-in provider, and the policy document with its history. */
import { z } from 'zod/v4';
import { addProtectedTerm } from '../../domain/protected-list.js';
import { configureOidc, createForce, currentPolicy, listForces, policyHistory, updatePolicy } from '../../domain/forces.js';
import { ROLES, type Force } from '../../domain/model.js';
import { route, type AnyRoute } from '../route.js';
import { ExpectedVersion, HttpUrl, IdParams, Long, PageQuery, Short } from '../schemas.js';

/** A force as shown over the API: the OIDC client secret never leaves the server. */
function publicForce(f: Force): Omit<Force, 'oidc'> & { oidc: { issuer: string; clientId: string } | null } {
  return { ...f, oidc: f.oidc ? { issuer: f.oidc.issuer, clientId: f.oidc.clientId } : null };
}

/** Routes of this file. */
export const forceRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/forces', tag: 'forces', action: 'forces.list',
    summary: 'Forces you can see (all for system administrators and inspectors, else your own).',
    handler: async ({ env, actor }) => ({ items: (await listForces(env, actor)).map(publicForce) }),
  }),
  route({
    method: 'POST', url: '/api/forces', tag: 'forces', action: 'forces.create', status: 201,
    summary: 'Create a force (system administrators). It starts with the national default policy.',
    body: z.strictObject({ code: z.string().regex(/^[a-z0-9-]{2,32}$/, 'Use 2–32 lower-case letters, digits or dashes.'), name: Short() }),
    handler: async ({ env, actor, body }) => publicForce(await createForce(env, actor, body)),
  }),
  route({
    method: 'PUT', url: '/api/forces/:id/oidc', tag: 'forces', action: 'forces.configure',
    summary: 'Set (or clear, with null) the force\'s OpenID Connect provider.',
    params: IdParams,
    body: z.strictObject({
      oidc: z.strictObject({
        issuer: HttpUrl, clientId: Short(), clientSecret: z.string().min(1).max(500).optional(),
        // Sign-in never grants cross-force roles.
        defaultRoles: z.array(z.enum(ROLES).exclude(['system_admin', 'inspector'])).default(['officer']),
      }).nullable(),
    }),
    async handler({ env, actor, params, body }) {
      await configureOidc(env, actor, params.id, body.oidc);
      return undefined;
    },
  }),
  route({
    method: 'GET', url: '/api/policy', tag: 'policy', action: 'policy.read',
    summary: 'Your force\'s current policy document and its version.',
    handler: ({ env, actor }) => currentPolicy(env, actor),
  }),
  route({
    method: 'GET', url: '/api/policy/history', tag: 'policy', action: 'policy.read',
    summary: 'Earlier versions of the policy, newest first.',
    query: z.strictObject(PageQuery),
    handler: ({ env, actor, query }) => policyHistory(env, actor, query),
  }),
  route({
    method: 'PUT', url: '/api/policy', tag: 'policy', action: 'policy.write',
    summary: 'Save a new policy version (compare-and-set on expectedVersion).',
    body: z.strictObject({ document: z.record(z.string(), z.unknown()), note: Long(1000).optional(), expectedVersion: ExpectedVersion }),
    handler: ({ env, actor, body }) => updatePolicy(env, actor, body),
  }),
  route({
    method: 'POST', url: '/api/policy/protected', tag: 'policy', action: 'policy.write', status: 201,
    summary: 'Add a term to the protected list (W1). The term is hashed with the force key at once; only the hash is stored and the term is never returned.',
    body: z.strictObject({
      term: z.string().trim().min(1).max(200),
      label: z.string().trim().min(1).max(100).optional(),
      expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.').optional(),
    }),
    handler: ({ env, actor, body }) => addProtectedTerm(env, actor, body),
  }),
];
