/**
 * @peel/engine — checks a UK police social media post against the
 * guidelines, explains each problem and suggests a safe rewrite.
 * Pure TypeScript: no I/O, no Node built-ins.
 */
export * from './types.js';
export { check, prepare, validatePost, type CheckOptions, type Prepared } from './pipeline/check.js';
export { normalise, lexView, normaliseTerm, originalStart, originalEnd, type NormalisedText } from './pipeline/normalise.js';
export { tokenise, type Token, type TokenKind } from './pipeline/tokenise.js';
export { compileLexicon, type Lexicon, type LexiconMatch } from './pipeline/lexicon.js';
export { applyEdits, mergeEdits } from './rewrite/apply.js';
// Policies, presets, validatePolicy, RULES and the policy types: the light entry (@peel/engine/policy).
export * from './policy/entry.js';
export { POLICY_SCHEMA, ALL_RULE_IDS, ALL_SEVERITIES } from './policy/schema.js';
export { hashProtectedTerm, canonicalProtectedTerm } from './policy/protected.js';
export { redact, generalise, generalisePlace, removeClause, removeSentence } from './rewrite/edits.js';
export { sha256, hmacSha256, createHmac, toHex } from './util/sha256.js';
export { computeFacts } from './facts/index.js';
export { compilePolicy, getCompiledPolicy, type CompiledPolicy, type CompileOptions } from './policy/compile.js';
export { RECOGNIZERS } from './recognizers/index.js';
export type { Recognizer, RecognizerMeta, RecognizeContext, Detected } from './recognizers/types.js';
export type { Rule, RuleMeta, RuleContext, RuleFinding, RuleSuggestion } from './rules/types.js';
export type { Facts, Stage } from './facts/types.js';
export { PeelInputError, MAX_TEXT_LENGTH, type PeelInputErrorCode } from './errors.js';
export { ENGINE_VERSION } from './version.js';
