/**
 * Kysely table types. One schema for SQLite and PostgreSQL, so only portable
 * column types are used: text ids (UUIDs), ISO 8601 text timestamps (they sort
 * correctly as text), integers for flags and counters, JSON stored as text.
 */

import type { ConnectorTables } from './schema-connectors.js';

/** ISO 8601 timestamp, e.g. `2025-01-31T09:00:00.000Z`. */
export type IsoTime = string;
/** 0 or 1 (SQLite has no boolean type). */
export type Flag = number;

/** Forces (tenants). */
export interface ForcesTable {
  id: string;
  code: string;
  name: string;
  /** JSON: OIDC settings (issuer, client id, secret reference); null when local sign-in only. */
  oidc: string | null;
  created_at: IsoTime;
}

/** Every version of every force's policy document; the highest version is current. */
export interface PolicyVersionsTable {
  id: string;
  force_id: string;
  version: number;
  document: string;
  note: string | null;
  created_by: string | null;
  created_at: IsoTime;
}

/** Officers and staff. */
export interface PeopleTable {
  id: string;
  force_id: string;
  name: string;
  number: string;
  rank: string;
  team: string | null;
  supervisor_id: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** Sign-in identities. `force_id` is null only for system administrators. */
export interface UsersTable {
  id: string;
  force_id: string | null;
  person_id: string | null;
  email: string;
  display_name: string;
  password_hash: string | null;
  /** JSON array of role names. */
  roles: string;
  failed_logins: number;
  locked_until: IsoTime | null;
  disabled: Flag;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: IsoTime;
}

/** Server-side sessions; `id` is the SHA-256 of the cookie value. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: IsoTime;
  expires_at: IsoTime;
}

/** API tokens for integrations; only a hash of the secret is kept. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  secret_hash: string;
  /** JSON array of scopes. */
  scopes: string;
  created_at: IsoTime;
  expires_at: IsoTime | null;
  last_used_at: IsoTime | null;
  revoked_at: IsoTime | null;
}

/** One-time links (first administrator, OIDC state). `id` is a hash of the secret. */
export interface OneTimeTokensTable {
  id: string;
  purpose: string;
  data: string | null;
  created_at: IsoTime;
  expires_at: IsoTime;
  used_at: IsoTime | null;
}

/** Social media accounts in the register. */
export interface AccountsTable {
  id: string;
  force_id: string;
  platform: string;
  handle: string;
  url: string | null;
  kind: string;
  trust_tier: string;
  status: string;
  team: string | null;
  /** Incremented on every change, for optimistic concurrency. */
  version: number;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** Who may post for an account. */
export interface AccountOperatorsTable {
  account_id: string;
  person_id: string;
  force_id: string;
  added_by: string | null;
  added_at: IsoTime;
}

/** Each status transition of an account: who, when, why. */
export interface AccountEventsTable {
  id: string;
  account_id: string;
  force_id: string;
  from_status: string | null;
  to_status: string;
  reason_category: string | null;
  reason: string | null;
  /** JSON array of conditions, e.g. `["training"]`. */
  conditions: string | null;
  actor_id: string | null;
  at: IsoTime;
}

/** Training courses completed by people. */
export interface TrainingRecordsTable {
  id: string;
  force_id: string;
  person_id: string;
  course: string;
  completed_on: string;
  expires_on: string | null;
  recorded_by: string | null;
  created_at: IsoTime;
}

/** Drafts awaiting or past approval. */
export interface DraftsTable {
  id: string;
  force_id: string;
  account_id: string;
  author_person_id: string;
  author_user_id: string;
  text: string;
  status: string;
  verdict: string;
  /** JSON engine report. */
  report: string;
  engine_version: string;
  policy_version: string;
  auto_approved: Flag;
  decided_by: string | null;
  decided_at: IsoTime | null;
  decision_note: string | null;
  approval_expires_at: IsoTime | null;
  post_id: string | null;
  version: number;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** Published posts, checked after publication. */
export interface PostsTable {
  id: string;
  force_id: string;
  account_id: string;
  draft_id: string | null;
  text: string;
  source: string;
  external_url: string | null;
  published_at: IsoTime;
  verdict: string;
  report: string;
  engine_version: string;
  policy_version: string;
  created_by: string | null;
  created_at: IsoTime;
}

/** Findings of published posts, with their review. */
export interface FindingsTable {
  id: string;
  force_id: string;
  post_id: string;
  rule: string;
  severity: string;
  message_id: string;
  message: string;
  confidence: number;
  /** JSON array of ranges. */
  ranges: string;
  status: string;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: IsoTime | null;
  case_id: string | null;
  created_at: IsoTime;
}

/** Cases grouping findings about a person or an account. */
export interface CasesTable {
  id: string;
  force_id: string;
  subject_person_id: string | null;
  subject_account_id: string | null;
  summary: string;
  status: string;
  outcome: string | null;
  opened_by: string | null;
  opened_at: IsoTime;
  closed_by: string | null;
  closed_at: IsoTime | null;
}

/** Case notes: professional standards only. */
export interface CaseNotesTable {
  id: string;
  case_id: string;
  force_id: string;
  author_id: string | null;
  body: string;
  created_at: IsoTime;
}

/** Work for people: expired training, drafts to approve. */
export interface TasksTable {
  id: string;
  force_id: string;
  kind: string;
  assignee_person_id: string | null;
  subject_type: string;
  subject_id: string;
  /** Unique while open, so a sweep never raises the same task twice. */
  dedupe_key: string | null;
  status: string;
  created_at: IsoTime;
  done_at: IsoTime | null;
  done_by: string | null;
}

/** The hash-chained audit log. Append-only (triggers refuse UPDATE and DELETE). */
export interface AuditLogTable {
  seq: number;
  at: IsoTime;
  force_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** Canonical JSON of the entry's details. */
  data: string;
  prev_hash: string;
  hash: string;
}

/** One row: the tail of the audit chain, locked while appending. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** The whole database. */
export interface Database extends ConnectorTables {
  forces: ForcesTable;
  policy_versions: PolicyVersionsTable;
  people: PeopleTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  one_time_tokens: OneTimeTokensTable;
  accounts: AccountsTable;
  account_operators: AccountOperatorsTable;
  account_events: AccountEventsTable;
  training_records: TrainingRecordsTable;
  drafts: DraftsTable;
  posts: PostsTable;
  findings: FindingsTable;
  cases: CasesTable;
  case_notes: CaseNotesTable;
  tasks: TasksTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
