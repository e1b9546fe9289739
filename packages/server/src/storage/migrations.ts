/**
 * Versioned migrations: one ordered list that runs on SQLite and PostgreSQL.
 * Each migration receives the dialect so the few non-portable statements
 * (append-only triggers) can be written for each; everything else uses
 * Kysely's schema builder with portable types (see schema.ts).
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** The two supported SQL dialects. */
export type DialectName = 'sqlite' | 'postgres';

/** One migration. Names sort in the order they run. */
export interface PeelMigration {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

const ts = 'text';

async function initial(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const s = db.schema;
  await s.createTable('forces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('oidc', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('policy_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('policy_versions_force_version', ['force_id', 'version'])
    .execute();

  await s.createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('supervisor_id', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('people_force_number', ['force_id', 'number'])
    .execute();

  await s.createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.references('forces.id'))
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ts)
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('oidc_issuer', 'text')
    .addColumn('oidc_subject', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('users_oidc', ['oidc_issuer', 'oidc_subject'])
    .execute();

  await s.createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts)
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .execute();

  await s.createTable('one_time_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();

  await s.createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('trust_tier', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('accounts_force_platform_handle', ['force_id', 'platform', 'handle'])
    .execute();

  await s.createTable('account_operators')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('added_by', 'text')
    .addColumn('added_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('account_operators_pk', ['account_id', 'person_id'])
    .execute();

  await s.createTable('account_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason_category', 'text')
    .addColumn('reason', 'text')
    .addColumn('conditions', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('training_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('course', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('author_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('auto_approved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', ts)
    .addColumn('decision_note', 'text')
    .addColumn('approval_expires_at', ts)
    .addColumn('post_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('draft_id', 'text', (c) => c.references('drafts.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_url', 'text')
    .addColumn('published_at', ts, (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('subject_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('subject_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('opened_by', 'text')
    .addColumn('opened_at', ts, (c) => c.notNull())
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', ts)
    .execute();

  await s.createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('ranges', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', ts)
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('case_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('assignee_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('done_at', ts)
    .addColumn('done_by', 'text')
    .execute();

  await s.createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('force_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await s.createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  const indexes: Array<[string, string, string[]]> = [
    ['people_force', 'people', ['force_id', 'name']],
    ['people_supervisor', 'people', ['supervisor_id']],
    ['users_force', 'users', ['force_id']],
    ['sessions_user', 'sessions', ['user_id']],
    ['api_tokens_user', 'api_tokens', ['user_id']],
    ['accounts_force', 'accounts', ['force_id', 'created_at']],
    ['account_operators_person', 'account_operators', ['person_id']],
    ['account_events_account', 'account_events', ['account_id', 'at']],
    ['training_person', 'training_records', ['person_id', 'expires_on']],
    ['training_expiry', 'training_records', ['expires_on']],
    ['drafts_force_status', 'drafts', ['force_id', 'status', 'created_at']],
    ['drafts_author', 'drafts', ['author_person_id', 'created_at']],
    ['posts_force', 'posts', ['force_id', 'published_at']],
    ['findings_force_status', 'findings', ['force_id', 'status', 'created_at']],
    ['findings_post', 'findings', ['post_id']],
    ['findings_case', 'findings', ['case_id']],
    ['cases_force', 'cases', ['force_id', 'opened_at']],
    ['case_notes_case', 'case_notes', ['case_id', 'created_at']],
    ['tasks_force_status', 'tasks', ['force_id', 'status', 'created_at']],
    ['audit_force', 'audit_log', ['force_id', 'seq']],
  ];
  for (const [name, table, cols] of indexes) await s.createIndex(name).on(table).columns(cols).execute();

  await appendOnlyTriggers(db, dialect);
}

/** Refuse UPDATE and DELETE on the audit log at the database level too. */
async function appendOnlyTriggers(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete']) {
      await sql.raw(`create trigger audit_log_no_${op} before ${op} on audit_log
        begin select raise(abort, 'audit log is append-only'); end`).execute(db);
    }
    return;
  }
  await sql.raw(`create function peel_audit_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit log is append-only'; end $$`).execute(db);
  await sql.raw(`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function peel_audit_append_only()`).execute(db);
}

/** All migrations, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly PeelMigration[] = [
  { name: '0001_initial', up: initial },
  { name: '0002_connectors', up: (db, d) => import('./migrations-connectors.js').then((m) => m.connectorsMigration(db, d)) },
  { name: '0003_appeal_subjects', up: (db) => import('./migrations-connectors.js').then((m) => m.appealSubjectsMigration(db)) },
  { name: '0004_retention_sweep_index', up: (db) => import('./migrations-connectors.js').then((m) => m.retentionSweepIndexMigration(db)) },
];

/** Adapts the list to Kysely's Migrator (which records and locks runs on both dialects). */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const m of MIGRATIONS) out[m.name] = { up: (db) => m.up(db, dialect) };
      return out;
    },
  };
}
