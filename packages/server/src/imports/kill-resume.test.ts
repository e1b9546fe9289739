/**
 * `peel import` killed with SIGKILL half way, then run again, finishes with
 * every post stored exactly once (a real child process, as in production).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorWorld, type ConnectorWorld } from '../platforms/testing.js';
import { testTargets } from '../storage/testing.js';
import { buildZip, tweetsJs } from './x-archive/testing.js';

const BIN = fileURLToPath(new URL('../../../cli/bin/peel.js', import.meta.url));
const N = 2000;

interface Exit { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

function peel(args: string[], onSpawn?: (kill: () => void) => void): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

for (const target of testTargets()) {
  describe(`peel import killed and rerun on ${target.name}`, () => {
    let w: ConnectorWorld;
    let dir: string;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      w = await connectorWorld(target);
      dir = mkdtempSync(join(tmpdir(), 'peel-kill-'));
    });
    afterAll(async () => {
      await w?.cleanup();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const stored = async (accountId: string): Promise<{ refs: number; posts: number; orphans: number }> => {
      const r = await sql<{ refs: number; posts: number; orphans: number }>`select
        (select count(*) from post_refs where account_id = ${accountId}) as refs,
        (select count(*) from posts where account_id = ${accountId}) as posts,
        (select count(*) from posts p where p.account_id = ${accountId} and not exists (select 1 from post_refs r where r.post_id = p.id)) as orphans`
        .execute(w.cenv.db);
      const row = r.rows[0]!;
      return { refs: Number(row.refs), posts: Number(row.posts), orphans: Number(row.orphans) };
    };

    const text = (i: number): string => `Road closed near junction ${i}; call 07700 900${String(i % 1000).padStart(3, '0')} for updates`;
    const cases = [
      {
        kind: 'jsonl', account: () => w.a.monitored,
        write(file: string) {
          writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify({ id: `t${i}`, text: text(i), created_at: '2023-05-01T10:00:00Z' })).join('\n'));
        },
      },
      {
        kind: 'x-archive', account: () => w.a.account,
        write(file: string) {
          const half = N / 2;
          writeFileSync(file, buildZip([
            { name: 'data/tweets.js', data: tweetsJs(Array.from({ length: half }, (_, i) => ({ id: String(1e15 + i), text: text(i) }))) },
            { name: 'data/tweets-part1.js', data: tweetsJs(Array.from({ length: half }, (_, i) => ({ id: String(2e15 + i), text: text(i) })), { part: 1 }) },
          ]));
        },
      },
    ];

    it.each(cases)('$kind: finishes with no duplicates and nothing missing', async (c) => {
      const file = join(dir, `archive-${c.kind}`);
      c.write(file);
      const account = c.account();
      const args = ['import', c.kind, file, '--account', account.handle, '--platform', 'x', '--force', w.a.force.code,
        '--database-url', w.url, '--batch-size', '200', '--workers', '1', '--no-progress'];

      const killed = await peel(args, (kill) => {
        const poll = setInterval(() => {
          void stored(account.id).then((s) => {
            if (s.refs >= 400) {
              clearInterval(poll);
              kill();
            }
          });
        }, 25);
      });
      expect(killed.signal).toBe('SIGKILL');
      const half = await stored(account.id);
      expect(half.refs).toBeGreaterThanOrEqual(400);
      expect(half.refs).toBeLessThan(N);
      expect(half).toMatchObject({ posts: half.refs, orphans: 0 });

      const rerun = await peel(args);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`Imported ${(N - half.refs).toLocaleString('en-GB')} new post\\(s\\)`));
      expect(await stored(account.id)).toEqual({ refs: N, posts: N, orphans: 0 });
      const dupFindings = await sql<{ n: number }>`select count(*) as n from (select post_id, rule, message_id, ranges from findings
        where post_id in (select id from posts where account_id = ${account.id}) group by post_id, rule, message_id, ranges having count(*) > 1) d`.execute(w.cenv.db);
      expect(Number(dupFindings.rows[0]!.n)).toBe(0);

      const again = await peel(args);
      expect(again.stdout).toMatch(/Imported 0 new post\(s\)/);
      expect(await stored(account.id)).toEqual({ refs: N, posts: N, orphans: 0 });
    }, 240_000);
  });
}
