/** In-process runs of main() with fake streams: quick checks of many argument combinations. */
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { main } from './main.js';

async function run(argv: string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void): Writable => new Writable({
    write(chunk: Buffer, _enc, done): void {
      add(chunk.toString('utf8'));
      done();
    },
  });
  const io: CliIO = {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: sink((s) => { out += s; }),
    stderr: sink((s) => { err += s; }),
    env,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('main', () => {
  it.each([
    [['check', '--fail-on', 'sometimes', 'x']],
    [['check', '--file', 'a.txt', 'text too']],
    [['check', '--account-kind', 'robot', 'x']],
    [['check', '--date', 'yesterday', 'x']],
    [['check', '--format']],
    [['check', '--help=yes']],
    [['check', '--format', 'jsonl', 'text as argument']],
    [['--frobnicate']],
  ])('%j is a usage error: exit 2, one line', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^peel: [^\n]+\n$/);
  });

  it('refuses to wait on an interactive terminal with no text', async () => {
    const io = { isTTY: true };
    let err = '';
    const code = await main(['check'], {
      stdin: Object.assign(Readable.from([]), io),
      stdout: new Writable({ write: (_c, _e, done) => done() }),
      stderr: new Writable({ write: (c: Buffer, _e, done) => { err += c.toString(); done(); } }),
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toContain('no text to check');
  });

  it('passes post fields from flags to the engine', async () => {
    const r = await run(['check', '--format', 'json', '--platform', 'x', '--account-kind', 'team', '--date', '2025-01-02', 'hello']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('verdict');
  });

  it('prints the command list and per-command help', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.out).toMatch(/^\s+check\s+/m);
    const sub = await run(['check', '--help']);
    expect(sub.out).toContain('--fail-on LEVEL');
    expect((await run(['help', 'check'])).out).toBe(sub.out);
    expect((await run([])).code).toBe(2);
  });

  it('colours pretty output only when forced or on a terminal without NO_COLOR', async () => {
    const text = 'call me on 07700 900123';
    expect((await run(['check', text])).out).not.toContain('\x1b');
    expect((await run(['check', '--color', text])).out).toContain('\x1b[');
    expect((await run(['check', '--color', '--no-color', text])).out).not.toContain('\x1b');
  });
});
