/**
 * Migration for connectors, imports, jobs and retention (tables typed in
 * schema-connectors.ts). Portable types only, like the initial migration.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './migrations.js';

const ts = 'text';

/**
 * 0004: the retention sweep looks for recent R1/R2 findings across all forces
 * (rule, message, created_at); 0002's index starts with the force, so it could not serve it.
 */
export async function retentionSweepIndexMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('findings_rule_message').ifExists().execute();
  await db.schema.createIndex('findings_rule_message_created').on('findings').columns(['rule', 'message_id', 'created_at']).execute();
}

/** 0003: the appeal index (who each R1/R2 appeal is about). */
export async function appealSubjectsMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('appeal_subjects')
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('published_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('appeal_subjects_pk', ['post_id', 'rule', 'name', 'word'])
    .execute();
  await db.schema.createIndex('appeal_subjects_word').on('appeal_subjects').columns(['force_id', 'rule', 'word', 'published_at']).execute();
  await db.schema.createIndex('appeal_subjects_account').on('appeal_subjects').columns(['account_id', 'rule', 'published_at']).execute();
}

/** 0002: post references, imports, jobs, platform links, webhooks, removal tasks. */
export async function connectorsMigration(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const s = db.schema;
  await s.createTable('post_refs')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('deleted_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('post_refs_pk', ['account_id', 'external_id'])
    .execute();

  await s.createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .execute();

  await s.createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('run_at', ts, (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', ts)
    .addColumn('singleton_key', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('platform_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().unique().references('accounts.id'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('poll_seconds', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('last_polled_at', ts)
    .addColumn('last_error', 'text')
    .addColumn('backoff_until', ts)
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await s.createTable('webhook_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('revoked_at', ts)
    .execute();

  await s.createTable('webhook_deliveries')
    .addColumn('source_id', 'text', (c) => c.notNull().references('webhook_sources.id'))
    .addColumn('delivery_id', 'text', (c) => c.notNull())
    .addColumn('received_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['source_id', 'delivery_id'])
    .execute();

  await s.createTable('removal_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('trigger_post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('done_at', ts)
    .addUniqueConstraint('removal_tasks_trigger', ['trigger_post_id', 'rule', 'subject_key'])
    .execute();

  await s.createTable('removal_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('removal_tasks.id'))
    .addColumn('force_id', 'text', (c) => c.notNull().references('forces.id'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('acted_by', 'text')
    .addColumn('acted_at', ts)
    .addColumn('error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('removal_items_task_post', ['task_id', 'post_id'])
    .execute();

  const indexes: Array<[string, string, string[]]> = [
    ['post_refs_post', 'post_refs', ['post_id']],
    ['imports_force', 'imports', ['force_id', 'created_at']],
    ['jobs_due', 'jobs', ['status', 'queue', 'run_at']],
    ['platform_links_due', 'platform_links', ['status', 'last_polled_at']],
    ['webhook_sources_force', 'webhook_sources', ['force_id']],
    ['webhook_deliveries_age', 'webhook_deliveries', ['received_at']],
    ['removal_tasks_force', 'removal_tasks', ['force_id', 'status', 'created_at']],
    ['removal_items_post', 'removal_items', ['post_id']],
    // Retention looks up earlier appeals by rule and message across a force's posts.
    ['findings_rule_message', 'findings', ['force_id', 'rule', 'message_id']],
  ];
  for (const [name, table, cols] of indexes) await s.createIndex(name).on(table).columns(cols).execute();
  // One queued/running job per singleton key; done and failed jobs keep their key for the record.
  await s.createIndex('jobs_singleton').on('jobs').column('singleton_key').unique()
    .where(sql<boolean>`singleton_key is not null and status in ('queued', 'running')`)
    .execute();
}
