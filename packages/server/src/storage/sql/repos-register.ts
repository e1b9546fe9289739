/** SQL repositories for forces, policies, people, users, sessions and tokens. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type {
  ApiTokenRepo, ForceRepo, OneTimeTokenRepo, PeopleRepo, PolicyRepo, SessionRepo, UserRepo,
} from '../store.js';
import { toPage, window } from './paging.js';
import * as rows from './rows.js';

type Db = Kysely<Database>;

export function forceRepo(db: Db): ForceRepo {
  return {
    async create(f) {
      await db.insertInto('forces').values({
        id: f.id, code: f.code, name: f.name, oidc: f.oidc ? JSON.stringify(f.oidc) : null, created_at: f.createdAt,
      }).execute();
    },
    async get(id) {
      const r = await db.selectFrom('forces').selectAll().where('id', '=', id).executeTakeFirst();
      return r && rows.force(r);
    },
    async getByCode(code) {
      const r = await db.selectFrom('forces').selectAll().where('code', '=', code).executeTakeFirst();
      return r && rows.force(r);
    },
    async list() {
      return (await db.selectFrom('forces').selectAll().orderBy('code').execute()).map(rows.force);
    },
    async setOidc(id, oidc) {
      await db.updateTable('forces').set({ oidc: oidc ? JSON.stringify(oidc) : null }).where('id', '=', id).execute();
    },
  };
}

export function policyRepo(db: Db): PolicyRepo {
  return {
    async add(p) {
      await db.insertInto('policy_versions').values({
        id: p.id, force_id: p.forceId, version: p.version, document: JSON.stringify(p.document), note: p.note,
        created_by: p.createdBy, created_at: p.createdAt,
      }).execute();
    },
    async current(forceId) {
      const r = await db.selectFrom('policy_versions').selectAll().where('force_id', '=', forceId)
        .orderBy('version', 'desc').limit(1).executeTakeFirst();
      return r && rows.policy(r);
    },
    async history(forceId, page) {
      const w = window(page);
      const rs = await db.selectFrom('policy_versions').selectAll().where('force_id', '=', forceId)
        .orderBy('version', 'desc').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.policy);
    },
  };
}

export function peopleRepo(db: Db): PeopleRepo {
  return {
    async create(p) {
      await db.insertInto('people').values({
        id: p.id, force_id: p.forceId, name: p.name, number: p.number, rank: p.rank, team: p.team,
        supervisor_id: p.supervisorId, created_at: p.createdAt, updated_at: p.updatedAt,
      }).execute();
    },
    async get(forceId, id) {
      const r = await db.selectFrom('people').selectAll().where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return r && rows.person(r);
    },
    async list(forceId, page, filter = {}) {
      const w = window(page);
      let q = db.selectFrom('people').selectAll().where('force_id', '=', forceId);
      if (filter.team !== undefined) q = q.where('team', '=', filter.team);
      if (filter.supervisorId !== undefined) q = q.where('supervisor_id', '=', filter.supervisorId);
      const rs = await q.orderBy('name').orderBy('id').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.person);
    },
    async update(forceId, id, patch) {
      const r = await db.updateTable('people').set({
        name: patch.name, number: patch.number, rank: patch.rank, team: patch.team,
        supervisor_id: patch.supervisorId, updated_at: patch.updatedAt,
      }).where('force_id', '=', forceId).where('id', '=', id).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export function userRepo(db: Db): UserRepo {
  return {
    async create(u) {
      await db.insertInto('users').values({
        id: u.id, force_id: u.forceId, person_id: u.personId, email: u.email.toLowerCase(), display_name: u.displayName,
        password_hash: u.passwordHash, roles: JSON.stringify(u.roles), failed_logins: u.failedLogins,
        locked_until: u.lockedUntil, disabled: u.disabled ? 1 : 0, oidc_issuer: u.oidcIssuer,
        oidc_subject: u.oidcSubject, created_at: u.createdAt,
      }).execute();
    },
    async get(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && rows.user(r);
    },
    async getByEmail(email) {
      const r = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return r && rows.user(r);
    },
    async getByOidc(issuer, subject) {
      const r = await db.selectFrom('users').selectAll().where('oidc_issuer', '=', issuer)
        .where('oidc_subject', '=', subject).executeTakeFirst();
      return r && rows.user(r);
    },
    async list(forceId, page) {
      const w = window(page);
      let q = db.selectFrom('users').selectAll();
      if (forceId !== null) q = q.where('force_id', '=', forceId);
      const rs = await q.orderBy('email').limit(w.limit + 1).offset(w.offset).execute();
      return toPage(rs, w, rows.user);
    },
    async update(id, patch) {
      const r = await db.updateTable('users').set({
        roles: patch.roles && JSON.stringify(patch.roles),
        disabled: patch.disabled === undefined ? undefined : patch.disabled ? 1 : 0,
        display_name: patch.displayName, password_hash: patch.passwordHash, person_id: patch.personId,
        oidc_issuer: patch.oidcIssuer, oidc_subject: patch.oidcSubject,
      }).where('id', '=', id).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async recordFailedLogin(id, lockAfter, lockedUntil) {
      // One statement, so concurrent failures cannot lose a count.
      await db.updateTable('users').set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', id).execute();
      const r = await db.selectFrom('users').select('failed_logins').where('id', '=', id).executeTakeFirstOrThrow();
      const n = Number(r.failed_logins);
      if (n >= lockAfter) {
        await db.updateTable('users').set({ locked_until: lockedUntil, failed_logins: 0 }).where('id', '=', id).execute();
      }
      return n;
    },
    async resetFailedLogins(id) {
      await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
    },
    async count() {
      const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async anyWithRole(role) {
      // Roles are a JSON array of known words, so a quoted LIKE match is exact.
      const r = await db.selectFrom('users').select('id').where('roles', 'like', `%"${role}"%`).limit(1).executeTakeFirst();
      return r !== undefined;
    },
  };
}

export function sessionRepo(db: Db): SessionRepo {
  return {
    async create(s) {
      await db.insertInto('sessions').values({
        id: s.id, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt,
      }).execute();
    },
    async get(id) {
      const r = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r && rows.session(r);
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async deleteExpired(now) {
      const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export function apiTokenRepo(db: Db): ApiTokenRepo {
  return {
    async create(t) {
      await db.insertInto('api_tokens').values({
        id: t.id, user_id: t.userId, name: t.name, secret_hash: t.secretHash, scopes: JSON.stringify(t.scopes),
        created_at: t.createdAt, expires_at: t.expiresAt, last_used_at: t.lastUsedAt, revoked_at: t.revokedAt,
      }).execute();
    },
    async get(id) {
      const r = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return r && rows.apiToken(r);
    },
    async listForUser(userId) {
      return (await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute())
        .map(rows.apiToken);
    },
    async revoke(id, at) {
      const r = await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id)
        .where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
  };
}

export function oneTimeTokenRepo(db: Db): OneTimeTokenRepo {
  return {
    async create(t) {
      await db.insertInto('one_time_tokens').values({
        id: t.id, purpose: t.purpose, data: t.data === null || t.data === undefined ? null : JSON.stringify(t.data),
        created_at: t.createdAt, expires_at: t.expiresAt, used_at: t.usedAt,
      }).execute();
    },
    async consume(id, purpose, now) {
      const r = await db.updateTable('one_time_tokens').set({ used_at: now }).where('id', '=', id)
        .where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return undefined;
      const row = await db.selectFrom('one_time_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row && rows.oneTime(row);
    },
  };
}

