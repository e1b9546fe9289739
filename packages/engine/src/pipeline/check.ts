/**
 * The pipeline: validate → normalise → tokenise → recognise → facts → rules →
 * dedupe → sort. Stages work in normalised-view offsets; this module maps
 * everything back to the original text at the end.
 */
import { MAX_TEXT_LENGTH, PeelInputError } from '../errors.js';
import { computeFacts } from '../facts/index.js';
import { DEFAULT_POLICY } from '../policy/default.js';
import { getCompiledPolicy, type CompiledPolicy } from '../policy/compile.js';
import type { Policy } from '../policy/types.js';
import { RECOGNIZERS } from '../recognizers/index.js';
import type { Detected, Recognizer } from '../recognizers/types.js';
import { applyEdits, mergeEdits } from '../rewrite/apply.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleContext, RuleFinding } from '../rules/types.js';
import type { Entity, Finding, Post, Report, Severity, TextEdit, TextRange, Verdict } from '../types.js';
import { severityRank } from '../types.js';
import { memoLast } from '../util/memo-last.js';
import { ENGINE_VERSION } from '../version.js';
import { resolveOverlaps } from './entities.js';
import { lexView, normalise, originalEnd, originalStart, type NormalisedText } from './normalise.js';
import { tokenise } from './tokenise.js';

/** Options for one check. */
export interface CheckOptions {
  /** Key for the W1 protected list. Without it W1 cannot match. */
  protectedListKey?: string | Uint8Array;
  /** The time of the check when the post has no date (tests pin it). */
  now?: Date;
  /** Run only these recognisers/rules (tests and tools); default all. */
  recognizers?: readonly Recognizer[];
  rules?: readonly Rule[];
}

const isOptionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

function badStringField(f: 'platform' | 'accountKind' | 'date' | 'approvalRef'): never {
  throw new PeelInputError('BAD_FIELD', `The post's "${f}" must be a string.`);
}
const ACCOUNT_KINDS: ReadonlySet<string> = new Set(['force', 'team', 'individual']);

/** Validate the post's shape; throws PeelInputError with a clear message. */
export function validatePost(post: unknown): Post {
  if (post === null || typeof post !== 'object' || Array.isArray(post)) {
    throw new PeelInputError('NOT_A_POST', 'A post must be an object with a "text" field.');
  }
  const p = post as Record<string, unknown>;
  if (typeof p.text !== 'string') {
    throw new PeelInputError('TEXT_NOT_STRING', 'The post\'s "text" must be a string.');
  }
  if (p.text.length > MAX_TEXT_LENGTH) {
    throw new PeelInputError('TEXT_TOO_LONG',
      `The post is ${p.text.length} characters long; the most Peel checks at once is ${MAX_TEXT_LENGTH}.`);
  }
  // Each field read by name: a loop over the names would be a keyed load per field.
  if (!isOptionalString(p.platform)) badStringField('platform');
  if (!isOptionalString(p.accountKind)) badStringField('accountKind');
  if (!isOptionalString(p.date)) badStringField('date');
  if (!isOptionalString(p.approvalRef)) badStringField('approvalRef');
  if (p.accountKind !== undefined && !ACCOUNT_KINDS.has(p.accountKind as string)) {
    throw new PeelInputError('BAD_FIELD', 'The post\'s "accountKind" must be force, team or individual.');
  }
  if (p.date !== undefined && Number.isNaN(Date.parse(p.date as string))) {
    throw new PeelInputError('BAD_FIELD', 'The post\'s "date" must be an ISO 8601 date.');
  }
  if (p.media !== undefined) {
    if (!Array.isArray(p.media)) throw new PeelInputError('BAD_FIELD', 'The post\'s "media" must be a list.');
    p.media.forEach((m: unknown, i: number) => {
      if (m === null || typeof m !== 'object' || typeof (m as { fileName?: unknown }).fileName !== 'string') {
        throw new PeelInputError('BAD_FIELD', `Media item ${i + 1} needs a "fileName" string.`);
      }
    });
  }
  return p as unknown as Post;
}

/** A post prepared for recognisers and rules (exported for tools and tests). */
export interface Prepared {
  norm: NormalisedText;
  lex: NormalisedText;
  tokens: ReturnType<typeof tokenise>;
  entities: Detected[];
  policy: CompiledPolicy;
}

/** Run stages up to recognition. */
export function prepare(text: string, policy: CompiledPolicy, recognizers: readonly Recognizer[] = RECOGNIZERS): Prepared {
  const norm = normalise(text);
  const lex = lexView(norm);
  const tokens = tokenise(norm.text);
  const ctx = { norm, lex, tokens, policy };
  const found: Detected[] = [];
  for (let k = 0; k < recognizers.length; k++) {
    const got = recognizers[k]!.detect(ctx);
    for (let i = 0; i < got.length; i++) found.push(got[i]!);
  }
  return { norm, lex, tokens, entities: resolveOverlaps(found), policy };
}

/** The enabled rules of a policy with their policy severity: worked out once per policy and rule list. */
interface PlannedRule { readonly rule: Rule; readonly base: Severity }
interface Plan { readonly rules: readonly Rule[]; readonly planned: readonly PlannedRule[]; readonly policyVersion: string }
const plans = new WeakMap<CompiledPolicy, Plan>();
/** The plan of the last check: posts come in runs under one policy, and a WeakMap look-up per post is measurable. */
const lastPlan = memoLast<CompiledPolicy, Plan>();

function rulePlan(compiled: CompiledPolicy, rules: readonly Rule[]): Plan {
  const hit = lastPlan.get(compiled);
  if (hit !== undefined && hit.rules === rules) return hit;
  let plan = plans.get(compiled);
  if (plan === undefined || plan.rules !== rules) {
    const planned = rules.filter((r) => compiled.isEnabled(r.meta.id))
      .map((rule) => ({ rule, base: compiled.severityOf(rule.meta.id, rule.meta.defaultSeverity) }));
    plan = { rules, planned, policyVersion: `${compiled.id}@${compiled.version}` };
    plans.set(compiled, plan);
  }
  lastPlan.set(compiled, plan);
  return plan;
}

const mapRange = (norm: NormalisedText, r: TextRange): TextRange => ({
  start: originalStart(norm, r.start),
  end: originalEnd(norm, r.end),
});

const fill = (template: string, data: RuleFinding['data']): string =>
  data === undefined ? template : template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => String(data[k] ?? m));

/**
 * Check a post against the policy (the default UK policy if none is given).
 * Throws PeelInputError for input that is not a post or is too long.
 */
export function check(post: Post, policy: Policy = DEFAULT_POLICY, options: CheckOptions = {}): Report {
  const valid = validatePost(post);
  // CheckOptions carries protectedListKey as CompileOptions does: no options object per post.
  const compiled = getCompiledPolicy(policy, options);
  const prepared = prepare(valid.text, compiled, options.recognizers);
  const { norm, lex, tokens, entities } = prepared;
  const facts = computeFacts(prepared);
  const now = valid.date !== undefined ? new Date(valid.date) : options.now ?? new Date();
  const ctx: RuleContext = { post: valid, norm, lex, tokens, entities, facts, policy: compiled, now };

  const findings: Finding[] = [];
  // Made at the first finding: most posts have none.
  let seen: Set<string> | null = null;
  const plan = rulePlan(compiled, options.rules ?? RULES);
  const planned = plan.planned;
  // Indexed loops: rule results are plain arrays, and most are empty.
  for (let r = 0; r < planned.length; r++) {
    const { rule, base } = planned[r]!;
    const got = rule.check(ctx);
    for (let g = 0; g < got.length; g++) {
      const f = got[g]!;
      const ranges = f.ranges.map((r) => mapRange(norm, r));
      const key = `${rule.meta.id}|${f.messageId}|${ranges.map((r) => `${r.start}-${r.end}`).join(',')}`;
      seen ??= new Set<string>();
      if (seen.has(key)) continue;
      seen.add(key);
      const template = rule.meta.messages[f.messageId] ?? f.messageId;
      // A rule may lower or raise its own severity for a case (e.g. P4 with an approval
      // reference); a policy override of the rule's severity applies to the default only.
      const severity: Severity = f.severity ?? base;
      const finding: Finding = {
        rule: rule.meta.id,
        severity,
        messageId: f.messageId,
        message: fill(template, f.data),
        explanation: rule.meta.explanation,
        guidance: rule.meta.guidance,
        ranges,
        confidence: f.confidence,
      };
      if (f.suggestion !== undefined && f.suggestion.edits.length > 0) {
        // Keys spelt out (same order as a spread of mapRange): an object spread is a slow generic copy.
        const edits: TextEdit[] = f.suggestion.edits.map((e) => (
          { start: originalStart(norm, e.start), end: originalEnd(norm, e.end), replacement: e.replacement }));
        try {
          finding.suggestion = { description: f.suggestion.description, edits, text: applyEdits(valid.text, edits) };
        } catch {
          // Overlapping edits from a rule are a bug in that rule; leave the finding without a rewrite.
        }
      }
      findings.push(finding);
    }
  }
  findings.sort((a, b) => (a.ranges[0]?.start ?? -1) - (b.ranges[0]?.start ?? -1) ||
    severityRank(b.severity) - severityRank(a.severity) || a.rule.localeCompare(b.rule));

  let verdict: Verdict = 'pass';
  for (const f of findings) {
    if (f.severity !== 'track' && severityRank(f.severity) > severityRank(verdict === 'pass' ? 'track' : verdict)) {
      verdict = f.severity;
    }
  }
  const outEntities: Entity[] = entities.map((e) => {
    const out: Entity = { type: e.type, start: originalStart(norm, e.start), end: originalEnd(norm, e.end), confidence: e.confidence };
    if (e.attrs !== undefined) out.attrs = e.attrs;
    if (e.explanation !== undefined) out.explanation = e.explanation;
    return out;
  });
  const rewrite = findings.length === 0 ? undefined : rewriteOf(valid.text, findings);
  const tags = facts.tags.slice();
  // Two literals rather than a spread: the key order (and so the JSON) is the same, and a
  // literal with fixed keys is far cheaper to build than one with a spread in it.
  if (rewrite === undefined) {
    return { verdict, findings, entities: outEntities, tags, engineVersion: ENGINE_VERSION, policyVersion: plan.policyVersion };
  }
  return { verdict, findings, rewrite, entities: outEntities, tags, engineVersion: ENGINE_VERSION, policyVersion: plan.policyVersion };
}

/** The post with every suggestion's edits merged, most severe first; undefined when no finding has one. */
function rewriteOf(text: string, findings: readonly Finding[]): string | undefined {
  const withEdits = findings.filter((f) => f.suggestion !== undefined)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return withEdits.length === 0 ? undefined : applyEdits(text, mergeEdits(withEdits.map((f) => f.suggestion!.edits)));
}
