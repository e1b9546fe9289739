/**
 * Called after posts are stored (import batches, polling, webhook): a post
 * tagged as a "found" or "arrested" update raises an R1/R2 removal task.
 */
import type { Account } from '../domain/model.js';
import type { WrittenPost } from '../imports/store.js';
import type { ConnectorEnv } from '../platforms/env.js';
import { raiseRemovalTasks } from './tasks.js';

const TRIGGERS = ['update:found', 'update:arrested'];

/** Raise removal tasks for the update posts among `written`. */
export async function retentionAfterBatch(env: ConnectorEnv, account: Account, written: readonly WrittenPost[]): Promise<void> {
  for (const w of written) {
    if (w.tags.some((t) => TRIGGERS.includes(t))) await raiseRemovalTasks(env, account.forceId, w.postId);
  }
}
