/** Forces (tenants) and their policy documents with history. */
import { compilePolicy, DEFAULT_POLICY, PeelInputError, type Policy } from '@peel/engine';
import { actorForce, authorize, sameForce, type Actor } from '../policies/index.js';
import { isUniqueViolation } from '../storage/index.js';
import { audit, newId, type Env } from './context.js';
import { conflict, invalid, notFound } from './errors.js';
import type { Force, OidcSettings, Page, PageRequest, PolicyVersion } from './model.js';

/** Create a force with the national default policy as version 1. */
export async function createForce(env: Env, actor: Actor, input: { code: string; name: string }): Promise<Force> {
  authorize(actor, 'forces.create');
  const now = env.now().toISOString();
  const force: Force = { id: newId(), code: input.code.toLowerCase(), name: input.name, oidc: null, createdAt: now };
  try {
    await env.store.transaction(async (tx) => {
      await tx.forces.create(force);
      await tx.policies.add({ id: newId(), forceId: force.id, version: 1, document: DEFAULT_POLICY, note: 'National default', createdBy: actor.userId, createdAt: now });
      await audit(tx, env, actor, force.id, 'force.create', { type: 'force', id: force.id }, { code: force.code });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('A force with this code already exists.');
    throw e;
  }
  return force;
}

/** Forces the actor can see: all for cross-force roles, otherwise their own. */
export async function listForces(env: Env, actor: Actor): Promise<Force[]> {
  authorize(actor, 'forces.list');
  if (actor.forceId === null) return env.store.forces.list();
  const own = await env.store.forces.get(actor.forceId);
  return own ? [own] : [];
}

/** Set or clear the force's OpenID Connect provider. */
export async function configureOidc(env: Env, actor: Actor, forceId: string, oidc: OidcSettings | null): Promise<void> {
  authorize(actor, 'forces.configure');
  if (!actor.roles.includes('system_admin')) sameForce(actor, forceId, 'Force');
  const force = await env.store.forces.get(forceId);
  if (!force) throw notFound('Force');
  await env.store.transaction(async (tx) => {
    await tx.forces.setOidc(forceId, oidc);
    // The secret never goes into the audit log.
    await audit(tx, env, actor, forceId, 'force.oidc', { type: 'force', id: forceId }, { issuer: oidc?.issuer ?? null, clientId: oidc?.clientId ?? null });
  });
}

/** The actor's force's current policy. */
export async function currentPolicy(env: Env, actor: Actor): Promise<PolicyVersion> {
  authorize(actor, 'policy.read');
  const forceId = actorForce(actor);
  const p = await env.store.policies.current(forceId);
  if (!p) throw notFound('Policy');
  return p;
}

/** Earlier versions, newest first. */
export async function policyHistory(env: Env, actor: Actor, page: PageRequest): Promise<Page<PolicyVersion>> {
  authorize(actor, 'policy.read');
  return env.store.policies.history(actorForce(actor), page);
}

/** Check that a document is a policy the engine accepts. */
export function validatePolicyDocument(doc: unknown): Policy {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw invalid('The policy must be a JSON object.');
  const p = doc as Record<string, unknown>;
  for (const f of ['id', 'version', 'name'] as const) {
    if (typeof p[f] !== 'string' || p[f] === '') throw invalid(`The policy needs a "${f}" string.`);
  }
  try {
    compilePolicy(p as unknown as Policy);
  } catch (e) {
    if (e instanceof PeelInputError) throw invalid(e.message);
    throw invalid('The policy could not be compiled.');
  }
  return p as unknown as Policy;
}

/** Store a new version of the force's policy; `expectedVersion` guards against lost updates. */
export async function updatePolicy(
  env: Env, actor: Actor, input: { document: unknown; note?: string; expectedVersion: number },
): Promise<PolicyVersion> {
  authorize(actor, 'policy.write');
  const forceId = actorForce(actor);
  const document = validatePolicyDocument(input.document);
  const pv: PolicyVersion = {
    id: newId(), forceId, version: input.expectedVersion + 1, document, note: input.note ?? null,
    createdBy: actor.userId, createdAt: env.now().toISOString(),
  };
  try {
    await env.store.transaction(async (tx) => {
      const cur = await tx.policies.current(forceId);
      if ((cur?.version ?? 0) !== input.expectedVersion) {
        throw conflict('The policy was changed by someone else; reload it and try again.', { currentVersion: cur?.version ?? 0 });
      }
      await tx.policies.add(pv);
      await audit(tx, env, actor, forceId, 'policy.update', { type: 'policy', id: pv.id }, { version: pv.version, policyId: document.id, policyVersion: document.version });
    });
  } catch (e) {
    // Two saves of the same version: the unique (force, version) key lets only one in.
    if (isUniqueViolation(e)) throw conflict('The policy was changed by someone else; reload it and try again.');
    throw e;
  }
  env.policies.invalidate(forceId);
  return pv;
}
