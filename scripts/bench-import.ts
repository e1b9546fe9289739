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
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { check } from '@peel/engine';
import { sql } from 'kysely';
import { createWorld } from '../packages/server/src/domain/testing.js';
import { defaultPoolSize } from '../packages/server/src/imports/check-pool.js';
import { importFile } from '../packages/server/src/imports/service.js';
import type { StageTiming } from '../packages/server/src/imports/pipeline.js';
import { attachDatabase } from '../packages/server/src/platforms/env.js';
import { openStore, type OpenedStore } from '../packages/server/src/storage/index.js';
import { openPostgresTestStore } from '../packages/server/src/storage/testing.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000000' }, workers: { type: 'string' }, batch: { type: 'string', default: '2000' },
    only: { type: 'string' }, pg: { type: 'string' }, json: { type: 'boolean' },
  },
});
const N = Number(values.posts);
const workers = values.workers === undefined ? defaultPoolSize() : Number(values.workers);
const batchSize = Number(values.batch);

// Synthetic police posts: mostly ordinary, some with things the rules find (names, phones), and a
// realistic share of appeals and their updates (2% missing-person appeals, 1% "found", 1% wanted,
// 0.5% "arrested"). Every text is different (numbers, places, names and times vary), as in a real
// archive, so nothing is helped by repetition.
const PLACES = ['Corby', 'Kettering', 'Daventry', 'Brackley', 'Towcester', 'Rushden', 'Wellingborough', 'Oundle', 'Irthlingborough', 'Raunds', 'Desborough', 'Burton Latimer', 'Higham Ferrers'];
const FIRST = ['Amy', 'Jordan', 'Peter', 'Darren', 'Sarah', 'Tom', 'Priya', 'Kofi', 'Megan', 'Liam', 'Olivia', 'Wei', 'Grace', 'Ryan', 'Chloe', 'Adam', 'Hannah', 'Callum', 'Jade', 'Owen',
  'Zara', 'Ethan', 'Leah', 'Connor', 'Ruby', 'Nathan', 'Abbie', 'Dylan', 'Erin', 'Jake', 'Holly', 'Marcus', 'Imogen', 'Scott', 'Faith', 'Kieran', 'Lucy', 'Aaron', 'Molly', 'Reece'];
const LAST = ['Walker', 'Hughes', 'Collins', 'Wells', 'Ahmed', 'Price', 'Patel', 'Mensah', 'Jones', 'Murphy', 'Smith', 'Chen', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts',
  'Johnson', 'Lewis', 'Wright', 'Green', 'Hall', 'Wood', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Cooper', 'Ward', 'Morris', 'King', 'Baker', 'Harris', 'Scott', 'Young', 'Allen', 'Bell', 'Cook', 'Bailey'];
const ROADS = ['High Street', 'Station Road', 'London Road', 'Church Lane', 'Mill Road', 'the A43', 'the A14', 'the A6003', 'Market Square'];
type Make = (i: number, p: string, n: string, r: string, h: string) => string;
const ORDINARY: Make[] = [
  (i, p, _n, r, h) => `Road closed on ${r} near ${p} after a collision at ${h}. Please avoid the area and find another route. Ref ${i}`,
  (i, p, _n, _r, h) => `Great to meet so many of you at the ${p} community fun day today from ${h}! Thanks for coming to say hello. #community${i % 97}`,
  (i, p, _n, r) => `Lock your sheds: ${2 + (i % 9)} bikes have been stolen around ${r}, ${p} this week. Mark your bike and register it (${i}).`,
  (i, p, _n, r) => `A man has been charged with burglary at a property on ${r} following an investigation in ${p}. He will appear at court on ${1 + (i % 28)} March.`,
  (i, _p, n, r) => `Thanks ${n.split(' ')[0]} (07700 900${String(i % 1000).padStart(3, '0')}) for reporting the suspicious van on ${r} so quickly.`,
  (i, p, _n, r, h) => `Officers will be holding a beat surgery at ${p} library on ${r} on Saturday from ${h}. Pop in for crime prevention advice. #${p.replace(/ /g, '')}${i % 50}`,
  (i, p, _n, r) => `Scam warning: residents near ${r} in ${p} have received calls from people pretending to be the bank. Never share your PIN. Ref ${i}`,
  (i, p, _n, _r, h) => `We are recruiting PCSOs across ${p} and the surrounding villages: drop-in session at ${h}, number ${i % 400} on our website.`,
];
const MISSING: Make = (i, p, n, _r, h) => `Have you seen ${n}, ${13 + (i % 5)}, who is missing from ${p}? Last seen at ${h}. Call 101 quoting incident ${1000 + (i % 9000)}.`;
const FOUND: Make = (i, p, n) => `Update: ${n} has been found safe and well in ${p}. Thank you all for sharing our appeal (${i}).`;
const WANTED: Make = (i, p, n) => `Wanted: ${n}, ${25 + (i % 20)}, is wanted in connection with a burglary in ${p}. Do not approach; call 999 quoting ${i}.`;
const ARRESTED: Make = (i, p, n) => `Update: ${n}, who was wanted in connection with a burglary in ${p}, has been arrested. Thanks for sharing (${i}).`;

/** The text of post i. Appeals and their updates in one block of 200 share a person. */
function postText(i: number): string {
  const cycle = Math.floor(i / 200);
  const k = i % 200;
  const person = `${FIRST[cycle % FIRST.length]} ${LAST[Math.floor(cycle / FIRST.length) % LAST.length]}`;
  const other = `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 5 + (i >> 4)) % LAST.length]}`;
  const place = PLACES[(i * 7 + (i >> 8)) % PLACES.length]!;
  const road = ROADS[(i * 11) % ROADS.length]!;
  const hour = `${String(6 + (i % 15)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`;
  const make = k < 4 ? MISSING : k < 6 ? (k === 4 ? FOUND : MISSING) : k === 100 ? FOUND : k < 8 ? WANTED : k === 150 ? ARRESTED : ORDINARY[i % ORDINARY.length]!;
  return make(i, place, make === ORDINARY[i % ORDINARY.length] ? other : person, road, hour);
}

async function writePosts(file: string): Promise<void> {
  const out = createWriteStream(file);
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < N; i++) {
    const text = postText(i);
    const line = `${JSON.stringify({ id: String(1_000_000_000 + i), text, created_at: new Date(start + i * 90_000).toISOString() })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface Result {
  db: string; posts: number; seconds: number; perSecond: number; peakRssMb: number; imported: number; cpuSeconds: number;
  /** Mean of the 1-minute load average sampled every 100,000 posts (other work on the machine shows here). */
  load: number;
  /** Main-thread time by stage (s). */
  stages: StageTiming;
  /** Rows stored: what "nothing lost" is checked against. */
  stored: { posts: number; refs: number; findings: number; removalTasks: number; removalItems: number };
}

const STAGES: Array<keyof StageTiming> = ['read', 'lookup', 'waitChecks', 'checkHere', 'write', 'after'];
const stageText = (t: StageTiming, since?: StageTiming): string =>
  STAGES.map((k) => `${k} ${((t[k] - (since?.[k] ?? 0)) / 1000).toFixed(1)}`).join(', ');

async function bench(name: string, opened: OpenedStore & { cleanup?: () => Promise<void> }, file: string): Promise<Result> {
  const world = await createWorld(opened.store);
  const env = attachDatabase(world.env, opened.handle);
  // The clock of the test world is pinned; the import stamps rows with real time.
  env.now = () => new Date();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let last = 0;
  let lastStages: StageTiming | undefined;
  const loads: number[] = [];
  const run = await importFile(env, {
    kind: 'jsonl', path: file, account: world.a.monitored, actorId: null, workers, batchSize,
    onProgress: (p) => {
      if (p.processed - last >= 100_000) {
        last = p.processed;
        const mem = process.memoryUsage();
        const used = process.cpuUsage(cpu0);
        loads.push(loadavg()[0]!);
        process.stderr.write(`  ${name}: ${p.processed.toLocaleString('en-GB')} in ${((performance.now() - t0) / 1000).toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(0)} s (RSS ${(mem.rss / 1e6).toFixed(0)} MB, main heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, load ${loads.at(-1)!.toFixed(1)})`
          + `${p.timing ? `; main thread, last 100,000 (s): ${stageText(p.timing, lastStages)}` : ''}\n`);
        lastStages = p.timing;
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (loads.length === 0) loads.push(loadavg()[0]!);
  const count = async (table: 'posts' | 'post_refs' | 'findings' | 'removal_tasks' | 'removal_items'): Promise<number> =>
    Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(opened.handle.db)).rows[0]!.n);
  const stored = {
    posts: await count('posts'), refs: await count('post_refs'), findings: await count('findings'),
    removalTasks: await count('removal_tasks'), removalItems: await count('removal_items'),
  };
  const stages = run.thisRun.timing ?? { read: 0, lookup: 0, waitChecks: 0, checkHere: 0, write: 0, after: 0 };
  return {
    db: name, posts: N, seconds, perSecond: N / seconds, peakRssMb, imported: run.imported, cpuSeconds: (cpu.user + cpu.system) / 1e6,
    load: loads.reduce((a, b) => a + b, 0) / loads.length, stored,
    stages: Object.fromEntries(STAGES.map((k) => [k, stages[k] / 1000])) as unknown as StageTiming,
  };
}

/** check() alone, one thread, on the first `n` posts: what the engine costs per post on this corpus. */
async function checkOnly(file: string, n: number): Promise<{ perSecond: number; cpuMsPerPost: number }> {
  const texts: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    texts.push((JSON.parse(line) as { text: string }).text);
    if (texts.length >= n) break;
  }
  for (const t of texts.slice(0, 500)) check({ text: t });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) check({ text: t });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: texts.length / (ms / 1000), cpuMsPerPost: (cpu.user + cpu.system) / 1000 / texts.length };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'peel-bench-import-'));
  const file = join(dir, 'posts.jsonl');
  try {
    const g0 = performance.now();
    await writePosts(file);
    process.stderr.write(`wrote ${N.toLocaleString('en-GB')} posts (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s; ${workers} check worker(s), batches of ${batchSize}\n`);
    const engine = await checkOnly(file, Math.min(N, 20_000));
    process.stderr.write(`check() alone, one thread: ${Math.round(engine.perSecond).toLocaleString('en-GB')} posts/s (${engine.cpuMsPerPost.toFixed(3)} ms CPU per post)\n`);
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
    process.stdout.write('db        posts       time      posts/s   CPU (all threads)   peak RSS (process)   load (1 min, mean)\n');
    for (const r of results) {
      process.stdout.write(`${r.db.padEnd(9)} ${r.posts.toLocaleString('en-GB').padStart(9)}  ${r.seconds.toFixed(1).padStart(7)} s  ${Math.round(r.perSecond).toLocaleString('en-GB').padStart(9)}   ${r.cpuSeconds.toFixed(0).padStart(6)} s (${(r.cpuSeconds * 1000 / r.posts).toFixed(3)} ms/post)   ${r.peakRssMb.toFixed(0).padStart(6)} MB   ${r.load.toFixed(1).padStart(12)}\n`);
    }
    for (const r of results) {
      process.stdout.write(`${r.db}: main thread (s): ${STAGES.map((k) => `${k} ${r.stages[k].toFixed(1)}`).join(', ')}; stored ${r.stored.posts.toLocaleString('en-GB')} posts, `
        + `${r.stored.refs.toLocaleString('en-GB')} references, ${r.stored.findings.toLocaleString('en-GB')} findings, ${r.stored.removalTasks.toLocaleString('en-GB')} removal tasks with ${r.stored.removalItems.toLocaleString('en-GB')} items\n`);
    }
    process.stdout.write(`check() alone on this corpus, one thread: ${Math.round(engine.perSecond).toLocaleString('en-GB')} posts/s, ${engine.cpuMsPerPost.toFixed(3)} ms CPU per post; ${availableParallelism()} core(s), load ${loadavg()[0]!.toFixed(1)} at the end.\n`);
    process.stdout.write('Targets: 1,000,000 posts into SQLite in ≤ 180 s with peak memory ≤ 500 MB.\n');
    process.stdout.write('Peak RSS is the process maximum so far (it includes the check workers, and the SQLite run when both run).\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
