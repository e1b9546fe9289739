/**
 * X API v2 with twitter-api-v2: user timeline polling (GET /2/users/:id/tweets
 * since the newest id seen), publishing (POST /2/tweets) and deletion
 * (DELETE /2/tweets/:id). Rate limits: the x-rate-limit-* headers of every
 * answer are read; a 429, or none remaining, backs off until the reset time.
 * The service URL is the API prefix (https://api.x.com/2/), so a local fake
 * can stand in for X in tests.
 */
import { ApiResponseError, TwitterApi, type TwitterRateLimit } from 'twitter-api-v2';
import { unescapeHtml } from '../../imports/x-archive/tweets.js';
import type { IncomingPost } from '../ingest.js';
import { PlatformError, RateLimited, type Credentials, type LinkState, type PlatformAdapter, type PlatformClient } from '../types.js';

/** Pages of 100 read on one poll (a new link backfills this many). */
export const MAX_PAGES = 10;

interface TweetsPage {
  data?: Array<{ id: string; text: string; created_at?: string }>;
  meta?: { newest_id?: string; next_token?: string; result_count?: number };
}

/** Numeric comparison of tweet ids (snowflakes, longer than a double holds). */
export const newerId = (a: string, b: string | undefined): boolean => b === undefined || a.length > b.length || (a.length === b.length && a > b);

function platformError(e: unknown): PlatformError {
  if (e instanceof ApiResponseError) {
    if (e.code === 429) return new RateLimited(new Date((e.rateLimit?.reset ?? Math.floor(Date.now() / 1000) + 900) * 1000));
    if (e.code === 401 || e.code === 403) return new PlatformError(`X refused the credentials (HTTP ${e.code}).`, e.code);
    return new PlatformError(`X request failed (HTTP ${e.code}).`, e.code);
  }
  return new PlatformError('X could not be reached.');
}

class XClient implements PlatformClient {
  private readonly api: TwitterApi;
  private readonly prefix: string;

  constructor(service: string, creds: Credentials, private readonly state: LinkState) {
    this.prefix = service.endsWith('/') ? service : `${service}/`;
    this.api = creds.appKey && creds.appSecret && creds.accessSecret
      ? new TwitterApi({ appKey: creds.appKey, appSecret: creds.appSecret, accessToken: creds.accessToken!, accessSecret: creds.accessSecret })
      : new TwitterApi(creds.accessToken!);
  }

  /** Before a call: still backing off after the last answer said none remaining? */
  private guard(): void {
    const until = typeof this.state.backoffUntil === 'number' ? this.state.backoffUntil : 0;
    if (until > Date.now()) throw new RateLimited(new Date(until));
  }

  private note(limit: TwitterRateLimit | undefined): void {
    if (limit && limit.remaining <= 0) this.state.backoffUntil = limit.reset * 1000;
  }

  async verify(): Promise<{ identifier: string; handle: string }> {
    try {
      const me = await this.api.get<{ data: { id: string; username: string } }>('users/me', {}, { prefix: this.prefix });
      return { identifier: me.data.id, handle: me.data.username };
    } catch (e) {
      throw platformError(e);
    }
  }

  async poll(): Promise<{ posts: IncomingPost[]; state: LinkState }> {
    this.guard();
    const userId = typeof this.state.userId === 'string' ? this.state.userId : (await this.verify()).identifier;
    const since = typeof this.state.sinceId === 'string' ? this.state.sinceId : undefined;
    const posts: IncomingPost[] = [];
    let newest = since;
    let token: string | undefined;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await this.api.get<TweetsPage>(`users/${userId}/tweets`, {
          max_results: 100, 'tweet.fields': 'created_at', ...(since ? { since_id: since } : {}), ...(token ? { pagination_token: token } : {}),
        }, { prefix: this.prefix, fullResponse: true });
        this.note(res.rateLimit);
        for (const t of res.data.data ?? []) {
          if (newerId(t.id, newest)) newest = t.id;
          const at = t.created_at && !Number.isNaN(Date.parse(t.created_at)) ? new Date(t.created_at).toISOString() : new Date().toISOString();
          posts.push({ externalId: t.id, text: unescapeHtml(t.text), publishedAt: at, url: `https://x.com/i/web/status/${t.id}` });
        }
        token = res.data.meta?.next_token;
        if (!token || (res.rateLimit && res.rateLimit.remaining <= 0)) break;
      }
    } catch (e) {
      throw platformError(e);
    }
    return { posts, state: { ...this.state, userId, sinceId: newest } };
  }

  async publish(text: string): Promise<{ externalId: string; url: string | null }> {
    this.guard();
    try {
      const res = await this.api.post<{ data: { id: string } }>('tweets', { text }, { prefix: this.prefix });
      return { externalId: res.data.id, url: `https://x.com/i/web/status/${res.data.id}` };
    } catch (e) {
      throw platformError(e);
    }
  }

  async delete(externalId: string): Promise<void> {
    this.guard();
    if (!/^\d{1,25}$/.test(externalId)) throw new PlatformError('Not an X post id.');
    try {
      const res = await this.api.delete<{ data?: { deleted?: boolean } }>(`tweets/${externalId}`, {}, { prefix: this.prefix });
      if (res.data?.deleted !== true) throw new PlatformError('X did not confirm the deletion.');
    } catch (e) {
      if (e instanceof PlatformError) throw e;
      throw platformError(e);
    }
  }
}

/** The X adapter. */
export const xAdapter: PlatformAdapter = {
  platform: 'x',
  defaultService: 'https://api.x.com/2/',
  // The user timeline endpoint allows few requests per 15 minutes on most access tiers.
  defaultPollSeconds: 300,
  // An OAuth 2.0 user access token; with appKey, appSecret and accessSecret too, OAuth 1.0a.
  credentialFields: ['accessToken'],
  connect: (service, credentials, state) => new XClient(service, credentials, state),
};
