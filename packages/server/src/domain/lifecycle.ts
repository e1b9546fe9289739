/**
 * The account lifecycle: applied → accredited → suspended → reinstated →
 * closed. Pure rules (what may follow what, and what each step needs), so
 * they can be tested as a table.
 */
import type { AccountStatus, ClosureCategory, SuspensionCondition } from './model.js';

/** Allowed next states for each state. Closed is final. */
export const TRANSITIONS: Readonly<Record<AccountStatus, readonly AccountStatus[]>> = {
  applied: ['accredited', 'closed'],
  accredited: ['suspended', 'closed'],
  suspended: ['reinstated', 'closed'],
  reinstated: ['suspended', 'closed'],
  closed: [],
};

/** States in which an account may publish (rule S3). */
export const ACTIVE_STATUSES: readonly AccountStatus[] = ['accredited', 'reinstated'];

/** A requested transition. */
export interface TransitionRequest {
  to: AccountStatus;
  reasonCategory?: ClosureCategory | null;
  reason?: string | null;
  conditions?: SuspensionCondition[];
}

/** Why a transition is not allowed, or null when it is (training is checked separately). */
export function transitionProblem(from: AccountStatus, req: TransitionRequest): string | null {
  if (!TRANSITIONS[from].includes(req.to)) return `An account that is ${from} cannot become ${req.to}.`;
  if (req.to === 'closed' && !req.reasonCategory) return 'Closing an account needs a reason category.';
  if (req.to !== 'closed' && req.reasonCategory) return 'A reason category is only for closing an account.';
  if (req.to === 'suspended' && !req.reason) return 'Suspending an account needs a reason.';
  if (req.to !== 'suspended' && req.conditions && req.conditions.length > 0) return 'Conditions are only for suspensions.';
  return null;
}

/** Whether the step needs every operator to hold current training. */
export function needsCurrentTraining(from: AccountStatus, req: TransitionRequest, suspensionConditions: readonly SuspensionCondition[]): boolean {
  if (req.to === 'accredited') return true;
  return req.to === 'reinstated' && from === 'suspended' && suspensionConditions.includes('training');
}
