/**
 * Linking register accounts to their platforms: credentials are checked with
 * the platform and sealed at rest; a link is polled for new posts (which are
 * checked and stored), publishes approved drafts and deletes posts for
 * retention. Errors stored on the link never contain post text.
 */
import type { Selectable } from 'kysely';
import { newId } from '../domain/context.js';
import { DomainError, invalid, notFound } from '../domain/errors.js';
import type { Account } from '../domain/model.js';
import { actorForce, authorize, type Actor } from '../policies/index.js';
import type { PlatformLinksTable } from '../storage/schema-connectors.js';
import { auditRepo } from '../storage/sql/repos-work.js';
import type { ConnectorEnv } from './env.js';
import { ingestPosts } from './ingest.js';
import { adapterFor } from './registry.js';
import { PlatformError, RateLimited, type Credentials, type LinkState, type PlatformClient } from './types.js';

/** A link as shown (never with credentials). */
export interface PlatformLink {
  id: string;
  forceId: string;
  accountId: string;
  platform: string;
  service: string;
  identifier: string;
  status: 'active' | 'paused';
  pollSeconds: number;
  lastPolledAt: string | null;
  lastError: string | null;
  backoffUntil: string | null;
  createdAt: string;
}

type Row = Selectable<PlatformLinksTable>;

async function loadRow(env: ConnectorEnv, forceId: string, accountId: string): Promise<Row | undefined> {
  return env.db.selectFrom('platform_links').selectAll().where('force_id', '=', forceId).where('account_id', '=', accountId).executeTakeFirst();
}

const toLink = (r: Row): PlatformLink => ({
  id: r.id, forceId: r.force_id, accountId: r.account_id, platform: r.platform, service: r.service, identifier: r.identifier,
  status: r.status as PlatformLink['status'], pollSeconds: Number(r.poll_seconds), lastPolledAt: r.last_polled_at,
  lastError: r.last_error, backoffUntil: r.backoff_until, createdAt: r.created_at,
});

const context = (linkId: string): string => `platform_links:${linkId}`;

const stateContext = (linkId: string): string => `platform_links.state:${linkId}`;

/** The polling state of a link (sealed: it may hold a session). */
export function readState(env: ConnectorEnv, row: Pick<Row, 'id' | 'state'>): LinkState {
  return row.state.startsWith('v1.') ? (JSON.parse(env.secrets().open(row.state, stateContext(row.id))) as LinkState) : {};
}

const sealState = (env: ConnectorEnv, linkId: string, state: LinkState): string => env.secrets().seal(JSON.stringify(state), stateContext(linkId));

/** A connected client for a stored link. */
export function clientFor(env: ConnectorEnv, row: Row): PlatformClient {
  const adapter = adapterFor(row.platform);
  if (!adapter) throw new PlatformError(`Peel has no connector for ${row.platform}.`);
  const creds = JSON.parse(env.secrets().open(row.secret, context(row.id))) as Credentials;
  return adapter.connect(row.service, creds, readState(env, row));
}

async function accountOf(env: ConnectorEnv, actor: Actor, accountId: string): Promise<Account> {
  authorize(actor, 'accounts.manage');
  const account = await env.store.accounts.get(actorForce(actor), accountId);
  if (!account) throw notFound('Account');
  return account;
}

/** Link an account: verify the credentials with the platform, then store them sealed. */
export async function linkAccount(
  env: ConnectorEnv, actor: Actor, accountId: string, input: { service?: string; credentials: Credentials; pollSeconds?: number },
): Promise<PlatformLink> {
  const account = await accountOf(env, actor, accountId);
  const adapter = adapterFor(account.platform);
  if (!adapter) throw invalid(`Peel cannot connect to ${account.platform} accounts; import their posts instead.`);
  for (const f of adapter.credentialFields) {
    if (typeof input.credentials[f] !== 'string' || input.credentials[f] === '') throw invalid(`credentials.${f} is required for ${account.platform}.`);
  }
  const service = input.service ?? adapter.defaultService;
  if (!service) throw invalid(`service (the server URL) is required for ${account.platform}.`);
  let who: { identifier: string; handle: string };
  try {
    who = await adapter.connect(service, input.credentials, {}).verify();
  } catch (e) {
    throw new DomainError('invalid', `The platform did not accept these credentials (${e instanceof PlatformError ? e.message : 'no answer'}).`);
  }
  const now = env.now().toISOString();
  const existing = await loadRow(env, account.forceId, account.id);
  const id = existing?.id ?? newId();
  const row = {
    id, force_id: account.forceId, account_id: account.id, platform: account.platform, service, identifier: who.identifier,
    secret: env.secrets().seal(JSON.stringify(input.credentials), context(id)), state: existing?.state ?? sealState(env, id, {}), status: 'active',
    poll_seconds: input.pollSeconds ?? adapter.defaultPollSeconds, last_polled_at: existing?.last_polled_at ?? null, last_error: null, backoff_until: null,
    created_by: actor.userId, created_at: existing?.created_at ?? now, updated_at: now,
  };
  await env.db.transaction().execute(async (tx) => {
    if (existing) await tx.updateTable('platform_links').set(row).where('id', '=', id).execute();
    else await tx.insertInto('platform_links').values(row).execute();
    await auditRepo(tx).append({
      at: now, forceId: account.forceId, actorId: actor.userId, action: 'platform.link', subjectType: 'account', subjectId: account.id,
      data: { platform: account.platform, service },
    });
  });
  return toLink(row);
}

/** The link of an account, if any. */
export async function getLink(env: ConnectorEnv, actor: Actor, accountId: string): Promise<PlatformLink | null> {
  const account = await accountOf(env, actor, accountId);
  const r = await loadRow(env, account.forceId, account.id);
  return r ? toLink(r) : null;
}

/** Remove a link (credentials are deleted with it). */
export async function unlinkAccount(env: ConnectorEnv, actor: Actor, accountId: string): Promise<void> {
  const account = await accountOf(env, actor, accountId);
  const r = await env.db.deleteFrom('platform_links').where('force_id', '=', account.forceId).where('account_id', '=', account.id).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound('Link');
  await env.store.audit.append({ at: env.now().toISOString(), forceId: account.forceId, actorId: actor.userId, action: 'platform.unlink', subjectType: 'account', subjectId: account.id, data: {} });
}

/** Links due for a poll (active, interval passed, not backing off). */
export async function dueLinks(env: ConnectorEnv, now: Date, limit = 200): Promise<Array<{ id: string; forceId: string; accountId: string }>> {
  const iso = now.toISOString();
  const rows = await env.db.selectFrom('platform_links').select(['id', 'force_id', 'account_id', 'poll_seconds', 'last_polled_at', 'backoff_until'])
    .where('status', '=', 'active').orderBy('last_polled_at').limit(limit * 5).execute();
  return rows.filter((r) => (r.backoff_until === null || r.backoff_until <= iso)
    && (r.last_polled_at === null || Date.parse(r.last_polled_at) + Number(r.poll_seconds) * 1000 <= now.getTime()))
    .slice(0, limit).map((r) => ({ id: r.id, forceId: r.force_id, accountId: r.account_id }));
}

/** Poll one link: store new posts (checked, findings kept), remember where it got to. Resolves to how many were stored. */
export async function pollLink(env: ConnectorEnv, linkId: string): Promise<number> {
  const row = await env.db.selectFrom('platform_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!row || row.status !== 'active') return 0;
  const account = await env.store.accounts.get(row.force_id, row.account_id);
  if (!account) return 0;
  const now = env.now().toISOString();
  try {
    const result = await clientFor(env, row).poll();
    const stored = result.posts.length === 0 ? 0 : (await ingestPosts(env, account, result.posts, {
      actorId: null, auditAction: 'platform.poll', auditData: { platform: row.platform },
    })).stored.length;
    await env.db.updateTable('platform_links').set({ state: sealState(env, row.id, result.state), last_polled_at: now, last_error: null, backoff_until: null, updated_at: now })
      .where('id', '=', row.id).execute();
    return stored;
  } catch (e) {
    const backoff = e instanceof RateLimited ? e.until.toISOString() : null;
    const message = e instanceof PlatformError ? e.message : `poll failed (${e instanceof Error ? e.name : 'Error'})`;
    await env.db.updateTable('platform_links').set({ last_polled_at: now, last_error: message, backoff_until: backoff, updated_at: now })
      .where('id', '=', row.id).execute();
    if (e instanceof RateLimited) return 0;
    throw e;
  }
}

/** The stored link row of an account (for publishing and deleting). */
export async function linkRowOf(env: ConnectorEnv, forceId: string, accountId: string): Promise<Row | undefined> {
  return loadRow(env, forceId, accountId);
}
