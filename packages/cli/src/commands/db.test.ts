/** The server commands, run in-process against a temporary SQLite database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../io.js';
import { runAdmin } from './admin.js';
import { runAudit } from './audit.js';
import { runBackup } from './backup.js';
import { runDb } from './db.js';

const dir = mkdtempSync(join(tmpdir(), 'peel-cli-'));

function io(stdin = ''): CliIO & { out(): string } {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  const input = new PassThrough();
  input.end(stdin);
  return { stdin: input, stdout, stderr: new PassThrough(), env: { PEEL_DATA_DIR: dir }, out: () => chunks.join('') };
}

describe('peel db / admin / audit / backup', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, then says it is up to date', async () => {
    const a = io();
    expect(await runDb(['migrate'], a)).toBe(0);
    expect(a.out()).toMatch(/Applied \d+ migration\(s\) to sqlite .*peel\.db: 0001_initial/);
    const b = io();
    expect(await runDb(['migrate'], b)).toBe(0);
    expect(b.out()).toMatch(/up to date/);
    await expect(runDb(['drop'], io())).rejects.toThrow(/Usage: peel db migrate/);
  });

  it('creates an administrator with a password from stdin, or a generated one', async () => {
    const a = io('a long enough password\n');
    expect(await runAdmin(['create-user', '--email', 'root@example.test', '--name', 'Root', '--role', 'system_admin', '--password-stdin'], a)).toBe(0);
    expect(a.out()).toMatch(/Created user root@example\.test \(system_admin\)/);
    expect(a.out()).not.toMatch(/Password/);
    const b = io();
    expect(await runAdmin(['create-user', '--email', 'two@example.test', '--name', 'Two', '--role', 'inspector'], b)).toBe(0);
    expect(b.out()).toMatch(/Password \(shown once\): \S{20,}/);
    await expect(runAdmin(['create-user', '--email', 'x@example.test', '--name', 'X', '--role', 'officer'], io())).rejects.toThrow(/belong to a force/);
    await expect(runAdmin(['create-user', '--email', 'x@example.test', '--name', 'X', '--role', 'wizard'], io())).rejects.toThrow(/Unknown role/);
    await expect(runAdmin(['create-user', '--email', 'root@example.test', '--name', 'X', '--role', 'inspector'], io())).rejects.toThrow(/already exists/);
  });

  it('verifies the audit chain and backs up', async () => {
    const a = io();
    expect(await runAudit(['verify'], a)).toBe(0);
    expect(a.out()).toMatch(/intact: 2 entries verified/);
    const b = io();
    const out = join(dir, 'copy.db');
    expect(await runBackup(['--out', out], b)).toBe(0);
    expect(b.out()).toMatch(/Backed up .* to .*copy\.db/);
    const c = io();
    expect(await runAudit(['verify', '--data-dir', dir], c)).toBe(0);
  });

  it('reports where the chain is broken', async () => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'peel.db'));
    db.exec('drop trigger audit_log_no_update');
    db.prepare("update audit_log set action = 'user.tampered' where seq = 2").run();
    db.close();
    const a = io();
    expect(await runAudit(['verify'], a)).toBe(1);
    expect(a.out()).toMatch(/BROKEN at entry #2: its contents were changed/);
  });

  it('tells PostgreSQL users how to use pg_dump', async () => {
    const a = io();
    a.env.DATABASE_URL = 'postgres://peel:secret@db.example/peel';
    expect(await runBackup([], a)).toBe(0);
    expect(a.out()).toMatch(/pg_dump/);
    expect(a.out()).not.toMatch(/secret/);
  });
});
