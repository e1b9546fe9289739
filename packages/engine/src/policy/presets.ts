/**
 * Policy presets a force can start from. Each is a complete policy document
 * derived from the default UK policy.
 */
import { DEFAULT_POLICY } from './default.js';
import type { Policy } from './types.js';

/**
 * Stricter: every advice becomes a review (for new or recently suspended
 * accounts), and a possible name counts from a one-in-five chance: below
 * 0.5 the name tagger also offers the names its best reading of a post
 * leaves out, at their own calibrated confidence (names/types.ts).
 */
export const STRICT_POLICY: Policy = {
  ...DEFAULT_POLICY,
  id: 'uk-strict',
  name: 'UK guidelines, strict (advice goes to review)',
  rules: { P8: { severity: 'review' }, L2: { severity: 'review' }, S5: { severity: 'review' }, S6: { severity: 'review' } },
  thresholds: { person: 0.2 },
};

/** Monitoring only: nothing blocks; everything that would block or need review is advice, for scanning archives. */
export const MONITOR_POLICY: Policy = {
  ...DEFAULT_POLICY,
  id: 'uk-monitor',
  name: 'UK guidelines, monitoring of published posts (findings never block)',
  rules: Object.fromEntries(
    (['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P9', 'L1', 'L3', 'O1', 'O2', 'O3', 'O4', 'S1', 'S2', 'N1', 'N2', 'W1'] as const)
      .map((id) => [id, { severity: 'advise' as const }]),
  ),
};

/** All presets by id. */
export const POLICY_PRESETS: Readonly<Record<string, Policy>> = {
  [DEFAULT_POLICY.id]: DEFAULT_POLICY,
  [STRICT_POLICY.id]: STRICT_POLICY,
  [MONITOR_POLICY.id]: MONITOR_POLICY,
};
