/** `peel import` in-process: usage errors, a malformed file, an unknown account, and an import with its summary. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../server/src/domain/testing.js';
import { openStore } from '../../../server/src/storage/index.js';
import type { CliIO } from '../io.js';
import { main } from '../main.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void): Writable => new Writable({ write(c: Buffer, _e, done) { add(c.toString('utf8')); done(); } });
  const io: CliIO = { stdin: Readable.from([]), stdout: sink((s) => { out += s; }), stderr: sink((s) => { err += s; }), env: {} };
  return { code: await main(argv, io), out, err };
}

describe('peel import', () => {
  let dir: string;
  let handle: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peel-cli-import-'));
    const opened = await openStore({ url: '', dataDir: dir });
    const w = await createWorld(opened.store);
    handle = w.a.monitored.handle;
    await opened.store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['import']],
    [['import', 'pdf', 'x.pdf', '--account', 'a']],
    [['import', 'jsonl', '--account', 'a']],
    [['import', 'jsonl', 'a.jsonl', 'b.jsonl', '--account', 'a']],
    [['import', 'jsonl', 'a.jsonl']],
    [['import', 'x-archive', 'a.zip', '--account', 'a', '--map', 'id=x']],
    [['import', 'jsonl', 'a.jsonl', '--account', 'a', '--map', 'idd=x']],
    [['import', 'jsonl', 'a.jsonl', '--account', 'a', '--workers', 'many']],
    [['import', 'jsonl', 'a.jsonl', '--acount', 'a']],
  ])('%j is a usage error: exit 2, one line', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^peel: [^\n]+\n$/);
  });

  it('prints help', async () => {
    const r = await run(['import', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('peel import x-archive FILE.zip --account HANDLE');
  });

  it('imports, then says nothing new the second time', async () => {
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: `Road closed ${id}`, created_at: '2025-01-01T10:00:00Z' })).join('\n'));
    const first = await run(['import', 'jsonl', file, '--account', handle.replace(/^@/, ''), '--data-dir', dir, '--workers', '0']);
    expect(first.err).toBe('');
    expect(first.out).toMatch(/^Imported 3 new post\(s\) into @aa_pat_live \(x\); 0 already there; 3 read in/);
    const second = await run(['import', 'jsonl', file, '--account', handle, '--data-dir', dir, '--workers', '0']);
    expect(second.out).toMatch(/^Imported 0 new post\(s\) into @aa_pat_live \(x\); 3 already there/);
  });

  it('names the file and line of a malformed record, and an unknown account, with exit 2', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"1","text":"secret text","created_at":"2025-01-01T10:00:00Z"}\n{"id":"2","text":"more secret","created_at":"whenever"}\n');
    const r = await run(['import', 'jsonl', bad, '--account', handle, '--data-dir', dir, '--workers', '0']);
    expect([r.code, r.err]).toEqual([2, 'peel: bad.jsonl line 2: field "created_at" is not a date and time\n']);
    const u = await run(['import', 'jsonl', bad, '--account', '@nobody', '--data-dir', dir]);
    expect([u.code, u.err]).toEqual([2, 'peel: no account with handle @nobody\n']);
    const missing = await run(['import', 'jsonl', join(dir, 'nope.jsonl'), '--account', handle, '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^peel: cannot read .*nope\.jsonl\n$/);
  });
});
