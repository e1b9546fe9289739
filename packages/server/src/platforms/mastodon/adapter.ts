/**
 * Mastodon with masto: the account's statuses since the newest id seen
 * (GET /api/v1/accounts/:id/statuses?since_id=…), publishing
 * (POST /api/v1/statuses) and deletion (DELETE /api/v1/statuses/:id).
 * Status content is HTML; Peel checks its text.
 */
import { createRestAPIClient, MastoHttpError, type mastodon } from 'masto';
import { unescapeHtml } from '../../imports/x-archive/tweets.js';
import type { IncomingPost } from '../ingest.js';
import { PlatformError, RateLimited, type Credentials, type LinkState, type PlatformAdapter, type PlatformClient } from '../types.js';

/** Pages of 40 read on one poll. */
export const MAX_PAGES = 10;

/** Mastodon HTML to plain text: paragraphs and line breaks kept, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p[^>]*>/gi, '\n\n');
  return unescapeHtml(withBreaks.replace(/<[^>]*>/g, '')).trim();
}

/** Numeric comparison of status ids (decimal strings, possibly longer than a double holds). */
const newerId = (a: string, b: string | undefined): boolean => b === undefined || a.length > b.length || (a.length === b.length && a > b);

function platformError(e: unknown): PlatformError {
  if (e instanceof MastoHttpError) {
    if (e.statusCode === 429) return new RateLimited(new Date(Date.now() + 5 * 60_000));
    if (e.statusCode === 401 || e.statusCode === 403) return new PlatformError(`Mastodon refused the access token (HTTP ${e.statusCode}).`, e.statusCode);
    return new PlatformError(`Mastodon request failed (HTTP ${e.statusCode}).`, e.statusCode);
  }
  return new PlatformError('Mastodon could not be reached.');
}

class MastodonClient implements PlatformClient {
  private readonly api: mastodon.rest.Client;

  constructor(service: string, creds: Credentials, private readonly state: LinkState) {
    this.api = createRestAPIClient({ url: service, accessToken: creds.accessToken!, timeout: 30_000 });
  }

  async verify(): Promise<{ identifier: string; handle: string }> {
    try {
      const me = await this.api.v1.accounts.verifyCredentials();
      return { identifier: me.id, handle: me.acct };
    } catch (e) {
      throw platformError(e);
    }
  }

  async poll(): Promise<{ posts: IncomingPost[]; state: LinkState }> {
    const accountId = typeof this.state.accountId === 'string' ? this.state.accountId : (await this.verify()).identifier;
    const since = typeof this.state.sinceId === 'string' ? this.state.sinceId : undefined;
    const posts: IncomingPost[] = [];
    let newest = since;
    let maxId: string | undefined;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const batch = await this.api.v1.accounts.$select(accountId).statuses.list({ limit: 40, ...(since ? { sinceId: since } : {}), ...(maxId ? { maxId } : {}) });
        for (const s of batch) {
          if (newerId(s.id, newest)) newest = s.id;
          if (maxId === undefined || !newerId(s.id, maxId)) maxId = s.id;
          // A boost is someone else's post: the account published only the boost.
          if (s.reblog) continue;
          posts.push({ externalId: s.id, text: htmlToText(s.content), publishedAt: new Date(s.createdAt).toISOString(), url: s.url ?? s.uri });
        }
        if (batch.length < 40) break;
      }
    } catch (e) {
      throw platformError(e);
    }
    return { posts, state: { ...this.state, accountId, sinceId: newest } };
  }

  async publish(text: string): Promise<{ externalId: string; url: string | null }> {
    try {
      const s = await this.api.v1.statuses.create({ status: text, visibility: 'public' });
      return { externalId: s.id, url: s.url ?? s.uri };
    } catch (e) {
      throw platformError(e);
    }
  }

  async delete(externalId: string): Promise<void> {
    try {
      await this.api.v1.statuses.$select(externalId).remove();
    } catch (e) {
      throw platformError(e);
    }
  }
}

/** The Mastodon adapter. */
export const mastodonAdapter: PlatformAdapter = {
  platform: 'mastodon',
  defaultPollSeconds: 30,
  credentialFields: ['accessToken'],
  connect: (service, credentials, state) => new MastodonClient(service, credentials, state),
};
