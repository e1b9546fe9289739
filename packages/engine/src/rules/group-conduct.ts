/** Registry: operational security, standards and neutrality rules (O1–O4, S1, S2, S5, S6, N1, N2). W1 is registered with the people rules. */
import { n1Rule } from './n1.js';
import { n2Rule } from './n2.js';
import { o1Rule } from './o1.js';
import { o2Rule } from './o2.js';
import { o3Rule } from './o3.js';
import { o4Rule } from './o4.js';
import { s1Rule } from './s1.js';
import { s2Rule } from './s2.js';
import { s5Rule } from './s5.js';
import { s6Rule } from './s6.js';
import type { Rule } from './types.js';

/** Rules about conduct, operations and politics. */
export const CONDUCT_RULES: readonly Rule[] = [o1Rule, o2Rule, o3Rule, o4Rule, s1Rule, s2Rule, s5Rule, s6Rule, n1Rule, n2Rule];
