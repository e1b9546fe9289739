/**
 * End-to-end tests: each spawns the real executable (node bin/peel.js), as a
 * user or CI job would. They avoid depending on which rules exist, except the
 * one marked below.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/peel.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'peel-cli-'));

interface Run { code: number | null; stdout: string; stderr: string }

// Each run starts Node and tsx (~0.5 s of CPU): a few at a time keeps the suite
// from starving other tests on a small machine.
const MAX_RUNNING = 3;
let running = 0;
const waiting: (() => void)[] = [];

async function peel(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  while (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnPeel(args, input, env);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnPeel(args: string[], input: string | undefined, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const jsonLines = (s: string): Record<string, unknown>[] =>
  s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

/** A usage/input error: exit 2, nothing on stdout, exactly one `peel: …` line on stderr. */
function expectUsageError(r: Run): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^peel: [^\n]+\n$/);
}

describe.concurrent('peel check', { timeout: 120_000 }, () => {
  it('checks text given as arguments (pretty by default, no colour on a pipe)', async () => {
    const r = await peel(['check', 'Thanks', 'everyone', 'for', 'coming']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: (PASS|ADVISE|REVIEW|BLOCK) \(/m);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stderr).toBe('');
  });

  it('reads the post from stdin', async () => {
    const r = await peel(['check', '--format', 'json'], 'Lovely morning in Kettering\n');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; findings: unknown[]; policyVersion: string };
    expect(['pass', 'advise', 'review', 'block']).toContain(report.verdict);
    expect(Array.isArray(report.findings)).toBe(true);
    expect(report.policyVersion).toBe('uk-default@1.0.0');
  });

  it('reads the post from --file, and says so when the file is missing', async () => {
    const r = await peel(['check', '--format', 'json', '--file', file('post.txt', 'A quiet night shift.\n')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('verdict');
    expectUsageError(await peel(['check', '--file', join(dir, 'nope.txt')]));
  });

  it('gives the same report for the same text from each source', async () => {
    const text = 'Road closed on the A14 near junction 10';
    const [a, b, c] = await Promise.all([
      peel(['check', '--format', 'json', text]),
      peel(['check', '--format', 'json'], `${text}\n`),
      peel(['check', '--format', 'json', '-f', file('same.txt', text)]),
    ]);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });

  it('checks a JSON Lines batch, keeping each id and numbering plain lines', async () => {
    const input = ['plain text post', '{"id":"p-1","text":"a JSON post","platform":"x"}', '', '{"id":7,"text":"another"}'].join('\n');
    const r = await peel(['check', '--format', 'jsonl'], input);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([1, 'p-1', 7]);
    for (const o of out) expect(o).toHaveProperty('verdict');
  });

  it('writes an error object for a bad line and goes on, exiting 2 at the end', async () => {
    const input = ['{"id":"a","text":"fine"}', '{"id":"b","text": oops', '{"id":"c","text":42}', 'last one'].join('\n');
    const r = await peel(['check', '--format', 'jsonl'], input);
    expect(r.code).toBe(2);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'a' });
    expect(out[1]).toMatchObject({ id: 2, line: 2, error: { code: 'BAD_JSON' } });
    expect(out[2]).toMatchObject({ id: 'c', line: 3, error: { code: 'TEXT_NOT_STRING' } });
    expect(out[3]).toMatchObject({ id: 4 });
    expect(r.stdout).not.toContain('oops');
  });

  it('rejects over-long input with one line and exit 2, never echoing the text', async () => {
    const long = 'a'.repeat(100_001);
    const [stdin, fromFile, batch] = await Promise.all([
      peel(['check'], long),
      peel(['check', '--file', file('long.txt', long)]),
      peel(['check', '--format', 'jsonl'], `${JSON.stringify({ id: 'L', text: long })}\nok\n`),
    ]);
    expectUsageError(stdin);
    expectUsageError(fromFile);
    expect(batch.code).toBe(2);
    const out = jsonLines(batch.stdout);
    expect(out[0]).toMatchObject({ id: 'L', line: 1, error: { code: 'TEXT_TOO_LONG' } });
    expect(out[1]).toMatchObject({ id: 2 });
    expect(batch.stdout).not.toContain('aaaa');
  });

  it('accepts a text exactly at the limit', async () => {
    const r = await peel(['check', '--format', 'json'], 'a '.repeat(50_000));
    expect(r.code).toBe(0);
  });

  it('exits 2 with one line for unknown flags, bad values and conflicting inputs', async () => {
    // More cases run in-process in main.test.ts; these check the real process's exit code.
    const runs = await Promise.all([['check', '--frobnicate', 'x'], ['check', '--format', 'xml', 'x'], ['nonsense']]
      .map((args) => peel(args)));
    runs.forEach(expectUsageError);
  });

  it('--fail-on does not fail a post that passes', async () => {
    const r = await peel(['check', '--fail-on', 'advise', '--format', 'json', 'Have a good weekend']);
    const { verdict } = JSON.parse(r.stdout) as { verdict: string };
    expect(r.code).toBe(verdict === 'pass' ? 0 : 1);
    expect((await peel(['check', '--fail-on', 'block', 'Have a good weekend'])).code).toBe(0);
  });

  // Depends on the phone recogniser and its rule (P6): fails until they land.
  it('--fail-on exits 1 when a post reaches the level', async () => {
    const r = await peel(['check', '--fail-on', 'advise', 'call me on 07700 900123']);
    expect(r.code).toBe(1);
    const batch = await peel(['check', '--format', 'jsonl', '--fail-on', 'advise'], 'hello\ncall me on 07700 900123\n');
    expect(batch.code).toBe(1);
  });

  it('uses a policy from --policy and rejects a broken one', async () => {
    const good = file('policy.json', JSON.stringify({ id: 'testforce', version: '2.3.4', name: 'Test Force' }));
    const r = await peel(['check', '--format', 'json', '--policy', good, 'hello']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ policyVersion: 'testforce@2.3.4' });
    const bad = await Promise.all([file('bad.json', '{"id": '), join(dir, 'missing.json')]
      .map((p) => peel(['check', '--policy', p, 'hello'])));
    bad.forEach(expectUsageError);
  });

  it('prints help and version', async () => {
    const help = await peel(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check\s+Check posts/);
    const version = await peel(['--version']);
    expect(version.stdout).toMatch(/^peel \d+\.\d+\.\d+ \(engine \d+\.\d+\.\d+\)\n$/);
  });
});
