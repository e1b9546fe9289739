/**
 * Loading a force policy for `--policy FILE`: read, parse, and validate with
 * the engine's validatePolicy, whose problems carry JSON paths.
 */
import { readFile, stat } from 'node:fs/promises';
import { validatePolicy, type Policy, type PolicyValidation } from '@peel/engine';
import { UsageError } from '../errors.js';

/** Policies are small; anything bigger is not one. */
const MAX_POLICY_BYTES = 16 * 1024 * 1024;
/** Problems named in the one-line error; the rest are counted. */
const SHOWN_PROBLEMS = 3;

/** One line describing why a policy is invalid, e.g. `$.rules.P4.severity: must be one of …`. */
export function describeProblems(result: Extract<PolicyValidation, { ok: false }>): string {
  const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
  const more = result.problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
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
  const result = validatePolicy(parsed);
  if (!result.ok) throw new UsageError(`invalid policy ${label}: ${describeProblems(result)}`);
  return result.policy;
}
