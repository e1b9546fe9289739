/** SQL repositories for cases, tasks and the audit log. */
import type { Kysely } from 'kysely';
import { canonicalJson, entryHash } from '../../domain/audit-chain.js';
import type { AuditEntry } from '../../domain/model.js';
import type { Database } from '../schema.js';
import type { AuditRepo, CaseRepo, TaskRepo } from '../store.js';
import { toPage, window } from './paging.js';
import * as rows from './rows.js';

type Db = Kysely<Database>;

export function caseRepo(db: Db): CaseRepo {
  return {
    async create(c) {
      await db.insertInto('cases').values({
        id: c.id, force_id: c.forceId, subject_person_id: c.subjectPersonId, subject_account_id: c.subjectAccountId,
        summary: c.summary, status: c.status, outcome: c.outcome, opened_by: c.openedBy, opened_at: c.openedAt,
        closed_by: c.closedBy, closed_at: c.closedAt,
      }).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('cases').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.caseRow(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('cases').selectAll().where('force_id', '=', forceId);
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      const rs = await q.orderBy('opened_at', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.caseRow);
    },
    async close(forceId, id, outcome, by, at) {
      const r = await db.updateTable('cases').set({ status: 'closed', outcome, closed_by: by, closed_at: at })
        .where('force_id', '=', forceId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async addNote(n) {
      await db.insertInto('case_notes').values({
        id: n.id, case_id: n.caseId, force_id: n.forceId, author_id: n.authorId, body: n.body, created_at: n.createdAt,
      }).execute();
    },
    async notes(forceId, caseId) {
      return (await db.selectFrom('case_notes').selectAll().where('force_id', '=', forceId).where('case_id', '=', caseId)
        .orderBy('created_at').orderBy('id').execute()).map(rows.caseNote);
    },
    async countByOutcome(forceId) {
      let q = db.selectFrom('cases').select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'closed').groupBy('outcome');
      if (forceId !== null) q = q.where('force_id', '=', forceId);
      const out: Record<string, number> = {};
      for (const r of await q.execute()) out[r.outcome ?? 'none'] = Number(r.n);
      return out;
    },
  };
}

export function taskRepo(db: Db): TaskRepo {
  return {
    async create(t) {
      const r = await db.insertInto('tasks').values({
        id: t.id, force_id: t.forceId, kind: t.kind, assignee_person_id: t.assigneePersonId, subject_type: t.subjectType,
        subject_id: t.subjectId, dedupe_key: t.dedupeKey, status: t.status, created_at: t.createdAt,
        done_at: t.doneAt, done_by: t.doneBy,
      }).onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async get(forceId, id) {
      const r = await db.selectFrom('tasks').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.task(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('tasks').selectAll().where('force_id', '=', forceId);
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      if (filter.assigneePersonIds !== undefined) {
        if (filter.assigneePersonIds.length === 0) return { items: [], nextCursor: null };
        q = q.where('assignee_person_id', 'in', filter.assigneePersonIds);
      }
      const rs = await q.orderBy('created_at', 'desc').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.task);
    },
    async complete(forceId, id, by, at) {
      // Clearing the dedupe key lets the same problem raise a fresh task if it comes back.
      const r = await db.updateTable('tasks').set({ status: 'done', done_by: by, done_at: at, dedupe_key: null })
        .where('force_id', '=', forceId).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async completeByKey(forceId, dedupeKey, by, at) {
      const r = await db.updateTable('tasks').set({ status: 'done', done_by: by, done_at: at, dedupe_key: null })
        .where('force_id', '=', forceId).where('dedupe_key', '=', dedupeKey).where('status', '=', 'open').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export function auditRepo(db: Db): AuditRepo {
  return {
    async append(e) {
      // Bumping the head first takes its row lock (PostgreSQL) or the write lock (SQLite):
      // appends are serialised until the transaction ends, so the chain never forks.
      await db.updateTable('audit_head').set((eb) => ({ seq: eb('seq', '+', 1) })).where('id', '=', 1).execute();
      const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
      const dataText = canonicalJson(e.data);
      const entry: Omit<AuditEntry, 'hash'> = {
        seq: Number(head.seq), at: e.at, forceId: e.forceId, actorId: e.actorId, action: e.action,
        subjectType: e.subjectType, subjectId: e.subjectId,
        // Hash what will be read back, so verification sees exactly the same value.
        data: JSON.parse(dataText) as Record<string, unknown>, prevHash: head.hash,
      };
      const hash = entryHash(entry);
      await db.insertInto('audit_log').values({
        seq: entry.seq, at: entry.at, force_id: entry.forceId, actor_id: entry.actorId, action: entry.action,
        subject_type: entry.subjectType, subject_id: entry.subjectId, data: dataText, prev_hash: entry.prevHash, hash,
      }).execute();
      await db.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
      return { ...entry, hash };
    },
    async list(forceId, page) {
      const w = window(page);
      let q = db.selectFrom('audit_log').selectAll();
      if (forceId !== null) q = q.where('force_id', '=', forceId);
      const rs = await q.orderBy('seq', 'desc').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.audit);
    },
    async range(afterSeq, limit) {
      return (await db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute())
        .map(rows.audit);
    },
    async head() {
      const h = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
      return { seq: Number(h.seq), hash: h.hash };
    },
  };
}
