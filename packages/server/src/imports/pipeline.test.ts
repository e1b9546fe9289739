/**
 * Imports end to end on each database: JSONL and CSV files into an account,
 * every post checked and its findings stored; idempotent; bad records named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../domain/audit.js';
import { connectorWorld, type ConnectorWorld } from '../platforms/testing.js';
import { testTargets } from '../storage/testing.js';
import { ImportFormatError } from './record.js';
import { importFile } from './service.js';
import { listImports } from './store.js';
import { buildZip, jpegWithGps, tweetsJs } from './x-archive/testing.js';

const PHONE = 'Thanks Sarah (07700 900123) for reporting';
const line = (i: number, text = i % 10 === 0 ? PHONE : `Road closed on the A43 near junction ${i}, please avoid`): string =>
  JSON.stringify({ id: `p${i}`, text, created_at: `2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z` });

async function count(w: ConnectorWorld, table: 'posts' | 'post_refs' | 'findings', accountId: string): Promise<number> {
  const col = table === 'findings' ? sql`post_id in (select id from posts where account_id = ${accountId})` : sql`account_id = ${accountId}`;
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${col}`.execute(w.cenv.db);
  return Number(r.rows[0]!.n);
}

for (const target of testTargets()) {
  describe(`imports on ${target.name}`, () => {
    let w: ConnectorWorld;
    let dir: string;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      w = await connectorWorld(target);
      dir = mkdtempSync(join(tmpdir(), 'peel-import-'));
    });
    afterAll(async () => {
      await w?.cleanup();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('imports JSONL, checks every post, and a second run adds nothing', async () => {
      const file = join(dir, 'posts.jsonl');
      writeFileSync(file, Array.from({ length: 1234 }, (_, i) => line(i)).join('\n') + '\n');
      const account = w.a.monitored;
      const seen: number[] = [];
      const first = await importFile(w.cenv, { kind: 'jsonl', path: file, account, actorId: null, batchSize: 200, onProgress: (p) => seen.push(p.processed) });
      expect(first).toMatchObject({ status: 'done', processed: 1234, imported: 1234, skipped: 0, rejected: 0 });
      expect(seen.at(-1)).toBe(1234);
      expect(await count(w, 'posts', account.id)).toBe(1234);
      expect(await count(w, 'post_refs', account.id)).toBe(1234);
      // Every tenth post has a phone number: P6 (or another rule) finds something in each.
      const flagged = await sql<{ n: number }>`select count(distinct post_id) as n from findings where post_id in (select id from posts where account_id = ${account.id})`.execute(w.cenv.db);
      expect(Number(flagged.rows[0]!.n)).toBeGreaterThanOrEqual(124);

      const second = await importFile(w.cenv, { kind: 'jsonl', path: file, account, actorId: null, batchSize: 500 });
      expect(second.id).not.toBe(first.id);
      expect(second).toMatchObject({ status: 'done', processed: 1234, imported: 0, skipped: 1234 });
      expect(await count(w, 'posts', account.id)).toBe(1234);
      expect((await verifyAuditLog(w.env.store)).ok).toBe(true);
    });

    it('imports CSV with a column mapping through worker threads', async () => {
      const file = join(dir, 'export.csv');
      const rows = Array.from({ length: 300 }, (_, i) => `${i},"${i % 3 === 0 ? PHONE : `Fun day, number ${i}`}",2024-05-0${1 + (i % 9)} 10:00:00`);
      writeFileSync(file, `post_id,body,posted\n${rows.join('\n')}\n`);
      const run = await importFile(w.cenv, {
        kind: 'csv', path: file, account: w.a.account, actorId: w.a.desk.user.id, workers: 2, batchSize: 64,
        mapping: { id: 'post_id', text: 'body', publishedAt: 'posted' },
      });
      expect(run).toMatchObject({ status: 'done', imported: 300, createdBy: w.a.desk.user.id });
      const posts = await w.env.store.posts.list(w.a.force.id, { limit: 5 }, { accountId: w.a.account.id });
      expect(posts.items[0]).toMatchObject({ source: 'imported', accountId: w.a.account.id });
      expect(posts.items[0]!.report.engineVersion).toBeTruthy();
    });

    it('stops at a bad line naming file and line, keeps what was stored, and resumes the same import', async () => {
      const file = join(dir, 'broken.jsonl');
      const good = Array.from({ length: 50 }, (_, i) => line(1000 + i));
      writeFileSync(file, [...good, '{"id":"x","text":"private words","created_at":"not a date"}', line(2000)].join('\n'));
      const account = w.b.account;
      const err = await importFile(w.cenv, { kind: 'jsonl', path: file, account, actorId: null, batchSize: 20 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportFormatError);
      expect((err as Error).message).toBe('broken.jsonl line 51: field "created_at" is not a date and time');
      const [failed] = await listImports(w.cenv.db, w.b.force.id, 1, account.id);
      expect(failed).toMatchObject({ status: 'failed', imported: 40, error: (err as Error).message });
      // Fix the line and run again: the same import record finishes with the rest.
      writeFileSync(file, [...good, line(2001), line(2000)].join('\n'));
      const done = await importFile(w.cenv, { kind: 'jsonl', path: file, account, actorId: null, batchSize: 20 });
      expect(done.id).toBe(failed!.id);
      expect(done).toMatchObject({ status: 'done', imported: 52, skipped: 40, processed: 52 });
      expect(await count(w, 'posts', account.id)).toBe(52);
    });

    it('rejects a post the engine refuses, or counts it with skipRejected', async () => {
      const file = join(dir, 'long.jsonl');
      writeFileSync(file, [line(1), JSON.stringify({ id: 'long', text: 'a'.repeat(100_001), created_at: '2024-01-01T00:00:00Z' }), line(2)].join('\n'));
      const err = await importFile(w.cenv, { kind: 'jsonl', path: file, account: w.b.monitored, actorId: null }).catch((e: unknown) => e);
      expect((err as Error).message).toBe('long.jsonl line 2: the post cannot be checked (TEXT_TOO_LONG)');
      const run = await importFile(w.cenv, { kind: 'jsonl', path: file, account: w.b.monitored, actorId: null, skipRejected: true });
      expect(run).toMatchObject({ status: 'done', imported: 2, rejected: 1 });
    });

    it('imports an X archive: a photo with GPS gets a P9 finding, and a second import adds nothing', async () => {
      const file = join(dir, 'twitter-2023.zip');
      writeFileSync(file, buildZip([
        { name: 'data/tweets.js', data: tweetsJs([
          { id: '1610000000000000001', text: 'Lovely morning on patrol & a chat with the neighbourhood watch', mediaCount: 1 },
          { id: '1610000000000000002', text: 'Road closed on the A43 <3 thanks for your patience', createdAt: 'Tue Jan 03 10:00:00 +0000 2023' },
        ]) },
        { name: 'data/tweets_media/1610000000000000001-Fx1a2b3c.jpg', data: jpegWithGps(52.3, -0.9), store: true },
      ]));
      const account = w.b.account;
      const run = await importFile(w.cenv, { kind: 'x-archive', path: file, account, actorId: null });
      expect(run).toMatchObject({ status: 'done', kind: 'x-archive', fileName: 'twitter-2023.zip', imported: 2 });
      const posts = await w.env.store.posts.list(w.b.force.id, { limit: 100 }, { accountId: account.id });
      const photo = posts.items.find((p) => p.externalUrl?.endsWith('/1610000000000000001'))!;
      expect(photo.text).toBe('Lovely morning on patrol & a chat with the neighbourhood watch');
      expect(photo.publishedAt).toBe('2023-01-02T08:26:24.000Z');
      const findings = await w.env.store.findings.list(w.b.force.id, { limit: 20 }, { postId: photo.id });
      expect(findings.items.map((f) => f.rule)).toContain('P9');
      const again = await importFile(w.cenv, { kind: 'x-archive', path: file, account, actorId: null });
      expect(again).toMatchObject({ imported: 0, skipped: 2 });
    });
  });
}
