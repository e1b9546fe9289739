/**
 * validatePolicy: checks a parsed JSON value against the policy schema and
 * says exactly what is wrong, with a JSON path for each problem. Hand-written
 * (a small interpreter of the subset of JSON Schema that POLICY_SCHEMA uses),
 * so the engine needs no validator library in the browser.
 */
import { POLICY_SCHEMA } from './schema.js';
import type { Policy } from './types.js';

/** One problem in a policy document. */
export interface PolicyProblem {
  /** JSON path, e.g. `$.rules.P4.severity`. */
  path: string;
  message: string;
}

/** The result of validation. */
export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

type Schema = { readonly [k: string]: unknown };

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

function check(schema: Schema, value: unknown, path: string, out: PolicyProblem[]): void {
  if (out.length >= 50) return; // enough to fix; a hostile document cannot make us build a huge list
  if (schema.enum !== undefined) {
    const allowed = schema.enum as readonly unknown[];
    if (!allowed.includes(value)) out.push({ path, message: `must be one of ${allowed.join(', ')}` });
    return;
  }
  const t = schema.type as string | undefined;
  const actual = typeOf(value);
  if (t !== undefined && !(t === actual || (t === 'number' && actual === 'integer'))) {
    out.push({ path, message: `must be ${t === 'array' || t === 'object' || t === 'integer' ? 'an' : 'a'} ${t}, not ${actual}` });
    return;
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push({ path, message: 'must not be empty' });
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) out.push({ path, message: `must be at most ${schema.maxLength} characters` });
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) out.push({ path, message: `has the wrong format (expected ${schema.pattern})` });
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push({ path, message: `must be at least ${schema.minimum}` });
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push({ path, message: `must be at most ${schema.maximum}` });
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      out.push({ path, message: `has ${value.length} items; at most ${schema.maxItems} are allowed` });
      return;
    }
    const items = schema.items as Schema | undefined;
    if (items !== undefined) value.forEach((v, i) => check(items, v, `${path}[${i}]`, out));
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) out.push({ path: `${path}.${r}`, message: 'is required' });
    const names = schema.propertyNames as Schema | undefined;
    for (const [k, v] of Object.entries(obj)) {
      if (names !== undefined) {
        const before = out.length;
        check(names, k, `${path}.${k}`, out);
        if (out.length > before) continue;
      }
      const p = props[k];
      if (p !== undefined) check(p, v, `${path}.${k}`, out);
      else if (typeof schema.additionalProperties === 'object') check(schema.additionalProperties as Schema, v, `${path}.${k}`, out);
      else if (schema.additionalProperties === false) out.push({ path: `${path}.${k}`, message: 'is not a known field' });
    }
  }
}

/** Validate a policy document (already parsed from JSON). */
export function validatePolicy(value: unknown): PolicyValidation {
  const problems: PolicyProblem[] = [];
  check(POLICY_SCHEMA as Schema, value, '$', problems);
  const p = value as Policy;
  for (const [i, w] of (typeOf(value) === 'object' && Array.isArray(p.election?.windows) ? p.election!.windows! : []).entries()) {
    if (typeof w?.start === 'string' && typeof w?.end === 'string' && Date.parse(w.start) > Date.parse(w.end)) {
      problems.push({ path: `$.election.windows[${i}]`, message: 'ends before it starts' });
    }
  }
  return problems.length === 0 ? { ok: true, policy: p } : { ok: false, problems };
}
