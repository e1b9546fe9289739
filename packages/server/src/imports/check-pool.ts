/**
 * A pool of worker threads running check(). A batch is split across the
 * workers and the results put back in order. Worker crashes reject the batch
 * (the import then stops and can be resumed) rather than hanging.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '@peel/engine';
import type { BatchChecker, CheckItem, Checked } from './checking.js';

interface Pending {
  resolve(r: Checked[]): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Default pool size: one worker per core, leaving one for the writer when there are several. */
export function defaultPoolSize(): number {
  const n = availableParallelism();
  return n <= 2 ? n : n - 1;
}

/** Start `size` workers checking with `policy`. */
export function workerChecker(policy: Policy, size = defaultPoolSize()): BatchChecker {
  let nextId = 1;
  const slots: Slot[] = [];
  for (let i = 0; i < Math.max(1, size); i++) {
    const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { policy } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: { id: number; results?: Checked[]; error?: string }) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (m.results) p.resolve(m.results);
      else p.reject(new Error(`check worker failed (${m.error ?? 'unknown'})`));
    });
    const fail = (e: Error): void => {
      for (const p of slot.pending.values()) p.reject(new Error(`check worker stopped (${e.name})`));
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (code !== 0) fail(new Error(`exit ${code}`)); });
    slots.push(slot);
  }

  const send = (slot: Slot, items: CheckItem[]): Promise<Checked[]> => new Promise((resolve, reject) => {
    const id = nextId++;
    slot.pending.set(id, { resolve, reject });
    slot.worker.postMessage({ id, items });
  });

  return {
    async check(items) {
      if (items.length === 0) return [];
      const per = Math.ceil(items.length / slots.length);
      const parts = slots.map((s, i) => items.slice(i * per, (i + 1) * per)).map((part, i) =>
        part.length === 0 ? Promise.resolve([]) : send(slots[i]!, part));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
