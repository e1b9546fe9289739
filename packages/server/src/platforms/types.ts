/**
 * What every platform adapter provides: verify credentials, poll for new
 * posts, publish, delete. Adapters throw PlatformError with a safe message
 * (never post text), and RateLimited when the platform says to wait.
 */
import type { IncomingPost } from './ingest.js';

/** Polling position and session, kept sealed on the link (e.g. the newest id seen). */
export type LinkState = Record<string, string | number | undefined>;

/** New posts and the state to store for next time. */
export interface PollResult {
  posts: IncomingPost[];
  state: LinkState;
}

/** Where a published post went. */
export interface Published {
  externalId: string;
  url: string | null;
}

/** A connected client for one linked account. */
export interface PlatformClient {
  /** Check the credentials; the platform's id and handle for the account. */
  verify(): Promise<{ identifier: string; handle: string }>;
  /** New posts since the state given to `connect`, and the state to keep. */
  poll(): Promise<PollResult>;
  publish(text: string): Promise<Published>;
  delete(externalId: string): Promise<void>;
}

/** Credentials as entered when linking (sealed at rest). */
export type Credentials = Record<string, string>;

/** Builds clients for one platform. */
export interface PlatformAdapter {
  platform: 'bluesky' | 'x' | 'mastodon';
  /** Default service URL (PDS, API prefix, instance). */
  defaultService?: string;
  /** Seconds between polls unless the link says otherwise. */
  defaultPollSeconds: number;
  /** Credential fields required when linking. */
  credentialFields: readonly string[];
  /** A client; `state` is what the last poll returned (it may carry a session to resume). */
  connect(service: string, credentials: Credentials, state: LinkState): PlatformClient;
}

/** A failure talking to a platform; the message is safe to store and show. */
export class PlatformError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** The platform asked us to wait (HTTP 429 / x-rate-limit-reset). */
export class RateLimited extends PlatformError {
  constructor(readonly until: Date) {
    super(`Rate limited until ${until.toISOString()}.`, 429);
    this.name = 'RateLimited';
  }
}
