/**
 * Import benchmark: write N synthetic posts (default 1,000,000) as JSON Lines,
 * then import and check them all into a fresh SQLite database (time and peak
 * memory), and into PostgreSQL when PEEL_TEST_DATABASE_URL (or --pg URL) is
 * set (time). Prints figures; it is not a test.
 *
 *   npx tsx scripts/bench-import.ts [--posts N] [--workers N] [--batch N] [--only sqlite|postgres] [--json]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWorld } from '../packages/server/src/domain/testing.js';
import { defaultPoolSize } from '../packages/server/src/imports/check-pool.js';
import { importFile } from '../packages/server/src/imports/service.js';
import { attachDatabase } from '../packages/server/src/platforms/env.js';
import { openStore, type OpenedStore } from '../packages/server/src/storage/index.js';
import { openPostgresTestStore } from '../packages/server/src/storage/testing.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000000' }, workers: { type: 'string' }, batch: { type: 'string', default: '1000' },
    only: { type: 'string' }, pg: { type: 'string' }, json: { type: 'boolean' },
  },
});
const N = Number(values.posts);
const workers = values.workers === undefined ? defaultPoolSize() : Number(values.workers);
const batchSize = Number(values.batch);

// Synthetic police posts: mostly ordinary, some with things the rules find (names, phones, appeals).
const PLACES = ['Corby', 'Kettering', 'Daventry', 'Brackley', 'Towcester', 'Rushden', 'Wellingborough', 'Oundle'];
const NAMES = ['Amy Walker', 'Jordan Hughes', 'Peter Collins', 'Darren Wells', 'Sarah Ahmed', 'Tom Price'];
const TEMPLATES: Array<(i: number, p: string, n: string) => string> = [
  (i, p) => `Road closed on the A${40 + (i % 60)} near ${p} after a collision. Please avoid the area and find another route.`,
  (_i, p) => `Great to meet so many of you at the ${p} community fun day today! Thanks for coming to say hello. #community`,
  (i, p) => `Lock your sheds: ${2 + (i % 7)} bikes have been stolen in ${p} this week. Mark your bike and register it.`,
  (_i, p, n) => `Have you seen ${n}, 14, who is missing from ${p}? Call 101 quoting incident 123 of today.`,
  (_i, p) => `A man has been charged with burglary following an investigation in ${p}. He will appear at court next month.`,
  (_i, _p, n) => `Thanks ${n.split(' ')[0]} (07700 900${String(100 + (Math.random() * 800) | 0)}) for reporting the suspicious van so quickly.`,
  (_i, p) => `Officers will be holding a beat surgery at ${p} library on Saturday from 10am. Pop in for crime prevention advice.`,
  (_i, p, n) => `Update: ${n} has been found safe and well in ${p}. Thank you all for sharing our appeal.`,
  (i, p) => `Scam warning: residents in ${p} have received calls from people pretending to be the bank. Never share your PIN. Ref ${i}`,
  (_i, p) => `We are recruiting PCSOs across ${p} and the surrounding villages. Find out more on our website.`,
];

async function writePosts(file: string): Promise<void> {
  const out = createWriteStream(file);
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < N; i++) {
    const text = TEMPLATES[i % TEMPLATES.length]!(i, PLACES[(i * 7) % PLACES.length]!, NAMES[(i * 3) % NAMES.length]!);
    const line = `${JSON.stringify({ id: String(1_000_000_000 + i), text, created_at: new Date(start + i * 90_000).toISOString() })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface Result { db: string; posts: number; seconds: number; perSecond: number; peakRssMb: number; imported: number }

async function bench(name: string, opened: OpenedStore & { cleanup?: () => Promise<void> }, file: string): Promise<Result> {
  const world = await createWorld(opened.store);
  const env = attachDatabase(world.env, opened.handle);
  // The clock of the test world is pinned; the import stamps rows with real time.
  env.now = () => new Date();
  const t0 = performance.now();
  let last = 0;
  const run = await importFile(env, {
    kind: 'jsonl', path: file, account: world.a.monitored, actorId: null, workers, batchSize,
    onProgress: (p) => {
      if (p.processed - last >= 100_000) {
        last = p.processed;
        process.stderr.write(`  ${name}: ${p.processed.toLocaleString('en-GB')} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { db: name, posts: N, seconds, perSecond: N / seconds, peakRssMb, imported: run.imported };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'peel-bench-import-'));
  const file = join(dir, 'posts.jsonl');
  try {
    const g0 = performance.now();
    await writePosts(file);
    process.stderr.write(`wrote ${N.toLocaleString('en-GB')} posts (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s; ${workers} check worker(s), batches of ${batchSize}\n`);
    const results: Result[] = [];
    if (values.only !== 'postgres') {
      const opened = await openStore({ url: '', dataDir: join(dir, 'sqlite') });
      try {
        results.push(await bench('sqlite', opened, file));
      } finally {
        await opened.store.close();
      }
    }
    const pgUrl = values.pg ?? process.env.PEEL_TEST_DATABASE_URL;
    if (values.only !== 'sqlite' && pgUrl) {
      const opened = await openPostgresTestStore(pgUrl);
      try {
        results.push(await bench('postgres', opened, file));
      } finally {
        await opened.cleanup();
      }
    } else if (values.only !== 'sqlite') {
      process.stderr.write('PostgreSQL skipped: set PEEL_TEST_DATABASE_URL or --pg URL\n');
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return;
    }
    process.stdout.write('\nImport and check of synthetic posts from JSON Lines\n');
    process.stdout.write('db        posts       time      posts/s   peak RSS (process)\n');
    for (const r of results) {
      process.stdout.write(`${r.db.padEnd(9)} ${r.posts.toLocaleString('en-GB').padStart(9)}  ${r.seconds.toFixed(1).padStart(7)} s  ${Math.round(r.perSecond).toLocaleString('en-GB').padStart(9)}   ${r.peakRssMb.toFixed(0)} MB\n`);
    }
    process.stdout.write('Targets: 1,000,000 posts into SQLite in ≤ 180 s with peak memory ≤ 500 MB.\n');
    process.stdout.write('Peak RSS is the process maximum so far (it includes the check workers, and the SQLite run when both run).\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
