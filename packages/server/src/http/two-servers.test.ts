/**
 * Two real server processes on one PostgreSQL database: the same draft
 * approved through both at the same moment is approved exactly once, and
 * the loser is told (409). Runs when PEEL_TEST_DATABASE_URL is set (and must,
 * in CI).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../auth/service.js';
import { verifyAuditLog } from '../domain/audit.js';
import { createDraft } from '../domain/drafts.js';
import { createWorld, type Member, type World } from '../domain/testing.js';
import { openPostgresTestStore, testTargets, type TestStore } from '../storage/testing.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const pgTarget = testTargets().find((t) => t.name === 'postgres');

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function serve(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', PEEL_LOG: '0', PEEL_DB_POOL: '4' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('server did not start')), 90_000);
    child.stdout!.on('data', (c) => {
      out += String(c);
      if (out.includes('Peel is running')) {
        clearTimeout(timer);
        ok();
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code})`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

describe.runIf(pgTarget !== undefined)('two server processes on one PostgreSQL', () => {
  let o: TestStore & { url: string };
  let w: World;
  const servers: ChildProcess[] = [];
  let bases: string[] = [];

  beforeAll(async () => {
    if (pgTarget?.unavailable) throw new Error(pgTarget.unavailable);
    o = await openPostgresTestStore(process.env.PEEL_TEST_DATABASE_URL!);
    w = await createWorld(o.store);
    const started = await Promise.all([serve(o.url), serve(o.url)]);
    servers.push(...started.map((s) => s.child));
    bases = started.map((s) => s.base);
  }, 120_000);
  afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    await o?.cleanup();
  });

  const approve = async (base: string, m: Member, id: string) => {
    // The servers run on real time, the world on a fixed clock: the session must be valid now.
    const s = await startSession({ ...w.env, now: () => new Date() }, m.user);
    return fetch(`${base}/api/drafts/${id}/decision`, {
      method: 'POST', body: JSON.stringify({ decision: 'approve', note: base, expectedVersion: 1 }),
      headers: { 'content-type': 'application/json', cookie: `peel_session=${s.token}`, 'x-csrf-token': s.csrfToken },
    });
  };

  it('approves a draft exactly once when both servers approve it at once', async () => {
    for (let round = 0; round < 10; round++) {
      const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: 'Thanks Sarah (07700 900123) for reporting' });
      const rs = await Promise.all([approve(bases[0], w.a.sergeant, d.id), approve(bases[1], w.a.desk, d.id), approve(bases[1], w.a.sergeant, d.id), approve(bases[0], w.a.desk, d.id)]);
      const codes = rs.map((r) => r.status).sort();
      expect(codes).toEqual([200, 409, 409, 409]);
      const row = await o.store.drafts.get(w.a.force.id, d.id);
      expect([row?.status, row?.version]).toEqual(['approved', 2]);
    }
    expect(await verifyAuditLog(o.store)).toMatchObject({ ok: true });
  }, 60_000);
});
