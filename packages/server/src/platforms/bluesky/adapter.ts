/**
 * Bluesky over the AT Protocol (@atproto/api): sign in with the handle and an
 * app password (the session is kept, sealed, between polls so Peel does not
 * sign in every minute), pick up new posts with com.atproto.repo.listRecords
 * (newest first, until the newest post seen last time), publish with
 * createRecord and delete with deleteRecord.
 */
import { AtpAgent, type AtpSessionData } from '@atproto/api';
import type { IncomingPost } from '../ingest.js';
import { PlatformError, RateLimited, type Credentials, type LinkState, type PlatformAdapter, type PlatformClient } from '../types.js';

const COLLECTION = 'app.bsky.feed.post';
/** Pages of 100 read on one poll (the first poll of a new link backfills this many). */
export const MAX_PAGES = 10;

/** The record key of an at:// URI (TIDs sort in time order). */
export const rkeyOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

function platformError(e: unknown): PlatformError {
  const x = e as { status?: number; headers?: Record<string, string>; error?: string };
  if (x?.status === 429) {
    const reset = Number(x.headers?.['ratelimit-reset']);
    return new RateLimited(new Date(Number.isFinite(reset) && reset > 0 ? reset * 1000 : Date.now() + 60_000));
  }
  if (x?.status === 401 || x?.error === 'AuthenticationRequired' || x?.error === 'AuthFactorTokenRequired') {
    return new PlatformError('Bluesky refused the handle or app password.', 401);
  }
  return new PlatformError(`Bluesky request failed${x?.status ? ` (HTTP ${x.status})` : ''}${x?.error ? ` (${x.error})` : ''}.`, x?.status);
}

class BlueskyClient implements PlatformClient {
  private readonly agent: AtpAgent;
  private ready: Promise<string> | undefined;

  constructor(service: string, private readonly creds: Credentials, private readonly state: LinkState) {
    this.agent = new AtpAgent({ service });
  }

  /** Resume the kept session (refreshing it if needed), or sign in. Resolves to the account's DID. */
  private session(): Promise<string> {
    this.ready ??= (async () => {
      const kept = typeof this.state.session === 'string' ? (JSON.parse(this.state.session) as AtpSessionData) : undefined;
      if (kept) {
        try {
          await this.agent.resumeSession(kept);
          return this.agent.session!.did;
        } catch {
          // Expired beyond refresh: sign in again below.
        }
      }
      try {
        await this.agent.login({ identifier: this.creds.handle!, password: this.creds.appPassword! });
      } catch (e) {
        this.ready = undefined;
        throw platformError(e);
      }
      return this.agent.session!.did;
    })();
    return this.ready;
  }

  async verify(): Promise<{ identifier: string; handle: string }> {
    const did = await this.session();
    return { identifier: did, handle: this.agent.session!.handle };
  }

  async poll(): Promise<{ posts: IncomingPost[]; state: LinkState }> {
    const did = await this.session();
    const last = typeof this.state.lastRkey === 'string' ? this.state.lastRkey : undefined;
    const posts: IncomingPost[] = [];
    let newest = last;
    let cursor: string | undefined;
    try {
      pages: for (let page = 0; page < MAX_PAGES; page++) {
        const res = await this.agent.com.atproto.repo.listRecords({ repo: did, collection: COLLECTION, limit: 100, cursor });
        for (const rec of res.data.records) {
          const rkey = rkeyOf(rec.uri);
          if (last !== undefined && rkey <= last) break pages;
          if (newest === undefined || rkey > newest) newest = rkey;
          const value = rec.value as { text?: unknown; createdAt?: unknown };
          if (typeof value.text !== 'string') continue;
          const created = typeof value.createdAt === 'string' && !Number.isNaN(Date.parse(value.createdAt)) ? new Date(value.createdAt).toISOString() : new Date().toISOString();
          posts.push({ externalId: rec.uri, text: value.text, publishedAt: created, url: `https://bsky.app/profile/${did}/post/${rkey}` });
        }
        if (!res.data.cursor || res.data.records.length === 0) break;
        cursor = res.data.cursor;
      }
    } catch (e) {
      throw platformError(e);
    }
    return { posts, state: { ...this.state, lastRkey: newest, session: JSON.stringify(this.agent.session) } };
  }

  async publish(text: string): Promise<{ externalId: string; url: string | null }> {
    const did = await this.session();
    try {
      const res = await this.agent.com.atproto.repo.createRecord({
        repo: did, collection: COLLECTION, record: { $type: COLLECTION, text, createdAt: new Date().toISOString() },
      });
      return { externalId: res.data.uri, url: `https://bsky.app/profile/${did}/post/${rkeyOf(res.data.uri)}` };
    } catch (e) {
      throw platformError(e);
    }
  }

  async delete(externalId: string): Promise<void> {
    const did = await this.session();
    if (!externalId.startsWith(`at://${did}/${COLLECTION}/`)) throw new PlatformError('This post is not in the linked Bluesky account.');
    try {
      await this.agent.com.atproto.repo.deleteRecord({ repo: did, collection: COLLECTION, rkey: rkeyOf(externalId) });
    } catch (e) {
      throw platformError(e);
    }
  }
}

/** The Bluesky adapter. */
export const blueskyAdapter: PlatformAdapter = {
  platform: 'bluesky',
  defaultService: 'https://bsky.social',
  // listRecords is cheap and generously rate-limited: poll often, so a post is checked within seconds.
  defaultPollSeconds: 5,
  credentialFields: ['handle', 'appPassword'],
  connect: (service, credentials, state) => new BlueskyClient(service, credentials, state),
};
