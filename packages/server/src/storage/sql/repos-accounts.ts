/** SQL repositories for accounts (with operators and lifecycle events) and training. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AccountRepo, TrainingRepo } from '../store.js';
import { toPage, window } from './paging.js';
import * as rows from './rows.js';

type Db = Kysely<Database>;

export function accountRepo(db: Db): AccountRepo {
  return {
    async create(a) {
      await db.insertInto('accounts').values({
        id: a.id, force_id: a.forceId, platform: a.platform, handle: a.handle, url: a.url, kind: a.kind,
        trust_tier: a.trustTier, status: a.status, team: a.team, version: a.version, created_at: a.createdAt,
        updated_at: a.updatedAt,
      }).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('accounts').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.account(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('accounts').selectAll('accounts').where('accounts.force_id', '=', forceId);
      if (filter.status !== undefined) q = q.where('accounts.status', '=', filter.status);
      if (filter.team !== undefined) q = q.where('accounts.team', '=', filter.team);
      if (filter.operatorPersonId !== undefined) {
        const pid = filter.operatorPersonId;
        q = q.where((eb) => eb.exists(eb.selectFrom('account_operators').select('account_operators.person_id')
          .whereRef('account_operators.account_id', '=', 'accounts.id').where('account_operators.person_id', '=', pid)));
      }
      const rs = await q.orderBy('accounts.created_at').orderBy('accounts.id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.account);
    },
    async setStatus(forceId, id, expectedVersion, status, now) {
      const r = await db.updateTable('accounts')
        .set((eb) => ({ status, updated_at: now, version: eb('version', '+', 1) }))
        .where('force_id', '=', forceId).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async addEvent(e) {
      await db.insertInto('account_events').values({
        id: e.id, account_id: e.accountId, force_id: e.forceId, from_status: e.fromStatus, to_status: e.toStatus,
        reason_category: e.reasonCategory, reason: e.reason,
        conditions: e.conditions.length ? JSON.stringify(e.conditions) : null, actor_id: e.actorId, at: e.at,
      }).execute();
    },
    async events(forceId, accountId) {
      return (await db.selectFrom('account_events').selectAll().where('force_id', '=', forceId)
        .where('account_id', '=', accountId).orderBy('at').orderBy('id').execute()).map(rows.accountEvent);
    },
    async addOperator(o) {
      const r = await db.insertInto('account_operators').values({
        account_id: o.accountId, person_id: o.personId, force_id: o.forceId, added_by: o.addedBy, added_at: o.addedAt,
      }).onConflict((oc) => oc.columns(['account_id', 'person_id']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async removeOperator(forceId, accountId, personId) {
      const r = await db.deleteFrom('account_operators').where('force_id', '=', forceId)
        .where('account_id', '=', accountId).where('person_id', '=', personId).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async operators(forceId, accountId) {
      return (await db.selectFrom('account_operators').selectAll().where('force_id', '=', forceId)
        .where('account_id', '=', accountId).orderBy('added_at').execute()).map(rows.operator);
    },
    async isOperator(forceId, accountId, personId) {
      const r = await db.selectFrom('account_operators').select('person_id').where('force_id', '=', forceId)
        .where('account_id', '=', accountId).where('person_id', '=', personId).executeTakeFirst();
      return r !== undefined;
    },
    async countByStatus(forceId) {
      let q = db.selectFrom('accounts').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status');
      if (forceId !== null) q = q.where('force_id', '=', forceId);
      const out: Record<string, number> = {};
      for (const r of await q.execute()) out[r.status] = Number(r.n);
      return out;
    },
  };
}

export function trainingRepo(db: Db): TrainingRepo {
  return {
    async add(t) {
      await db.insertInto('training_records').values({
        id: t.id, force_id: t.forceId, person_id: t.personId, course: t.course, completed_on: t.completedOn,
        expires_on: t.expiresOn, recorded_by: t.recordedBy, created_at: t.createdAt,
      }).execute();
    },
    async listForPerson(forceId, personId) {
      return (await db.selectFrom('training_records').selectAll().where('force_id', '=', forceId)
        .where('person_id', '=', personId).orderBy('completed_on', 'desc').execute()).map(rows.training);
    },
    async hasCurrent(forceId, personId, today) {
      const r = await db.selectFrom('training_records').select('id').where('force_id', '=', forceId)
        .where('person_id', '=', personId).where('completed_on', '<=', today)
        .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', today)])).limit(1).executeTakeFirst();
      return r !== undefined;
    },
    async lapsed(today) {
      const rs = await db.selectFrom('training_records as t')
        .select(['t.force_id', 't.person_id', (eb) => eb.fn.max('t.expires_on').as('expired_on')])
        .where('t.expires_on', '<', today)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('training_records as c').select('c.id')
          .whereRef('c.person_id', '=', 't.person_id')
          .where((e2) => e2.or([e2('c.expires_on', 'is', null), e2('c.expires_on', '>=', today)])))))
        .groupBy(['t.force_id', 't.person_id']).execute();
      return rs.map((r) => ({ forceId: r.force_id, personId: r.person_id, expiredOn: String(r.expired_on) }));
    },
  };
}
