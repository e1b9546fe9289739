/**
 * The force protected list (W1) on the server: the plain term is hashed the
 * moment it arrives and only the keyed hash is stored in the policy. The key
 * comes from PEEL_PROTECTED_KEY or a key file (created on first use, mode
 * 0600) and is derived per force, so one force's hashes say nothing about
 * another's and a database dump reveals no term.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_POLICY, hashProtectedTerm, type Policy, type ProtectedEntry } from '@peel/engine';
import { actorForce, authorize, type Actor } from '../policies/index.js';
import { audit, type Env } from './context.js';
import { invalid } from './errors.js';
import { updatePolicy } from './forces.js';
import type { PolicyVersion } from './model.js';

let master: Buffer | null = null;

function masterKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (master !== null) return master;
  if (env.PEEL_PROTECTED_KEY !== undefined && env.PEEL_PROTECTED_KEY.length > 0) {
    if (env.PEEL_PROTECTED_KEY.length < 16) throw new Error('PEEL_PROTECTED_KEY must be at least 16 characters.');
    master = Buffer.from(env.PEEL_PROTECTED_KEY, 'utf8');
    return master;
  }
  const file = env.PEEL_PROTECTED_KEY_FILE ? resolve(env.PEEL_PROTECTED_KEY_FILE) : join(resolve(env.PEEL_DATA_DIR ?? 'data'), 'protected-list.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  master = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
  return master;
}

const perForce = new Map<string, Uint8Array>();

/** The force's protected-list key (derived from the master key; cached). */
export function protectedKeyFor(forceId: string): Uint8Array {
  let k = perForce.get(forceId);
  if (k === undefined) {
    k = new Uint8Array(createHmac('sha256', masterKey()).update(`peel-protected-list/${forceId}`).digest());
    perForce.set(forceId, k);
  }
  return k;
}

/** What the caller gets back: never the term. */
export interface ProtectedAdded {
  label: string | null;
  expires: string | null;
  words: number;
  policyVersion: number;
}

/** Hash a term onto the actor's force's protected list (a new policy version). */
export async function addProtectedTerm(
  env: Env, actor: Actor, input: { term: string; label?: string; expires?: string },
): Promise<ProtectedAdded> {
  authorize(actor, 'policy.write');
  const forceId = actorForce(actor);
  if (input.expires !== undefined && Number.isNaN(Date.parse(input.expires))) throw invalid('"expires" must be a date (YYYY-MM-DD).');
  let entry: ProtectedEntry;
  try {
    entry = hashProtectedTerm(protectedKeyFor(forceId), input.term, {
      ...(input.label !== undefined ? { label: input.label } : {}),
      ...(input.expires !== undefined ? { expires: input.expires.slice(0, 10) } : {}),
    });
  } catch {
    throw invalid('The term must contain letters or digits.');
  }
  const cur = await env.store.policies.current(forceId);
  const base = (cur?.document ?? DEFAULT_POLICY) as Policy;
  const entries = [...(base.protected?.entries ?? []).filter((e) => e.hmac !== entry.hmac), entry];
  const document: Policy = { ...base, protected: { ...(base.protected ?? {}), keyId: 'server', entries } };
  const pv: PolicyVersion = await updatePolicy(env, actor, {
    document, note: `Protected-list entry added${input.label ? ` (${input.label})` : ''}`, expectedVersion: cur?.version ?? 0,
  });
  await env.store.transaction((tx) => audit(tx, env, actor, forceId, 'policy.protected.add', { type: 'policy', id: pv.id }, { label: input.label ?? null, words: entry.words }));
  return { label: input.label ?? null, expires: entry.expires ?? null, words: entry.words, policyVersion: pv.version };
}
