/**
 * The storage interface the domain uses: one repository per aggregate. Every
 * read of tenant data takes the force id, so a query can never cross forces
 * by accident. Conditional updates return whether they changed a row, which
 * is how races (two approvals of one draft) are settled by the database.
 */
import type {
  Account, AccountEvent, AccountOperator, AccountStatus, ApiToken, AuditEntry, Case, CaseNote, CaseOutcome,
  Draft, DraftStatus, FindingStatus, Force, OneTimeToken, OidcSettings, Page, PageRequest, Person, PolicyVersion,
  PublishedPost, Role, RuleReviewCount, Session, StoredFinding, Task, TrainingRecord, User,
} from '../domain/model.js';
import type { DialectName } from './migrations.js';
import type { ReportRepo } from '../reports/source.js';

export interface ForceRepo {
  create(f: Force): Promise<void>;
  get(id: string): Promise<Force | undefined>;
  getByCode(code: string): Promise<Force | undefined>;
  list(): Promise<Force[]>;
  setOidc(id: string, oidc: OidcSettings | null): Promise<void>;
}

export interface PolicyRepo {
  add(p: PolicyVersion): Promise<void>;
  current(forceId: string): Promise<PolicyVersion | undefined>;
  history(forceId: string, page: PageRequest): Promise<Page<PolicyVersion>>;
}

/** Filters for people lists. */
export interface PeopleFilter {
  team?: string;
  supervisorId?: string;
}

export interface PeopleRepo {
  create(p: Person): Promise<void>;
  get(forceId: string, id: string): Promise<Person | undefined>;
  list(forceId: string, page: PageRequest, filter?: PeopleFilter): Promise<Page<Person>>;
  update(forceId: string, id: string, patch: Partial<Pick<Person, 'name' | 'number' | 'rank' | 'team' | 'supervisorId' | 'updatedAt'>>): Promise<boolean>;
}

export interface UserRepo {
  create(u: User): Promise<void>;
  get(id: string): Promise<User | undefined>;
  getByEmail(email: string): Promise<User | undefined>;
  getByOidc(issuer: string, subject: string): Promise<User | undefined>;
  /** Users of a force, or all when `forceId` is null. */
  list(forceId: string | null, page: PageRequest): Promise<Page<User>>;
  update(id: string, patch: Partial<Pick<User, 'roles' | 'disabled' | 'displayName' | 'passwordHash' | 'personId' | 'oidcIssuer' | 'oidcSubject'>>): Promise<boolean>;
  /** Atomically count a failed sign-in; locks the user when `lockAfter` is reached. Returns the new count. */
  recordFailedLogin(id: string, lockAfter: number, lockedUntil: string): Promise<number>;
  resetFailedLogins(id: string): Promise<void>;
  count(): Promise<number>;
  /** Any user holding the role (for "is there an administrator yet"). */
  anyWithRole(role: Role): Promise<boolean>;
}

export interface SessionRepo {
  create(s: Session): Promise<void>;
  get(id: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface ApiTokenRepo {
  create(t: ApiToken): Promise<void>;
  get(id: string): Promise<ApiToken | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  revoke(id: string, at: string): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
}

export interface OneTimeTokenRepo {
  create(t: OneTimeToken): Promise<void>;
  /** Mark used if unused and unexpired; returns the token only to the one caller that consumed it. */
  consume(id: string, purpose: string, now: string): Promise<OneTimeToken | undefined>;
}

/** Filters for account lists. */
export interface AccountFilter {
  status?: AccountStatus;
  operatorPersonId?: string;
  team?: string;
}

export interface AccountRepo {
  create(a: Account): Promise<void>;
  get(forceId: string, id: string): Promise<Account | undefined>;
  list(forceId: string, page: PageRequest, filter?: AccountFilter): Promise<Page<Account>>;
  /** Change status only if the account is still at `expectedVersion`. */
  setStatus(forceId: string, id: string, expectedVersion: number, status: AccountStatus, now: string): Promise<boolean>;
  addEvent(e: AccountEvent): Promise<void>;
  events(forceId: string, accountId: string): Promise<AccountEvent[]>;
  addOperator(o: AccountOperator): Promise<boolean>;
  removeOperator(forceId: string, accountId: string, personId: string): Promise<boolean>;
  operators(forceId: string, accountId: string): Promise<AccountOperator[]>;
  isOperator(forceId: string, accountId: string, personId: string): Promise<boolean>;
  countByStatus(forceId: string | null): Promise<Record<string, number>>;
}

export interface TrainingRepo {
  add(t: TrainingRecord): Promise<void>;
  listForPerson(forceId: string, personId: string): Promise<TrainingRecord[]>;
  /** True when the person has a record that has not expired on `today` (ISO date). */
  hasCurrent(forceId: string, personId: string, today: string): Promise<boolean>;
  /** People (with force) whose latest training has expired by `today` and who have no current record. */
  lapsed(today: string): Promise<Array<{ forceId: string; personId: string; expiredOn: string }>>;
}

/** Filters for draft lists. */
export interface DraftFilter {
  status?: DraftStatus;
  authorPersonId?: string;
  /** Drafts by people in this team. */
  team?: string;
}

export interface DraftRepo {
  create(d: Draft): Promise<void>;
  get(forceId: string, id: string): Promise<Draft | undefined>;
  list(forceId: string, page: PageRequest, filter?: DraftFilter): Promise<Page<Draft>>;
  /**
   * Apply `patch` only while the draft is in `expectedStatus` at `expectedVersion`
   * (compare-and-set); bumps the version. False when someone else got there first.
   */
  transition(forceId: string, id: string, expected: { status: DraftStatus; version: number }, patch: Partial<Pick<Draft,
    'status' | 'text' | 'verdict' | 'report' | 'engineVersion' | 'policyVersion' | 'autoApproved' | 'decidedBy' |
    'decidedAt' | 'decisionNote' | 'approvalExpiresAt' | 'postId' | 'updatedAt'>>): Promise<boolean>;
  /** Approved drafts whose approval expired before `now`. */
  approvalsExpiredBefore(now: string, limit: number): Promise<Draft[]>;
}

export interface PostRepo {
  create(p: PublishedPost): Promise<void>;
  get(forceId: string, id: string): Promise<PublishedPost | undefined>;
  list(forceId: string, page: PageRequest, filter?: { accountId?: string }): Promise<Page<PublishedPost>>;
}

/** Filters for finding lists. */
export interface FindingFilter {
  status?: FindingStatus;
  postId?: string;
  caseId?: string;
  rule?: string;
}

export interface FindingRepo {
  createMany(fs: StoredFinding[]): Promise<void>;
  get(forceId: string, id: string): Promise<StoredFinding | undefined>;
  list(forceId: string, page: PageRequest, filter?: FindingFilter): Promise<Page<StoredFinding>>;
  /** Record a review only while the finding is still open. */
  review(forceId: string, id: string, status: 'confirmed' | 'dismissed', reason: string | null, by: string, at: string): Promise<boolean>;
  /** Attach findings to a case; returns how many were attached (only those without a case). */
  assignCase(forceId: string, ids: string[], caseId: string): Promise<number>;
  /** Open/confirmed/dismissed counts per rule, for one force or (null) all. */
  ruleCounts(forceId: string | null): Promise<RuleReviewCount[]>;
}

export interface CaseRepo {
  create(c: Case): Promise<void>;
  get(forceId: string, id: string): Promise<Case | undefined>;
  list(forceId: string, page: PageRequest, filter?: { status?: 'open' | 'closed' }): Promise<Page<Case>>;
  close(forceId: string, id: string, outcome: CaseOutcome, by: string, at: string): Promise<boolean>;
  addNote(n: CaseNote): Promise<void>;
  notes(forceId: string, caseId: string): Promise<CaseNote[]>;
  countByOutcome(forceId: string | null): Promise<Record<string, number>>;
}

export interface TaskRepo {
  /** Create unless an open task with the same dedupe key exists; true when created. */
  create(t: Task): Promise<boolean>;
  get(forceId: string, id: string): Promise<Task | undefined>;
  list(forceId: string, page: PageRequest, filter?: { status?: 'open' | 'done'; assigneePersonIds?: string[] }): Promise<Page<Task>>;
  complete(forceId: string, id: string, by: string | null, at: string): Promise<boolean>;
  /** Complete the open task with this dedupe key, if any. */
  completeByKey(forceId: string, dedupeKey: string, by: string | null, at: string): Promise<boolean>;
}

/** What the caller supplies for an audit entry; the store assigns seq and hashes. */
export type AuditInput = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export interface AuditRepo {
  /** Append under a lock on the chain head; must run inside a transaction. */
  append(e: AuditInput): Promise<AuditEntry>;
  list(forceId: string | null, page: PageRequest): Promise<Page<AuditEntry>>;
  /** Entries with seq > afterSeq, in order (for verification in batches). */
  range(afterSeq: number, limit: number): Promise<AuditEntry[]>;
  head(): Promise<{ seq: number; hash: string }>;
}

/** All repositories. */
export interface Repos {
  forces: ForceRepo;
  policies: PolicyRepo;
  people: PeopleRepo;
  users: UserRepo;
  sessions: SessionRepo;
  apiTokens: ApiTokenRepo;
  oneTimeTokens: OneTimeTokenRepo;
  accounts: AccountRepo;
  training: TrainingRepo;
  drafts: DraftRepo;
  posts: PostRepo;
  findings: FindingRepo;
  cases: CaseRepo;
  tasks: TaskRepo;
  audit: AuditRepo;
  reports: ReportRepo;
}

/** The store: repositories plus transactions. */
export interface Store extends Repos {
  readonly dialect: DialectName;
  /** Run `fn` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
