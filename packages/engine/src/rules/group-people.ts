/** Registry: personal data, proceedings, retention and protected-list rules (P*, L*, R*, W1). */
import { l1 } from './l1.js';
import { l2 } from './l2.js';
import { l3 } from './l3.js';
import { p1 } from './p1.js';
import { p2 } from './p2.js';
import { p3 } from './p3.js';
import { p4 } from './p4.js';
import { p5 } from './p5.js';
import { p6 } from './p6.js';
import { p7 } from './p7.js';
import { p8 } from './p8.js';
import { p9 } from './p9.js';
import { r1 } from './r1.js';
import { r2 } from './r2.js';
import type { Rule } from './types.js';
import { w1 } from './w1.js';

/** Rules about people, proceedings, retention and the protected list. */
export const PEOPLE_RULES: readonly Rule[] = [p1, p2, p3, p4, p5, p6, p7, p8, p9, l1, l2, l3, w1, r1, r2];
