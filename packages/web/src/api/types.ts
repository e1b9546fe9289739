/**
 * JSON shapes of the Peel API. The records are the server's own types
 * (type-only imports: nothing from the server is bundled), so a change to a
 * record on the server shows up here as a type error.
 */
export type {
  Account, AccountEvent, AccountOperator, AccountStatus, Case, CaseNote, CaseOutcome, ClosureCategory, DismissReason,
  Draft, DraftStatus, Page, Person, Platform, PolicyVersion, PublishedPost, Role, RuleReviewCount, StoredFinding,
  SuspensionCondition, Task, TrainingRecord,
} from '../../../server/src/domain/model.js';
export {
  ACCOUNT_STATUSES, CASE_OUTCOMES, CLOSURE_CATEGORIES, DISMISS_REASONS, PLATFORMS, SUSPENSION_CONDITIONS,
} from '../../../server/src/domain/model.js';

import type { Role } from '../../../server/src/domain/model.js';

/** GET /api/auth/session. */
export interface SessionInfo {
  user: { id: string; email: string; displayName: string; forceId: string | null; personId: string | null; roles: Role[] };
  team: string | null;
  via: 'session' | 'token';
  scopes: string[] | null;
  csrfToken: string | null;
}

/** A sign-in provider the server advertises (OpenID Connect). */
export interface SignInProvider {
  id: string;
  label: string;
  /** Where the browser goes to start the sign-in. */
  url: string;
}
