/**
 * What reports read from the database, as a repository on the Store (so it
 * shares the transaction guard and works on SQLite and PostgreSQL alike).
 *
 * Register-sized data (accounts, lifecycle events, operators, training,
 * closed cases) comes back as rows; post-sized data (posts, drafts, findings)
 * is grouped in SQL by force, month, team and category, so a report over a
 * year of a large force reads a few thousand rows, not every post. Nothing
 * here selects post text, names, reasons or notes: reports never need them.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** `null` means every force (the inspectorate view). */
export type ForceScope = string | null;

/** Timestamp bounds of a report: [start, endExclusive). */
export interface Range {
  start: string;
  endExclusive: string;
}

/** A force, for labelling. */
export interface ForceRow { id: string; code: string; name: string }
/** An account created before the period ended. */
export interface AccountRow { id: string; forceId: string; platform: string; kind: string; team: string | null }
/** A lifecycle step (the reason text is deliberately not read). */
export interface EventRow { accountId: string; forceId: string; toStatus: string; reasonCategory: string | null; conditions: string[]; at: string }
/** An operator of an account, with the operator's team. */
export interface OperatorRow { accountId: string; personId: string; forceId: string; team: string | null }
/** A training record. */
export interface TrainingRow { personId: string; forceId: string; completedOn: string; expiresOn: string | null }
/** Published posts grouped by force, month, the account's team and verdict. */
export interface PostGroup { forceId: string; month: string; team: string | null; verdict: string; n: number }
/** Drafts checked, grouped by force, month and verdict. */
export interface DraftGroup { forceId: string; month: string; verdict: string; n: number }
/** Findings of the period's posts grouped by force, month, team, rule and review status. */
export interface FindingGroup { forceId: string; month: string; team: string | null; rule: string; status: string; n: number }
/** When a reviewed finding (of a post in the period) was raised and reviewed. */
export interface ReviewRow { forceId: string; createdAt: string; reviewedAt: string }
/** A case closed in the period. */
export interface CaseRow { forceId: string; outcome: string | null; openedAt: string; closedAt: string }

/**
 * An account as the public register may show it. Only these columns are
 * read, and only for accounts that have been accredited at some time
 * (applications that never were official are not public).
 */
export interface RegisterRow {
  platform: string; handle: string; url: string | null; kind: string; team: string | null; status: string;
  forceCode: string; forceName: string;
}

/** The report queries. */
export interface ReportRepo {
  /** Every account that has ever been accredited, in every force. */
  register(): Promise<RegisterRow[]>;
  forces(scope: ForceScope): Promise<ForceRow[]>;
  accounts(scope: ForceScope, createdBefore: string): Promise<AccountRow[]>;
  events(scope: ForceScope, before: string): Promise<EventRow[]>;
  operators(scope: ForceScope, addedBefore: string): Promise<OperatorRow[]>;
  training(scope: ForceScope, completedBy: string): Promise<TrainingRow[]>;
  posts(scope: ForceScope, r: Range): Promise<PostGroup[]>;
  drafts(scope: ForceScope, r: Range): Promise<DraftGroup[]>;
  findings(scope: ForceScope, r: Range): Promise<FindingGroup[]>;
  reviews(scope: ForceScope, r: Range): Promise<ReviewRow[]>;
  closedCases(scope: ForceScope, r: Range): Promise<CaseRow[]>;
}

function parseConditions(text: string | null): string[] {
  if (text === null) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The month of a text timestamp column, portable across SQLite and PostgreSQL. */
const month = (col: string) => sql<string>`substr(${sql.ref(col)}, 1, 7)`;

/** Report queries over Kysely. */
export function reportRepo(db: Kysely<Database>): ReportRepo {
  return {
    async register() {
      const rows = await db.selectFrom('accounts as a').innerJoin('forces as f', 'f.id', 'a.force_id')
        .select(['a.platform', 'a.handle', 'a.url', 'a.kind', 'a.team', 'a.status', 'f.code', 'f.name'])
        .where((eb) => eb.exists(eb.selectFrom('account_events as e').select('e.id')
          .whereRef('e.account_id', '=', 'a.id').where('e.to_status', '=', 'accredited')))
        .orderBy('f.code').orderBy('a.platform').orderBy('a.handle').execute();
      return rows.map((r) => ({
        platform: r.platform, handle: r.handle, url: r.url, kind: r.kind, team: r.team, status: r.status, forceCode: r.code, forceName: r.name,
      }));
    },
    async forces(scope) {
      let q = db.selectFrom('forces').select(['id', 'code', 'name']);
      if (scope !== null) q = q.where('id', '=', scope);
      return q.orderBy('code').execute();
    },
    async accounts(scope, createdBefore) {
      let q = db.selectFrom('accounts').select(['id', 'force_id', 'platform', 'kind', 'team']).where('created_at', '<', createdBefore);
      if (scope !== null) q = q.where('force_id', '=', scope);
      return (await q.execute()).map((r) => ({ id: r.id, forceId: r.force_id, platform: r.platform, kind: r.kind, team: r.team }));
    },
    async events(scope, before) {
      let q = db.selectFrom('account_events').select(['account_id', 'force_id', 'to_status', 'reason_category', 'conditions', 'at', 'id'])
        .where('at', '<', before);
      if (scope !== null) q = q.where('force_id', '=', scope);
      // Ordered so that the last event of an account is its state (ids are time-ordered UUIDv7 for ties).
      return (await q.orderBy('at').orderBy('id').execute()).map((r) => ({
        accountId: r.account_id, forceId: r.force_id, toStatus: r.to_status, reasonCategory: r.reason_category,
        conditions: parseConditions(r.conditions), at: r.at,
      }));
    },
    async operators(scope, addedBefore) {
      let q = db.selectFrom('account_operators as o').innerJoin('people as p', 'p.id', 'o.person_id')
        .select(['o.account_id', 'o.person_id', 'o.force_id', 'p.team']).where('o.added_at', '<', addedBefore);
      if (scope !== null) q = q.where('o.force_id', '=', scope);
      return (await q.execute()).map((r) => ({ accountId: r.account_id, personId: r.person_id, forceId: r.force_id, team: r.team }));
    },
    async training(scope, completedBy) {
      let q = db.selectFrom('training_records').select(['person_id', 'force_id', 'completed_on', 'expires_on']).where('completed_on', '<=', completedBy);
      if (scope !== null) q = q.where('force_id', '=', scope);
      return (await q.execute()).map((r) => ({ personId: r.person_id, forceId: r.force_id, completedOn: r.completed_on, expiresOn: r.expires_on }));
    },
    async posts(scope, r) {
      let q = db.selectFrom('posts as p').innerJoin('accounts as a', 'a.id', 'p.account_id')
        .select([
          'p.force_id', month('p.published_at').as('month'), 'a.team', 'p.verdict',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('p.published_at', '>=', r.start).where('p.published_at', '<', r.endExclusive);
      if (scope !== null) q = q.where('p.force_id', '=', scope);
      const rows = await q.groupBy(['p.force_id', month('p.published_at'), 'a.team', 'p.verdict']).execute();
      return rows.map((x) => ({ forceId: x.force_id, month: x.month, team: x.team, verdict: x.verdict, n: Number(x.n) }));
    },
    async drafts(scope, r) {
      let q = db.selectFrom('drafts')
        .select(['force_id', month('created_at').as('month'), 'verdict', (eb) => eb.fn.countAll<number>().as('n')])
        .where('created_at', '>=', r.start).where('created_at', '<', r.endExclusive);
      if (scope !== null) q = q.where('force_id', '=', scope);
      const rows = await q.groupBy(['force_id', month('created_at'), 'verdict']).execute();
      return rows.map((x) => ({ forceId: x.force_id, month: x.month, verdict: x.verdict, n: Number(x.n) }));
    },
    async findings(scope, r) {
      let q = db.selectFrom('findings as f').innerJoin('posts as p', 'p.id', 'f.post_id').innerJoin('accounts as a', 'a.id', 'p.account_id')
        .select([
          'f.force_id', month('p.published_at').as('month'), 'a.team', 'f.rule', 'f.status',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where('p.published_at', '>=', r.start).where('p.published_at', '<', r.endExclusive);
      if (scope !== null) q = q.where('f.force_id', '=', scope);
      const rows = await q.groupBy(['f.force_id', month('p.published_at'), 'a.team', 'f.rule', 'f.status']).execute();
      return rows.map((x) => ({ forceId: x.force_id, month: x.month, team: x.team, rule: x.rule, status: x.status, n: Number(x.n) }));
    },
    async reviews(scope, r) {
      let q = db.selectFrom('findings as f').innerJoin('posts as p', 'p.id', 'f.post_id')
        .select(['f.force_id', 'f.created_at', 'f.reviewed_at'])
        .where('p.published_at', '>=', r.start).where('p.published_at', '<', r.endExclusive)
        .where('f.reviewed_at', 'is not', null);
      if (scope !== null) q = q.where('f.force_id', '=', scope);
      return (await q.execute()).map((x) => ({ forceId: x.force_id, createdAt: x.created_at, reviewedAt: x.reviewed_at as string }));
    },
    async closedCases(scope, r) {
      let q = db.selectFrom('cases').select(['force_id', 'outcome', 'opened_at', 'closed_at'])
        .where('status', '=', 'closed').where('closed_at', '>=', r.start).where('closed_at', '<', r.endExclusive);
      if (scope !== null) q = q.where('force_id', '=', scope);
      return (await q.execute()).map((x) => ({ forceId: x.force_id, outcome: x.outcome, openedAt: x.opened_at, closedAt: x.closed_at as string }));
    },
  };
}
