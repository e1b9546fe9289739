/**
 * A pool of worker threads running check(). A batch is split across the
 * workers and the results put back in order. Worker crashes reject the batch
 * (the import then stops and can be resumed) rather than hanging.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** Start `size` workers checking with `policy`. */
export async function workerChecker(policy: Policy, size = defaultPoolSize()): Promise<BatchChecker> {
  let nextId = 1;
  const slots: Slot[] = [];
  const entry = await bundledEntry();
  for (let i = 0; i < Math.max(1, size); i++) {
    const worker = new Worker(entry.url, { workerData: { policy }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
      entry.cleanup();
    },
  };
}
