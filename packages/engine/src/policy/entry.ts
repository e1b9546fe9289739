/**
 * `@peel/engine/policy`: the policies and the rule catalogue without the
 * recognisers, the pipeline or the name tagger's model, for pages that edit
 * or show policies but never check a post (a web bundle of about 100 KB
 * rather than 2.5 MB gzipped).
 */
export { DEFAULT_POLICY } from './default.js';
export { STRICT_POLICY, MONITOR_POLICY, POLICY_PRESETS } from './presets.js';
export { validatePolicy, type PolicyProblem, type PolicyValidation } from './validate.js';
export { RULES } from '../rules/index.js';
export type { Policy, RuleSetting, ProtectedEntry, LexiconEntry, DateWindow } from './types.js';
