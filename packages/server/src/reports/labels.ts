/** Human labels for the keys that appear in reports (row keys stay stable for machines). */

/** Short names of the guideline rules (the catalogue is ../shared/docs/guidelines.md). */
export const RULE_NAMES: Readonly<Record<string, string>> = {
  P1: 'Sexual-offence complainant', P2: 'Child in proceedings', P3: 'Named under-18', P4: 'Named before charge',
  P5: 'Too much detail on arrest', P6: 'Personal data', P7: 'Image release approval', P8: 'Death before identification',
  P9: 'Image metadata', L1: 'Active proceedings', L2: 'Presumption of innocence', L3: 'Court order or restriction',
  O1: 'Planned operations', O2: "Officer's personal details", O3: 'Covert work', O4: 'Live location',
  S1: 'Offensive language', S2: 'Mocking or demeaning', S3: 'Inactive account or not an operator', S4: 'Custody images',
  S5: 'Endorsement or fundraising', S6: 'Opinion or criticism', N1: 'Party politics', N2: 'Election period',
  W1: 'Protected list', R1: 'Missing-person appeal', R2: 'Wanted appeal',
};

/** Account statuses. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  applied: 'Applied', accredited: 'Accredited', suspended: 'Suspended', reinstated: 'Reinstated', closed: 'Closed',
};

/** Platforms. */
export const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', facebook: 'Facebook', instagram: 'Instagram', threads: 'Threads',
  tiktok: 'TikTok', youtube: 'YouTube', nextdoor: 'Nextdoor', other: 'Other',
};

/** Closure reason categories. */
export const CLOSURE_LABELS: Readonly<Record<string, string>> = {
  data_protection: 'Data protection', hindering_investigation: 'Hindering an investigation or proceedings',
  professional_standards: 'Professional standards', political: 'Political', inactivity: 'Inactivity',
  consolidation: 'Consolidation', leaver: 'Leaver', other: 'Other',
};

/** Suspension conditions. */
export const CONDITION_LABELS: Readonly<Record<string, string>> = {
  training: 'Training', supervisor_review: 'Supervisor review', professional_standards: 'Professional standards',
  other: 'Other', none: 'No condition',
};

/** Engine verdicts. */
export const VERDICT_LABELS: Readonly<Record<string, string>> = {
  pass: 'Pass', advise: 'Advise', review: 'Review', block: 'Block',
};

/** Case outcomes. */
export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  no_further_action: 'No further action', advice: 'Advice', reflective_practice: 'Reflective practice',
  refresher_training: 'Refresher training', account_suspended_pending_training: 'Account suspended pending training',
  account_closed: 'Account closed', referred_to_professional_standards: 'Referred to professional standards',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03` → `Mar 2025`. */
export function monthLabel(key: string): string {
  const m = Number(key.slice(5, 7));
  return `${MONTHS[m - 1] ?? key.slice(5, 7)} ${key.slice(0, 4)}`;
}

/** The label for a key, or the key itself when unknown (it may be a newer value). */
export const label = (labels: Readonly<Record<string, string>>, key: string): string => labels[key] ?? key;

/** Team label; the empty key means "no team". */
export const teamLabel = (team: string): string => (team === '' ? 'No team (force-wide)' : team);

/** Text shown instead of a count from 1 to 4 in the inspectorate view. */
export const SUPPRESSED_TEXT = 'fewer than 5';
