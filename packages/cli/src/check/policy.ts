/**
 * Loading a force policy for `--policy FILE`. Uses the engine's
 * validatePolicy when the engine exports it (it is being written in
 * packages/engine/src/policy/validate.ts); until then, checks the policy is a
 * JSON object with string id, version and name.
 */
import { readFile, stat } from 'node:fs/promises';
import * as engine from '@peel/engine';
import type { Policy } from '@peel/engine';
import { UsageError } from '../errors.js';

/** Policies are small; anything bigger is not one. */
const MAX_POLICY_BYTES = 16 * 1024 * 1024;

type Validator = (input: unknown) => unknown;

/** The engine's validatePolicy, if this version of the engine has it. */
function engineValidator(): Validator | undefined {
  const v = (engine as unknown as Record<string, unknown>).validatePolicy;
  return typeof v === 'function' ? (v as Validator) : undefined;
}

const describeIssue = (issue: unknown): string => {
  if (typeof issue === 'string') return issue;
  if (issue !== null && typeof issue === 'object') {
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const where = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    if (typeof message === 'string') return where === '' ? message : `${where}: ${message}`;
  }
  return String(issue);
};

/**
 * Interpret what a validator returned. Accepts the shapes a validator
 * commonly has: returns the policy, `{ policy }`, or `{ ok|valid: false, errors }`.
 * Throws an Error with the first problems for an invalid policy.
 */
export function fromResult(result: unknown, parsed: Policy): Policy {
  if (result === undefined || result === true) return parsed;
  if (result === false) throw new Error('the policy is not valid');
  if (result !== null && typeof result === 'object') {
    const r = result as { ok?: unknown; valid?: unknown; errors?: unknown; policy?: unknown; id?: unknown };
    const errors = Array.isArray(r.errors) ? r.errors : [];
    if (r.ok === false || r.valid === false || errors.length > 0) {
      const first = errors.slice(0, 3).map(describeIssue).join('; ');
      throw new Error(first === '' ? 'the policy is not valid' : first);
    }
    if (r.policy !== null && typeof r.policy === 'object') return r.policy as Policy;
    if (typeof r.id === 'string') return result as Policy;
  }
  return parsed;
}

/** The fallback check: the three fields every policy has. */
function basicCheck(parsed: unknown): Policy {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('a policy must be a JSON object');
  }
  const p = parsed as Record<string, unknown>;
  for (const field of ['id', 'version', 'name'] as const) {
    if (typeof p[field] !== 'string' || p[field] === '') throw new Error(`"${field}" must be a non-empty string`);
  }
  return p as unknown as Policy;
}

/** Read, parse and validate a policy file; any problem is a UsageError naming the file. */
export async function loadPolicy(file: string): Promise<Policy> {
  const label = JSON.stringify(file);
  let raw: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_POLICY_BYTES) throw new UsageError(`policy ${label} is too large to be a policy`);
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read policy ${label}: ${(err as NodeJS.ErrnoException).code ?? 'read failed'}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.startsWith('\uFEFF') ? raw.slice(1) : raw);
  } catch {
    throw new UsageError(`policy ${label} is not valid JSON`);
  }
  try {
    const validate = engineValidator();
    return validate === undefined ? basicCheck(parsed) : fromResult(validate(parsed), parsed as Policy);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new UsageError(`invalid policy ${label}: ${message}`);
  }
}
