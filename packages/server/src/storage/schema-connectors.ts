/**
 * Kysely table types for connectors, imports, jobs and retention (issue 6).
 * Kept apart from schema.ts so the two can change independently; `Database`
 * extends `ConnectorTables`. Same portable column types as schema.ts.
 */
import type { IsoTime } from './schema.js';

/**
 * Which platform post a stored post is. The primary key (account, external id)
 * is what makes imports, polling and webhooks idempotent.
 */
export interface PostRefsTable {
  account_id: string;
  /** The platform's id of the post (tweet id, AT URI, status id, sender's id). */
  external_id: string;
  post_id: string;
  force_id: string;
  platform: string;
  /** Set once the post has been deleted from the platform. */
  deleted_at: IsoTime | null;
  created_at: IsoTime;
}

/** One import of a file (JSONL, CSV, X archive) into an account. */
export interface ImportsTable {
  id: string;
  force_id: string;
  account_id: string;
  /** `jsonl`, `csv` or `x-archive`. */
  kind: string;
  /** The file's base name (never its contents). */
  file_name: string;
  /** queued, running, done, failed. */
  status: string;
  /** Records read so far (including those already imported before). */
  processed: number;
  /** New posts stored. */
  imported: number;
  /** Records that were already stored (an earlier or interrupted run). */
  skipped: number;
  /** Records rejected (bad line); only counted when the import skips bad records. */
  rejected: number;
  /** Total records when known in advance (null while counting). */
  total: number | null;
  error: string | null;
  created_by: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
  finished_at: IsoTime | null;
}

/** The durable job table used on SQLite (PostgreSQL uses pg-boss's own tables). */
export interface JobsTable {
  id: string;
  queue: string;
  /** JSON payload. */
  payload: string;
  /** queued, running, done, failed. */
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: IsoTime;
  locked_by: string | null;
  locked_until: IsoTime | null;
  /** At most one queued or running job per key (e.g. one poll per account). */
  singleton_key: string | null;
  last_error: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** A register account linked to its platform, with encrypted credentials. */
export interface PlatformLinksTable {
  id: string;
  force_id: string;
  account_id: string;
  platform: string;
  /** Base URL of the service (PDS, Mastodon instance, X API prefix). */
  service: string;
  /** Handle, DID or user id on the platform. */
  identifier: string;
  /** AES-256-GCM sealed JSON of the credentials (see platforms/secrets.ts). */
  secret: string;
  /** JSON: polling state (cursor, since id, session tokens sealed separately). */
  state: string;
  /** active or paused. */
  status: string;
  /** Poll interval in seconds. */
  poll_seconds: number;
  last_polled_at: IsoTime | null;
  /** Why the last poll failed (never contains post text). */
  last_error: string | null;
  /** Not before this time (rate-limit back-off). */
  backoff_until: IsoTime | null;
  created_by: string | null;
  created_at: IsoTime;
  updated_at: IsoTime;
}

/** Another tool allowed to forward posts to Peel by signed webhook. */
export interface WebhookSourcesTable {
  id: string;
  force_id: string;
  account_id: string;
  name: string;
  /** AES-256-GCM sealed shared secret. */
  secret: string;
  created_by: string | null;
  created_at: IsoTime;
  revoked_at: IsoTime | null;
}

/** Delivery ids already accepted, for replay protection (pruned after the time window). */
export interface WebhookDeliveriesTable {
  source_id: string;
  delivery_id: string;
  received_at: IsoTime;
}

/** R1/R2: a found/arrested update, and the earlier appeals that must come down. */
export interface RemovalTasksTable {
  id: string;
  force_id: string;
  /** R1 or R2. */
  rule: string;
  /** The post that said found/arrested. */
  trigger_post_id: string;
  /** Normalised name of the person (lower case), used to match appeals. */
  subject_key: string;
  /** open or done. */
  status: string;
  created_at: IsoTime;
  done_at: IsoTime | null;
}

/** One appeal to remove, and what happened to it. */
export interface RemovalItemsTable {
  id: string;
  task_id: string;
  force_id: string;
  post_id: string;
  account_id: string;
  /** pending, deleted, failed, manual (the platform cannot delete through Peel), kept. */
  status: string;
  reason: string | null;
  acted_by: string | null;
  acted_at: IsoTime | null;
  /** Why the platform refused (never contains post text). */
  error: string | null;
  created_at: IsoTime;
}

/**
 * Who each missing-person (R1) or wanted (R2) appeal is about: one row per
 * word of each name in the appeal, so a "found"/"arrested" update finds its
 * appeals with an index look-up. An appeal naming nobody has one row with
 * empty word and name.
 */
export interface AppealSubjectsTable {
  force_id: string;
  rule: string;
  /** One lower-case word of the name ('' when the appeal names nobody). */
  word: string;
  /** The whole lower-case name, words separated by one space. */
  name: string;
  post_id: string;
  account_id: string;
  published_at: IsoTime;
}

/** Tables added by the connectors migration. */
export interface ConnectorTables {
  post_refs: PostRefsTable;
  imports: ImportsTable;
  jobs: JobsTable;
  platform_links: PlatformLinksTable;
  webhook_sources: WebhookSourcesTable;
  webhook_deliveries: WebhookDeliveriesTable;
  removal_tasks: RemovalTasksTable;
  removal_items: RemovalItemsTable;
  appeal_subjects: AppealSubjectsTable;
}
