import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../domain/audit.js';
import { openStore } from '../storage/index.js';
import { testTargets } from '../storage/testing.js';
import { backupSqlite, postgresBackupAdvice } from './backup.js';

describe('backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peel-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a live SQLite database consistently, and never overwrites', async () => {
    const o = await testTargets()[0].open();
    try {
      await o.store.forces.create({ id: 'f1', code: 'bk', name: 'Backup Force', oidc: null, createdAt: '2025-01-01T00:00:00.000Z' });
      await o.store.audit.append({ at: '2025-01-01T00:00:00.000Z', forceId: 'f1', actorId: null, action: 'x', subjectType: 'force', subjectId: 'f1', data: {} });
      const dest = join(dir, 'copy.db');
      // A write in flight while the backup runs must not corrupt it.
      const [size] = await Promise.all([backupSqlite(o.handle.file!, dest), o.store.forces.create({ id: 'f2', code: 'bk2', name: 'Another', oidc: null, createdAt: '2025-01-01T00:00:00.000Z' })]);
      expect(size).toBeGreaterThan(0);
      await expect(backupSqlite(o.handle.file!, dest)).rejects.toThrow(/exists already/);
      const copy = await openStore({ url: dest, migrate: false });
      try {
        expect((await copy.store.forces.get('f1'))?.name).toBe('Backup Force');
        expect(await verifyAuditLog(copy.store)).toMatchObject({ ok: true, checked: 1 });
      } finally {
        await copy.store.close();
      }
      expect(existsSync(join(dir, 'copy.db'))).toBe(true);
    } finally {
      await o.cleanup();
    }
  });

  it('explains pg_dump for PostgreSQL without repeating the password', () => {
    const text = postgresBackupAdvice('postgres://peel:***@db/peel');
    expect(text).toMatch(/pg_dump --format=custom/);
    expect(text).not.toMatch(/peel:peel@/);
  });
});
