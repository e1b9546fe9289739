/**
 * The server's vocabulary and records (camelCase, plain data). Storage maps
 * rows to these; the domain and the HTTP layer only ever see these.
 */
import type { Report, Verdict } from '@peel/engine';

/** Platforms an account can be on. */
export const PLATFORMS = ['x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'threads', 'tiktok', 'youtube', 'nextdoor', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Whose voice an account is. */
export const ACCOUNT_KINDS = ['force', 'team', 'individual'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Whether drafts wait for approval or are only monitored after publication. */
export const TRUST_TIERS = ['pre_approval', 'monitored'] as const;
export type TrustTier = (typeof TRUST_TIERS)[number];

/** Account lifecycle states. */
export const ACCOUNT_STATUSES = ['applied', 'accredited', 'suspended', 'reinstated', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Why an account was closed (the categories forces have used). */
export const CLOSURE_CATEGORIES = [
  'data_protection', 'hindering_investigation', 'professional_standards', 'political',
  'inactivity', 'consolidation', 'leaver', 'other',
] as const;
export type ClosureCategory = (typeof CLOSURE_CATEGORIES)[number];

/** Conditions attached to a suspension, to be met before reinstatement. */
export const SUSPENSION_CONDITIONS = ['training', 'supervisor_review', 'professional_standards', 'other'] as const;
export type SuspensionCondition = (typeof SUSPENSION_CONDITIONS)[number];

/** Ranks and grades of people. */
export const RANKS = ['PC', 'PCSO', 'Special', 'DC', 'Sgt', 'DS', 'Insp', 'DI', 'ChInsp', 'DCI', 'Supt', 'ChSupt', 'ACC', 'DCC', 'CC', 'staff'] as const;
export type Rank = (typeof RANKS)[number];

/** Roles a user can hold. */
export const ROLES = ['officer', 'supervisor', 'digital_desk', 'professional_standards', 'force_admin', 'inspector', 'system_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Draft states. */
export const DRAFT_STATUSES = ['pending', 'approved', 'rejected', 'published', 'expired', 'withdrawn'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** Finding review states. */
export const FINDING_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Why a finding was a false alarm. */
export const DISMISS_REASONS = ['false_alarm', 'allowed_by_policy', 'approved_release', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** Case outcomes (proportionate, from no action up to referral). */
export const CASE_OUTCOMES = [
  'no_further_action', 'advice', 'reflective_practice', 'refresher_training',
  'account_suspended_pending_training', 'account_closed', 'referred_to_professional_standards',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Where a published post came from. */
export const POST_SOURCES = ['draft', 'entered', 'imported', 'connector'] as const;
export type PostSource = (typeof POST_SOURCES)[number];

/** Kinds of task. */
export const TASK_KINDS = ['training_expired', 'approve_draft', 'review_findings', 'other'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** API token scopes. */
export const TOKEN_SCOPES = ['check', 'read', 'posts:write', 'drafts:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A page of results with an opaque cursor for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** How much to read and from where. */
export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

export interface Force {
  id: string;
  code: string;
  name: string;
  oidc: OidcSettings | null;
  createdAt: string;
}

/** A force's OpenID Connect provider. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Roles given to users created on first sign-in. */
  defaultRoles: Role[];
}

export interface PolicyVersion {
  id: string;
  forceId: string;
  version: number;
  document: unknown;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface Person {
  id: string;
  forceId: string;
  name: string;
  number: string;
  rank: Rank;
  team: string | null;
  supervisorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  forceId: string | null;
  personId: string | null;
  email: string;
  displayName: string;
  passwordHash: string | null;
  roles: Role[];
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  oidcIssuer: string | null;
  oidcSubject: string | null;
  createdAt: string;
}

export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  secretHash: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface OneTimeToken {
  id: string;
  purpose: string;
  data: unknown;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface Account {
  id: string;
  forceId: string;
  platform: Platform;
  handle: string;
  url: string | null;
  kind: AccountKind;
  trustTier: TrustTier;
  status: AccountStatus;
  team: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AccountOperator {
  accountId: string;
  personId: string;
  forceId: string;
  addedBy: string | null;
  addedAt: string;
}

export interface AccountEvent {
  id: string;
  accountId: string;
  forceId: string;
  fromStatus: AccountStatus | null;
  toStatus: AccountStatus;
  reasonCategory: ClosureCategory | null;
  reason: string | null;
  conditions: SuspensionCondition[];
  actorId: string | null;
  at: string;
}

export interface TrainingRecord {
  id: string;
  forceId: string;
  personId: string;
  course: string;
  /** ISO date. */
  completedOn: string;
  /** ISO date; null when the course never expires. */
  expiresOn: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface Draft {
  id: string;
  forceId: string;
  accountId: string;
  authorPersonId: string;
  authorUserId: string;
  text: string;
  status: DraftStatus;
  verdict: Verdict;
  report: Report;
  engineVersion: string;
  policyVersion: string;
  autoApproved: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  approvalExpiresAt: string | null;
  postId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PublishedPost {
  id: string;
  forceId: string;
  accountId: string;
  draftId: string | null;
  text: string;
  source: PostSource;
  externalUrl: string | null;
  publishedAt: string;
  verdict: Verdict;
  report: Report;
  engineVersion: string;
  policyVersion: string;
  createdBy: string | null;
  createdAt: string;
}

export interface StoredFinding {
  id: string;
  forceId: string;
  postId: string;
  rule: string;
  severity: string;
  messageId: string;
  message: string;
  confidence: number;
  ranges: Array<{ start: number; end: number }>;
  status: FindingStatus;
  reviewReason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  caseId: string | null;
  createdAt: string;
}

export interface Case {
  id: string;
  forceId: string;
  subjectPersonId: string | null;
  subjectAccountId: string | null;
  summary: string;
  status: 'open' | 'closed';
  outcome: CaseOutcome | null;
  openedBy: string | null;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
}

export interface CaseNote {
  id: string;
  caseId: string;
  forceId: string;
  authorId: string | null;
  body: string;
  createdAt: string;
}

export interface Task {
  id: string;
  forceId: string;
  kind: TaskKind;
  assigneePersonId: string | null;
  subjectType: string;
  subjectId: string;
  dedupeKey: string | null;
  status: 'open' | 'done';
  createdAt: string;
  doneAt: string | null;
  doneBy: string | null;
}

/** One audit entry as stored. */
export interface AuditEntry {
  seq: number;
  at: string;
  forceId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Confirmed and dismissed counts for one rule. */
export interface RuleReviewCount {
  rule: string;
  open: number;
  confirmed: number;
  dismissed: number;
}
