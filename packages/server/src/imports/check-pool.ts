/**
 * A pool of worker threads running check(). A batch is cut into chunks that
 * go to whichever worker is free, and the results are put back in order.
 * Worker crashes reject the batch (the import then stops and can be resumed)
 * rather than hanging.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Policy } from '@peel/engine';
import { checkOne, type BatchChecker, type CheckItem, type Checked } from './checking.js';

interface Slot {
  worker: Worker;
  /** Chunks sent to this worker and not answered yet, by message id. */
  pending: Map<number, Task>;
}

/** Default pool size: one worker per core, leaving one for the writer when there are several. */
export function defaultPoolSize(): number {
  const n = availableParallelism();
  return n <= 2 ? n : n - 1;
}

/**
 * The worker's code as one plain JavaScript file, bundled by esbuild (which
 * tsx brings anyway): a worker then needs no TypeScript loader of its own (a
 * loader thread per worker cost ~25 MB each and slowed start-up). Falls back
 * to the tsx entry when esbuild cannot be loaded.
 */
async function bundledEntry(): Promise<{ url: URL; cleanup(): void }> {
  try {
    const { build } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'peel-check-worker-'));
    const outfile = join(dir, 'worker.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./check-worker-body.ts', import.meta.url))], outfile, bundle: true, format: 'esm',
      platform: 'node', target: 'node20', logLevel: 'silent', sourcemap: false,
    });
    return { url: pathToFileURL(outfile), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } catch {
    return { url: new URL('./check-worker.js', import.meta.url), cleanup: () => undefined };
  }
}

/** Young generation of each worker (MB): V8's default is larger than check() needs, and it is most of a worker's memory. */
const WORKER_YOUNG_MB = 8;

/** Posts per message to a worker: small enough that every worker stays busy to the end of a batch, large enough that messaging costs little. */
export const CHUNK = 200;
/** Chunks a worker holds at once: while it checks one, the next already waits in its port, so it never idles between messages. */
const PER_WORKER = 2;

interface Task {
  items: CheckItem[];
  resolve(r: Checked[]): void;
  reject(e: Error): void;
}

/**
 * Start `size` workers checking with `policy`. Batches are cut into chunks on
 * one queue and each chunk goes to whichever worker is free, so a worker that
 * gets less of the CPU (the writer shares it) does less of the batch instead
 * of holding the others up.
 */
export async function workerChecker(policy: Policy, size = defaultPoolSize()): Promise<BatchChecker> {
  let nextId = 1;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  const entry = await bundledEntry();

  const pump = (): void => {
    for (;;) {
      const slot = slots.reduce<Slot | undefined>((best, s) => (s.pending.size < PER_WORKER && (!best || s.pending.size < best.pending.size) ? s : best), undefined);
      const task = slot && queue.shift();
      if (!slot || !task) return;
      const id = nextId++;
      slot.pending.set(id, task);
      slot.worker.postMessage({ id, items: task.items });
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) {
    const worker = new Worker(entry.url, { workerData: { policy }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: { id: number; results?: Checked[]; error?: string }) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (m.results) p.resolve(m.results);
      else p.reject(new Error(`check worker failed (${m.error ?? 'unknown'})`));
      pump();
    });
    const fail = (e: Error): void => {
      // A dead worker takes no more chunks; what it held, and what is queued when none is left, fails.
      const at = slots.indexOf(slot);
      if (at < 0) return;
      slots.splice(at, 1);
      for (const p of slot.pending.values()) p.reject(new Error(`check worker stopped (${e.name})`));
      slot.pending.clear();
      if (slots.length === 0) for (const t of queue.splice(0)) t.reject(new Error(`check worker stopped (${e.name})`));
      else pump();
    };
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`exit ${code}`)));
    slots.push(slot);
  }

  const chunk = (items: CheckItem[]): Promise<Checked[]> => new Promise((resolve, reject) => {
    if (slots.length === 0) {
      reject(new Error('check worker stopped (no workers)'));
      return;
    }
    queue.push({ items, resolve, reject });
    pump();
  });

  return {
    async check(items) {
      if (items.length === 0) return [];
      const parts: Array<Promise<Checked[]>> = [];
      for (let i = 0; i < items.length; i += CHUNK) parts.push(chunk(items.slice(i, i + CHUNK)));
      return (await Promise.all(parts)).flat();
    },
    helpOne() {
      // The oldest queued chunk: most likely part of the batch the caller is waiting for.
      const task = queue.shift();
      if (!task) return false;
      try {
        task.resolve(task.items.map((i) => checkOne(i, policy)));
      } catch (e) {
        task.reject(new Error(`check failed (${e instanceof Error ? e.name : 'Error'})`));
      }
      return true;
    },
    async close() {
      const all = slots.splice(0);
      // Checks still pending fail now rather than never settling.
      const closed = new Error('check pool closed');
      for (const t of queue.splice(0)) t.reject(closed);
      for (const s of all) for (const t of s.pending.values()) t.reject(closed);
      await Promise.all(all.map((s) => s.worker.terminate()));
      entry.cleanup();
    },
  };
}
