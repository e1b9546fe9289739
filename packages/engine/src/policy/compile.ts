/**
 * Compiling a policy once (lexicons built, numbers normalised) keeps `check()`
 * fast: a compiled policy is cached per policy object and key.
 */
import { compileLexicon, type Lexicon } from '../pipeline/lexicon.js';
import type { RuleId, Severity } from '../types.js';
import { memoLast } from '../util/memo-last.js';
import { utf8Encode } from '../util/utf8.js';
import type { LexiconEntry, Policy, ProtectedEntry } from './types.js';

/** National numbers that are always allowed: emergency, non-emergency, NHS, Crimestoppers, Action Fraud, Missing People. */
export const NATIONAL_SERVICE_NUMBERS: readonly string[] = [
  '999', '112', '101', '111', '0800555111', '03001232040', '116000', '105', '159', '7726',
];

/** A compiled custom lexicon entry. */
export interface CompiledLexiconEntry {
  entry: LexiconEntry;
  lexicon: Lexicon;
}

/** A policy ready for the engine. */
export interface CompiledPolicy {
  readonly source: Policy;
  readonly id: string;
  readonly version: string;
  isEnabled(rule: RuleId): boolean;
  severityOf(rule: RuleId, fallback: Severity): Severity;
  /** Digits-only phone numbers that are allowed (national + force). */
  readonly allowedPhones: ReadonlySet<string>;
  /** Lower-case domains; a subdomain of one is allowed too. */
  readonly allowedDomains: readonly string[];
  readonly allowedEmailDomains: readonly string[];
  /** Lower-case handles without `@`. */
  readonly allowedHandles: ReadonlySet<string>;
  readonly officerNames: Lexicon;
  /** The force's approved causes for fundraising (S5), beside the built-in ones. */
  readonly approvedCauses: Lexicon;
  readonly candidates: Lexicon;
  readonly parties: Lexicon;
  readonly election: Policy['election'];
  readonly customLexicons: readonly CompiledLexiconEntry[];
  readonly protectedEntries: readonly ProtectedEntry[];
  /** HMAC key for the protected list, or null when none was given. */
  readonly protectedKey: Uint8Array | null;
  readonly personThreshold: number;
}

/** Options that are not part of the policy document (secrets stay out of it). */
export interface CompileOptions {
  /** Key for the W1 protected list (bytes, or a UTF-8 string). */
  protectedListKey?: string | Uint8Array;
}

const digits = (s: string): string => s.replace(/\D+/g, '');
const bare = (h: string): string => h.replace(/^@/, '').toLowerCase();

/** True if `domain` is `allowed` or a subdomain of it. */
export function domainAllowed(domain: string, allowed: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return allowed.some((a) => d === a || d.endsWith('.' + a));
}

/** Compile a policy. Prefer `getCompiledPolicy`, which caches. */
export function compilePolicy(policy: Policy, options: CompileOptions = {}): CompiledPolicy {
  const rules = policy.rules ?? {};
  const allow = policy.allow ?? {};
  const key = options.protectedListKey;
  return {
    source: policy,
    id: policy.id,
    version: policy.version,
    isEnabled: (rule) => rules[rule]?.enabled !== false,
    severityOf: (rule, fallback) => rules[rule]?.severity ?? fallback,
    allowedPhones: new Set([...NATIONAL_SERVICE_NUMBERS, ...(allow.phoneNumbers ?? []).map(digits)]),
    allowedDomains: ['police.uk', 'gov.uk', 'nhs.uk', 'crimestoppers-uk.org', 'actionfraud.police.uk',
      ...(allow.domains ?? []).map((d) => d.toLowerCase())],
    allowedEmailDomains: ['police.uk', ...(allow.emailDomains ?? []).map((d) => d.toLowerCase())],
    allowedHandles: new Set((allow.handles ?? []).map(bare)),
    officerNames: compileLexicon(allow.officerNames ?? []),
    approvedCauses: compileLexicon(allow.causes ?? []),
    candidates: compileLexicon(policy.election?.candidates ?? []),
    parties: compileLexicon(policy.election?.parties ?? []),
    election: policy.election,
    customLexicons: (policy.lexicon ?? []).map((entry) => ({ entry, lexicon: compileLexicon(entry.terms) })),
    protectedEntries: policy.protected?.entries ?? [],
    protectedKey: key === undefined ? null : typeof key === 'string' ? utf8Encode(key) : key,
    personThreshold: policy.thresholds?.person ?? 0.5,
  };
}

const cache = new WeakMap<Policy, Map<string | Uint8Array | undefined, CompiledPolicy>>();
// The last policy asked for, with its key and compiled form: posts come in runs under one policy,
// and then the two look-ups below are measurable per post.
const last = memoLast<Policy, { key: string | Uint8Array | undefined; compiled: CompiledPolicy }>();

/** Compile with a cache keyed on the policy object and the key. */
export function getCompiledPolicy(policy: Policy, options: CompileOptions = {}): CompiledPolicy {
  const hit = last.get(policy);
  if (hit !== undefined && hit.key === options.protectedListKey) return hit.compiled;
  const compiled = compiledFor(policy, options);
  last.set(policy, { key: options.protectedListKey, compiled });
  return compiled;
}

function compiledFor(policy: Policy, options: CompileOptions): CompiledPolicy {
  let byKey = cache.get(policy);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(policy, byKey);
  }
  let compiled = byKey.get(options.protectedListKey);
  if (compiled === undefined) {
    compiled = compilePolicy(policy, options);
    byKey.set(options.protectedListKey, compiled);
  }
  return compiled;
}
