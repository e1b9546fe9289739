/** `peel report` in-process against a SQLite database seeded with demo-like data. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { openStore, seedReportFixture, type ReportFixture } from '@peel/server/reports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../io.js';
import { main } from '../main.js';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: Buffer; err: string }> {
  const out: Buffer[] = [];
  let err = '';
  const sink = (add: (b: Buffer) => void): Writable => new Writable({ write(chunk: Buffer, _e, done): void { add(Buffer.from(chunk)); done(); } });
  const io: CliIO = { stdin: Readable.from([]), stdout: sink((b) => out.push(b)), stderr: sink((b) => { err += b.toString(); }), env };
  const code = await main(argv, io);
  return { code, out: Buffer.concat(out), err };
}

describe('peel report', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let fx: ReportFixture;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peel-cli-report-'));
    const { store } = await openStore({ dataDir: dir, url: '' });
    fx = await seedReportFixture(store);
    await store.close();
    env = { PEEL_DATA_DIR: dir };
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a force report as JSON to standard output', async () => {
    const r = await run(['report', '--force', 'nsh', '--from', '2025-01-01', '--to', '2025-03-31', '--format', 'json'], env);
    expect([r.code, r.err]).toEqual([0, '']);
    const body = JSON.parse(r.out.toString());
    expect(body).toMatchObject({ kind: 'force', force: { code: 'nsh', name: 'Northshire Police' }, period: { from: '2025-01-01', to: '2025-03-31' } });
    expect(body.tables.map((t: { id: string }) => t.id)).toContain('findings_rule');
  });

  it('writes CSV and PDF files, taking the format from the extension', async () => {
    const csv = join(dir, 'r.csv');
    const a = await run(['report', '--force', 'nsh', '--from', '2025-01-01', '--to', '2025-03-31', '-o', csv], env);
    expect(a.code).toBe(0);
    expect(a.err).toMatch(/^peel: wrote .*r\.csv \(CSV, [\d,]+ bytes\)\n$/);
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toMatch(/^nsh,Northshire Police,2025-01-01,2025-03-31,accounts_status,/);
    const pdf = join(dir, 'r.pdf');
    expect((await run(['report', '--force', 'nsh', '--from', '2025-01-01', '--to', '2025-03-31', '--format', 'pdf', '-o', pdf], env)).code).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('Northshire Police: social media report');
    expect(text).toContain('Period: 2025-01-01 to 2025-03-31');
  });

  it('writes the inspectorate view with --all-forces, naming nobody', async () => {
    const r = await run(['report', '--all-forces', '--from', '2024-01-01', '--to', '2025-06-30', '--format', 'csv'], env);
    expect(r.code).toBe(0);
    const text = r.out.toString();
    expect(text).toContain(',fewer than 5,count');
    for (const s of fx.secrets) expect(text.includes(s)).toBe(false);
  });

  it.each([
    [['report', '--from', '2025-01-01'], /either --force CODE or --all-forces/],
    [['report', '--force', 'nsh', '--all-forces'], /either --force/],
    [['report', '--force', 'zzz', '--from', '2025-01-01', '--to', '2025-01-31'], /no force with code zzz/],
    [['report', '--force', 'nsh', '--from', '2025-02-30', '--to', '2025-03-31'], /from is not a real date/],
    [['report', '--force', 'nsh', '--from', '2025-04-01', '--to', '2025-03-31'], /from must not be after to/],
    [['report', '--force', 'nsh', '--format', 'docx'], /--format must be one of pdf, csv, json/],
    [['report', '--force', 'nsh', '-o', 'report.txt'], /give --format/],
    [['report', '--force', 'nsh', '--colour'], /unknown option --colour/],
  ])('%j is a usage error (exit 2, one line)', async (argv, message) => {
    const r = await run(argv, env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('says where it looked when there is no database', async () => {
    const r = await run(['report', '--force', 'nsh'], { PEEL_DATA_DIR: join(dir, 'missing') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^peel: no database at .*missing.*peel\.db/);
  });

  it('has help', async () => {
    const r = await run(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.out.toString()).toContain('Usage: peel report --force CODE');
    expect((await run(['--help'])).out.toString()).toMatch(/report\s+Write a force report/);
  });
});
