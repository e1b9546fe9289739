/** Row ↔ record mapping: JSON columns parsed, flags turned into booleans. */
import type { Selectable } from 'kysely';
import type * as M from '../../domain/model.js';
import type * as S from '../schema.js';

/** Parse a JSON column written by this server. */
export function json<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

export const force = (r: Selectable<S.ForcesTable>): M.Force => ({
  id: r.id, code: r.code, name: r.name, oidc: json<M.OidcSettings | null>(r.oidc, null), createdAt: r.created_at,
});

export const policy = (r: Selectable<S.PolicyVersionsTable>): M.PolicyVersion => ({
  id: r.id, forceId: r.force_id, version: Number(r.version), document: JSON.parse(r.document) as unknown,
  note: r.note, createdBy: r.created_by, createdAt: r.created_at,
});

export const person = (r: Selectable<S.PeopleTable>): M.Person => ({
  id: r.id, forceId: r.force_id, name: r.name, number: r.number, rank: r.rank as M.Rank, team: r.team,
  supervisorId: r.supervisor_id, createdAt: r.created_at, updatedAt: r.updated_at,
});

export const user = (r: Selectable<S.UsersTable>): M.User => ({
  id: r.id, forceId: r.force_id, personId: r.person_id, email: r.email, displayName: r.display_name,
  passwordHash: r.password_hash, roles: json<M.Role[]>(r.roles, []), failedLogins: Number(r.failed_logins),
  lockedUntil: r.locked_until, disabled: Number(r.disabled) === 1, oidcIssuer: r.oidc_issuer,
  oidcSubject: r.oidc_subject, createdAt: r.created_at,
});

export const session = (r: Selectable<S.SessionsTable>): M.Session => ({
  id: r.id, userId: r.user_id, csrfToken: r.csrf_token, createdAt: r.created_at, expiresAt: r.expires_at,
});

export const apiToken = (r: Selectable<S.ApiTokensTable>): M.ApiToken => ({
  id: r.id, userId: r.user_id, name: r.name, secretHash: r.secret_hash, scopes: json<M.TokenScope[]>(r.scopes, []),
  createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
});

export const oneTime = (r: Selectable<S.OneTimeTokensTable>): M.OneTimeToken => ({
  id: r.id, purpose: r.purpose, data: json<unknown>(r.data, null), createdAt: r.created_at,
  expiresAt: r.expires_at, usedAt: r.used_at,
});

export const account = (r: Selectable<S.AccountsTable>): M.Account => ({
  id: r.id, forceId: r.force_id, platform: r.platform as M.Platform, handle: r.handle, url: r.url,
  kind: r.kind as M.AccountKind, trustTier: r.trust_tier as M.TrustTier, status: r.status as M.AccountStatus,
  team: r.team, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
});

export const operator = (r: Selectable<S.AccountOperatorsTable>): M.AccountOperator => ({
  accountId: r.account_id, personId: r.person_id, forceId: r.force_id, addedBy: r.added_by, addedAt: r.added_at,
});

export const accountEvent = (r: Selectable<S.AccountEventsTable>): M.AccountEvent => ({
  id: r.id, accountId: r.account_id, forceId: r.force_id, fromStatus: r.from_status as M.AccountStatus | null,
  toStatus: r.to_status as M.AccountStatus, reasonCategory: r.reason_category as M.ClosureCategory | null,
  reason: r.reason, conditions: json<M.SuspensionCondition[]>(r.conditions, []), actorId: r.actor_id, at: r.at,
});

export const training = (r: Selectable<S.TrainingRecordsTable>): M.TrainingRecord => ({
  id: r.id, forceId: r.force_id, personId: r.person_id, course: r.course, completedOn: r.completed_on,
  expiresOn: r.expires_on, recordedBy: r.recorded_by, createdAt: r.created_at,
});

export const draft = (r: Selectable<S.DraftsTable>): M.Draft => ({
  id: r.id, forceId: r.force_id, accountId: r.account_id, authorPersonId: r.author_person_id,
  authorUserId: r.author_user_id, text: r.text, status: r.status as M.DraftStatus,
  verdict: r.verdict as M.Draft['verdict'], report: JSON.parse(r.report) as M.Draft['report'],
  engineVersion: r.engine_version, policyVersion: r.policy_version, autoApproved: Number(r.auto_approved) === 1,
  decidedBy: r.decided_by, decidedAt: r.decided_at, decisionNote: r.decision_note,
  approvalExpiresAt: r.approval_expires_at, postId: r.post_id, version: Number(r.version),
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export const post = (r: Selectable<S.PostsTable>): M.PublishedPost => ({
  id: r.id, forceId: r.force_id, accountId: r.account_id, draftId: r.draft_id, text: r.text,
  source: r.source as M.PostSource, externalUrl: r.external_url, publishedAt: r.published_at,
  verdict: r.verdict as M.PublishedPost['verdict'], report: JSON.parse(r.report) as M.PublishedPost['report'],
  engineVersion: r.engine_version, policyVersion: r.policy_version, createdBy: r.created_by, createdAt: r.created_at,
});

export const finding = (r: Selectable<S.FindingsTable>): M.StoredFinding => ({
  id: r.id, forceId: r.force_id, postId: r.post_id, rule: r.rule, severity: r.severity, messageId: r.message_id,
  message: r.message, confidence: Number(r.confidence), ranges: json<M.StoredFinding['ranges']>(r.ranges, []),
  status: r.status as M.FindingStatus, reviewReason: r.review_reason, reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at, caseId: r.case_id, createdAt: r.created_at,
});

export const caseRow = (r: Selectable<S.CasesTable>): M.Case => ({
  id: r.id, forceId: r.force_id, subjectPersonId: r.subject_person_id, subjectAccountId: r.subject_account_id,
  summary: r.summary, status: r.status as M.Case['status'], outcome: r.outcome as M.CaseOutcome | null,
  openedBy: r.opened_by, openedAt: r.opened_at, closedBy: r.closed_by, closedAt: r.closed_at,
});

export const caseNote = (r: Selectable<S.CaseNotesTable>): M.CaseNote => ({
  id: r.id, caseId: r.case_id, forceId: r.force_id, authorId: r.author_id, body: r.body, createdAt: r.created_at,
});

export const task = (r: Selectable<S.TasksTable>): M.Task => ({
  id: r.id, forceId: r.force_id, kind: r.kind as M.TaskKind, assigneePersonId: r.assignee_person_id,
  subjectType: r.subject_type, subjectId: r.subject_id, dedupeKey: r.dedupe_key, status: r.status as M.Task['status'],
  createdAt: r.created_at, doneAt: r.done_at, doneBy: r.done_by,
});

export const audit = (r: Selectable<S.AuditLogTable>): M.AuditEntry => ({
  seq: Number(r.seq), at: r.at, forceId: r.force_id, actorId: r.actor_id, action: r.action,
  subjectType: r.subject_type, subjectId: r.subject_id, data: JSON.parse(r.data) as Record<string, unknown>,
  prevHash: r.prev_hash, hash: r.hash,
});
