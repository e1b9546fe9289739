/** The platform adapters Peel has, by platform id. */
import { blueskyAdapter } from './bluesky/adapter.js';
import { mastodonAdapter } from './mastodon/adapter.js';
import type { PlatformAdapter } from './types.js';
import { xAdapter } from './x/adapter.js';

const ADAPTERS: readonly PlatformAdapter[] = [blueskyAdapter, xAdapter, mastodonAdapter];

/** The adapter for a platform, or undefined when Peel cannot connect to it. */
export function adapterFor(platform: string): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.platform === platform);
}
