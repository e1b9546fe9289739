/** Registry: personal data, anonymity, proceedings and retention-tag rules (P*, L*, R*). */
import type { Rule } from './types.js';

/** Rules about people and proceedings. */
export const PEOPLE_RULES: readonly Rule[] = [];
