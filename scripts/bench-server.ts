/**
 * `tsx scripts/bench-server.ts`: POST /api/check at a fixed 200 requests/s
 * on loopback (autocannon), against a real server process, on SQLite and —
 * when PEEL_BENCH_DATABASE_URL or PEEL_TEST_DATABASE_URL is set — on
 * PostgreSQL (in a throw-away schema). Prints p50/p90/p99/max latency and
 * errors, server CPU per request and how long the server waited for a CPU
 * (other processes' load); the target is p99 < 20 ms.
 *
 *   npx tsx scripts/bench-server.ts [--seconds 20] [--rate 200] [--only sqlite|postgres] [--json]
 *
 * The server runs in its own process so the load generator does not share
 * its event loop. Posts are synthetic; nothing of them is printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import pg from 'pg';

/** The part of autocannon used here (it ships no types). */
interface AutocannonResult {
  requests: { total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: {
  url: string; connections: number; duration: number; overallRate: number; headers: Record<string, string>;
  requests: Array<{ method: 'POST'; path: string; body: string }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'packages/server/src/main.ts');

const POSTS = [
  'Road closed on the A43 near Kettering this morning, please avoid the area.',
  'Thanks Sarah (07700 900123) for reporting',
  'John Brown, 34, was arrested on suspicion of burglary in Kettering',
  'Our beat surgery is in the Market Square on Saturday from 10am. Come and say hello.',
  'Reports of a scam call claiming to be from your bank. Never share your PIN. Call 101 to report it.',
  'Great turnout at the community event in Corby today, thanks all! #WessexVale @WVPNorth',
];

/** One run's figures (milliseconds). */
interface Result {
  database: string;
  rate: number;
  seconds: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  /** Server CPU (user + system) per request, ms: what the load costs, whatever else runs on the machine. */
  cpuMsPerRequest: number | null;
  /**
   * Time the server's event-loop thread was ready to run but waited for a CPU, ms per second of the run:
   * high values mean latency came from other processes on the machine, not from the server.
   */
  runQueueMsPerSecond: number | null;
  target: 'met' | 'missed';
}

/** CPU time (ms) used so far by a process, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Time (ms) the process's main thread has waited on a run queue so far, from /proc schedstat (Linux); null elsewhere. */
function runQueueMs(pid: number | undefined): number | null {
  try {
    // schedstat: time on CPU, time waiting on a run queue (both ns), timeslices.
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** Start the server; resolve with its base URL and the one-time set-up token it prints. */
async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string; setup: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PEEL_LOG: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const setup = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('The server did not start within 60 s.')), 60_000);
    child.stdout!.on('data', (c) => {
      out += String(c);
      const m = /setup#token=([A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`The server exited early (code ${code}).`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, setup };
}

async function json(base: string, path: string, init: { method?: string; body?: unknown; cookie?: string; csrf?: string } = {}): Promise<{ status: number; body: Record<string, unknown>; cookie?: string }> {
  const r = await fetch(base + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.csrf ? { 'x-csrf-token': init.csrf } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, cookie: r.headers.getSetCookie()[0]?.split(';')[0] };
}

/** Set up a force, a force user and an API token (scope: check) through the API itself. */
async function provision(base: string, setup: string): Promise<string> {
  const password = 'bench password long enough';
  await json(base, '/api/setup', { method: 'POST', body: { token: setup, email: 'root@bench.example', displayName: 'Root', password } });
  const root = await json(base, '/api/auth/login', { method: 'POST', body: { email: 'root@bench.example', password } });
  const csrf = String(root.body.csrfToken);
  const force = await json(base, '/api/forces', { method: 'POST', body: { code: 'bench', name: 'Bench Force' }, cookie: root.cookie, csrf });
  await json(base, '/api/users', { method: 'POST', body: { email: 'desk@bench.example', displayName: 'Desk', roles: ['digital_desk'], password, forceId: force.body.id }, cookie: root.cookie, csrf });
  const desk = await json(base, '/api/auth/login', { method: 'POST', body: { email: 'desk@bench.example', password } });
  const tok = await json(base, '/api/tokens', { method: 'POST', body: { name: 'bench', scopes: ['check'] }, cookie: desk.cookie, csrf: String(desk.body.csrfToken) });
  if (tok.status !== 201) throw new Error(`Could not create an API token (HTTP ${tok.status}).`);
  return String(tok.body.token);
}

async function bench(database: string, env: NodeJS.ProcessEnv, rate: number, seconds: number): Promise<Result> {
  const { child, base, setup } = await startServer(env);
  try {
    const token = await provision(base, setup);
    const requests = POSTS.map((text) => ({ method: 'POST' as const, path: '/api/check', body: JSON.stringify({ text }) }));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    // Warm up (JIT, policy cache, name model), then measure.
    await autocannon({ url: base, connections: 4, duration: 3, overallRate: rate, headers, requests });
    const cpu0 = cpuMs(child.pid);
    const rq0 = runQueueMs(child.pid);
    const r = await autocannon({ url: base, connections: 10, duration: seconds, overallRate: rate, headers, requests });
    const cpu1 = cpuMs(child.pid);
    const rq1 = runQueueMs(child.pid);
    return {
      runQueueMsPerSecond: rq0 === null || rq1 === null ? null : Math.round((rq1 - rq0) / seconds),
      cpuMsPerRequest: cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) / r.requests.total) * 100) / 100,
      database, rate, seconds, requests: r.requests.total, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99,
      max: r.latency.max, errors: r.errors + r.timeouts, non2xx: r.non2xx, target: r.latency.p99 < 20 && r.non2xx === 0 ? 'met' : 'missed',
    };
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, rate: { type: 'string', default: '200' }, json: { type: 'boolean' }, only: { type: 'string' } } });
  if (values.only !== undefined && values.only !== 'sqlite' && values.only !== 'postgres') throw new Error('--only takes sqlite or postgres.');
  const seconds = Number(values.seconds);
  const rate = Number(values.rate);
  const results: Result[] = [];
  if (values.only !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'peel-bench-'));
    try {
      results.push(await bench('sqlite', { PEEL_DATA_DIR: dir, DATABASE_URL: '' }, rate, seconds));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pgUrl = process.env.PEEL_BENCH_DATABASE_URL ?? process.env.PEEL_TEST_DATABASE_URL;
  if (values.only === 'sqlite') {
    // Asked for SQLite alone.
  } else if (pgUrl) {
    const schema = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      const u = new URL(pgUrl);
      u.searchParams.set('options', `-c search_path=${schema}`);
      results.push(await bench('postgres', { DATABASE_URL: u.toString() }, rate, seconds));
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  } else {
    process.stderr.write('PostgreSQL skipped: set PEEL_BENCH_DATABASE_URL (or PEEL_TEST_DATABASE_URL).\n');
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  process.stdout.write(`POST /api/check at ${rate} req/s for ${seconds} s (target: p99 < 20 ms); ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}\n`);
  process.stdout.write('database   requests   p50 ms  p90 ms  p99 ms  max ms  errors  non-2xx  cpu ms/req  runq ms/s  target\n');
  for (const r of results) {
    process.stdout.write(`${r.database.padEnd(10)} ${String(r.requests).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p90).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.max).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)} ${String(r.cpuMsPerRequest ?? 'n/a').padStart(11)} ${String(r.runQueueMsPerSecond ?? 'n/a').padStart(10)}  ${r.target}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
