/** Body of a check-pool worker: receives batches, answers with checked results. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '@peel/engine';
import { checkOne, type CheckItem } from './checking.js';

const policy = (workerData as { policy: Policy }).policy;

parentPort?.on('message', (msg: { id: number; items: CheckItem[] }) => {
  try {
    parentPort?.postMessage({ id: msg.id, results: msg.items.map((i) => checkOne(i, policy)) });
  } catch (e) {
    // Only the class name: a message might quote a post.
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.name : 'Error' });
  }
});
