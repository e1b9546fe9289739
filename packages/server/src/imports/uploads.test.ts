/** Imports from the web app: upload, queued job, progress, clean-up; refused without rights or CSRF. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../domain/testing.js';
import { CSRF_HEADER } from '../http/session.js';
import { signIn } from '../http/testing.js';
import { connectorApp, type ConnectorApp } from '../platforms/http-testing.js';
import { testTargets } from '../storage/testing.js';
import type { ImportRun } from './store.js';
import { buildZip, jpegWithGps, tweetsJs } from './x-archive/testing.js';

for (const target of testTargets()) {
  // Each import runs as a job in a worker thread: slow on a busy machine.
  describe(`imports uploaded over HTTP on ${target.name}`, { timeout: 90_000 }, () => {
    let rig: ConnectorApp;
    let dir: string;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      dir = mkdtempSync(join(tmpdir(), 'peel-uploads-'));
      rig = await connectorApp(target, { dataDir: dir });
    });
    afterAll(async () => {
      await rig?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const upload = async (m: Member, query: string, body: Buffer | string, type: string, csrf = true) => {
      const call = await signIn(rig.app, rig.world, m);
      return rig.app.inject({
        method: 'POST', url: `/api/imports?${query}`, payload: body,
        headers: { cookie: call.cookie, 'content-type': type, ...(csrf ? { [CSRF_HEADER]: call.csrf } : {}) },
      });
    };
    /** The job removes an upload just after marking its import finished. */
    const uploadsEmpty = async () => {
      const d = join(dir, 'uploads');
      for (let i = 0; i < 100 && existsSync(d) && readdirSync(d).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(existsSync(d) ? readdirSync(d) : []).toEqual([]);
    };
    const until = async (m: Member, id: string): Promise<ImportRun> => {
      const call = await signIn(rig.app, rig.world, m);
      for (let i = 0; i < 1200; i++) {
        const run = (await call('GET', `/api/imports/${id}`)).json() as ImportRun;
        if (run.status === 'done' || run.status === 'failed') return run;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('import did not finish');
    };

    it('queues an uploaded JSONL file, runs it as a job with progress, and removes the upload', async () => {
      const lines = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `w${i}`, text: i % 4 ? `Fun day number ${i}` : 'Thanks Sarah (07700 900123) for reporting', created_at: '2025-01-05T10:00:00Z' }));
      const { officer } = rig.world.a;
      const res = await upload(officer, `accountId=${rig.world.a.account.id}&kind=jsonl&fileName=../../etc/posts.jsonl`, lines.join('\n'), 'application/x-ndjson');
      expect(res.statusCode, res.body).toBe(202);
      const queued = res.json() as ImportRun;
      expect(queued).toMatchObject({ status: 'queued', fileName: '.._.._etc_posts.jsonl' });
      const done = await until(officer, queued.id);
      expect(done).toMatchObject({ status: 'done', total: 120, processed: 120, imported: 120 });
      await uploadsEmpty();
      const list = (await (await signIn(rig.app, rig.world, officer))('GET', `/api/imports?accountId=${rig.world.a.account.id}`)).json() as { items: ImportRun[] };
      expect(list.items.map((i) => i.id)).toContain(queued.id);
    });

    it('imports an uploaded X archive', async () => {
      const zip = buildZip([
        { name: 'data/tweets.js', data: tweetsJs([{ id: '1700000000000000001', text: 'Patrol photo', mediaCount: 1 }]) },
        { name: 'data/tweets_media/1700000000000000001-a.jpg', data: jpegWithGps(52.1, -0.8), store: true },
      ]);
      const res = await upload(rig.world.a.desk, `accountId=${rig.world.a.monitored.id}&kind=x-archive&fileName=twitter.zip`, zip, 'application/zip');
      expect(res.statusCode, res.body).toBe(202);
      expect(await until(rig.world.a.desk, (res.json() as ImportRun).id)).toMatchObject({ status: 'done', imported: 1, total: 1 });
    });

    it('reports a malformed file as a failed import naming the line, before storing anything', async () => {
      const res = await upload(rig.world.a.officer, `accountId=${rig.world.a.account.id}&kind=jsonl&fileName=bad.jsonl`, '{"id":"ok1","text":"a","created_at":"2025-01-01T00:00:00Z"}\n{oops\n', 'application/x-ndjson');
      const run = await until(rig.world.a.officer, (res.json() as ImportRun).id);
      expect(run).toMatchObject({ status: 'failed', imported: 0, error: 'bad.jsonl line 2: not valid JSON' });
      // Not retried: the upload is removed at once.
      await uploadsEmpty();
    });

    it('refuses uploads without CSRF, for accounts out of reach, and of unknown kinds', async () => {
      const { a, b } = rig.world;
      expect((await upload(a.officer, `accountId=${a.account.id}&kind=jsonl&fileName=x`, 'x', 'application/x-ndjson', false)).statusCode).toBe(403);
      expect((await upload(a.officer2, `accountId=${a.account.id}&kind=jsonl&fileName=x`, 'x', 'application/x-ndjson')).statusCode).toBe(403);
      expect((await upload(a.officer, `accountId=${b.account.id}&kind=jsonl&fileName=x`, 'x', 'application/x-ndjson')).statusCode).toBe(404);
      expect((await upload(a.standards, `accountId=${a.account.id}&kind=jsonl&fileName=x`, 'x', 'application/x-ndjson')).statusCode).toBe(403);
      expect((await upload(a.officer, `accountId=${a.account.id}&kind=pdf&fileName=x`, 'x', 'application/x-ndjson')).statusCode).toBe(422);
      expect((await upload(a.officer, `accountId=${a.account.id}&kind=jsonl&fileName=x`, 'x', 'text/plain')).statusCode).toBe(415);
      await uploadsEmpty();
    });
  });
}
