/** `--fail-on`: does a verdict reach the chosen severity? */
import type { Verdict } from '@peel/engine';

/** Severities `--fail-on` accepts, lowest first. */
export const FAIL_ON_LEVELS = ['advise', 'review', 'block'] as const;
/** A `--fail-on` level. */
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const RANK: Record<Verdict, number> = { pass: 0, advise: 1, review: 2, block: 3 };

/** True when `verdict` is at or above `failOn` (never when no level was given). */
export function reaches(verdict: Verdict, failOn: FailOn | undefined): boolean {
  return failOn !== undefined && RANK[verdict] >= RANK[failOn];
}
