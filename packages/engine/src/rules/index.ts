/** All rules, one file per catalogue id. */
import { CONDUCT_RULES } from './group-conduct.js';
import { PEOPLE_RULES } from './group-people.js';
import type { Rule } from './types.js';

export type { Rule, RuleContext, RuleFinding, RuleMeta, RuleSuggestion } from './types.js';

/** Every rule. */
export const RULES: readonly Rule[] = [...PEOPLE_RULES, ...CONDUCT_RULES];
