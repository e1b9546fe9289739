/** SQL repositories for drafts, published posts and findings. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DraftRepo, FindingRepo, PostRepo } from '../store.js';
import { toPage, window } from './paging.js';
import * as rows from './rows.js';

type Db = Kysely<Database>;

export function draftRepo(db: Db): DraftRepo {
  return {
    async create(d) {
      await db.insertInto('drafts').values({
        id: d.id, force_id: d.forceId, account_id: d.accountId, author_person_id: d.authorPersonId,
        author_user_id: d.authorUserId, text: d.text, status: d.status, verdict: d.verdict,
        report: JSON.stringify(d.report), engine_version: d.engineVersion, policy_version: d.policyVersion,
        auto_approved: d.autoApproved ? 1 : 0, decided_by: d.decidedBy, decided_at: d.decidedAt,
        decision_note: d.decisionNote, approval_expires_at: d.approvalExpiresAt, post_id: d.postId,
        version: d.version, created_at: d.createdAt, updated_at: d.updatedAt,
      }).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('drafts').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.draft(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('drafts').selectAll('drafts').where('drafts.force_id', '=', forceId);
      if (filter.status !== undefined) q = q.where('drafts.status', '=', filter.status);
      if (filter.authorPersonId !== undefined) q = q.where('drafts.author_person_id', '=', filter.authorPersonId);
      if (filter.team !== undefined) {
        const team = filter.team;
        q = q.where((eb) => eb.exists(eb.selectFrom('people').select('people.id')
          .whereRef('people.id', '=', 'drafts.author_person_id').where('people.team', '=', team)));
      }
      const rs = await q.orderBy('drafts.created_at', 'desc').orderBy('drafts.id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.draft);
    },
    async transition(forceId, id, expected, patch) {
      const r = await db.updateTable('drafts').set((eb) => ({
        status: patch.status, text: patch.text, verdict: patch.verdict,
        report: patch.report === undefined ? undefined : JSON.stringify(patch.report),
        engine_version: patch.engineVersion, policy_version: patch.policyVersion,
        auto_approved: patch.autoApproved === undefined ? undefined : patch.autoApproved ? 1 : 0,
        decided_by: patch.decidedBy, decided_at: patch.decidedAt, decision_note: patch.decisionNote,
        approval_expires_at: patch.approvalExpiresAt, post_id: patch.postId, updated_at: patch.updatedAt,
        version: eb('version', '+', 1),
      })).where('force_id', '=', forceId).where('id', '=', id).where('status', '=', expected.status)
        .where('version', '=', expected.version).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async approvalsExpiredBefore(now, limit) {
      return (await db.selectFrom('drafts').selectAll().where('status', '=', 'approved')
        .where('approval_expires_at', '<', now).orderBy('approval_expires_at').limit(limit).execute()).map(rows.draft);
    },
  };
}

export function postRepo(db: Db): PostRepo {
  return {
    async create(p) {
      await db.insertInto('posts').values({
        id: p.id, force_id: p.forceId, account_id: p.accountId, draft_id: p.draftId, text: p.text, source: p.source,
        external_url: p.externalUrl, published_at: p.publishedAt, verdict: p.verdict, report: JSON.stringify(p.report),
        engine_version: p.engineVersion, policy_version: p.policyVersion, created_by: p.createdBy, created_at: p.createdAt,
      }).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('posts').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.post(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('posts').selectAll().where('force_id', '=', forceId);
      if (filter.accountId !== undefined) q = q.where('account_id', '=', filter.accountId);
      const rs = await q.orderBy('published_at', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.post);
    },
  };
}

export function findingRepo(db: Db): FindingRepo {
  return {
    async createMany(fs) {
      if (fs.length === 0) return;
      await db.insertInto('findings').values(fs.map((f) => ({
        id: f.id, force_id: f.forceId, post_id: f.postId, rule: f.rule, severity: f.severity, message_id: f.messageId,
        message: f.message, confidence: f.confidence, ranges: JSON.stringify(f.ranges), status: f.status,
        review_reason: f.reviewReason, reviewed_by: f.reviewedBy, reviewed_at: f.reviewedAt, case_id: f.caseId,
        created_at: f.createdAt,
      }))).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('findings').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.finding(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('findings').selectAll().where('force_id', '=', forceId);
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      if (filter.postId !== undefined) q = q.where('post_id', '=', filter.postId);
      if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
      if (filter.rule !== undefined) q = q.where('rule', '=', filter.rule);
      const rs = await q.orderBy('created_at', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.finding);
    },
    async review(forceId, id, status, reason, by, at) {
      const r = await db.updateTable('findings').set({ status, review_reason: reason, reviewed_by: by, reviewed_at: at })
        .where('force_id', '=', forceId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async assignCase(forceId, ids, caseId) {
      if (ids.length === 0) return 0;
      const r = await db.updateTable('findings').set({ case_id: caseId }).where('force_id', '=', forceId)
        .where('id', 'in', ids).where('case_id', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async ruleCounts(forceId) {
      let q = db.selectFrom('findings').select(['rule', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['rule', 'status']);
      if (forceId !== null) q = q.where('force_id', '=', forceId);
      const by = new Map<string, { rule: string; open: number; confirmed: number; dismissed: number }>();
      for (const r of await q.execute()) {
        const c = by.get(r.rule) ?? { rule: r.rule, open: 0, confirmed: 0, dismissed: 0 };
        if (r.status === 'open' || r.status === 'confirmed' || r.status === 'dismissed') c[r.status] += Number(r.n);
        by.set(r.rule, c);
      }
      return [...by.values()].sort((a, b) => a.rule.localeCompare(b.rule));
    },
  };
}
