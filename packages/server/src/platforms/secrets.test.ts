import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSecretBox, parseKey, secretBox, SecretError } from './secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'peel-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sealed secrets (AES-256-GCM)', () => {
  const box = secretBox(randomBytes(32));

  it('seals to an opaque value that opens only in its context', () => {
    const sealed = box.seal('app-password-1234', 'platform_links:1');
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(sealed).not.toContain('app-password');
    expect(box.open(sealed, 'platform_links:1')).toBe('app-password-1234');
    expect(box.seal('same', 'c')).not.toBe(box.seal('same', 'c'));
    expect(() => box.open(sealed, 'platform_links:2')).toThrow(SecretError);
  });

  it('refuses tampering and another key, saying which', () => {
    const sealed = box.seal('x', 'c');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('y').toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow(/integrity/);
    expect(() => secretBox(randomBytes(32)).open(sealed, 'c')).toThrow(/another key/);
    expect(() => box.open('plain text', 'c')).toThrow(/Not a sealed secret/);
  });

  it('reads the key from PEEL_SECRET_KEY (hex or base64) or a key file, creating the default file with mode 0600', () => {
    const key = randomBytes(32);
    const fromHex = loadSecretBox({ env: { PEEL_SECRET_KEY: key.toString('hex') } });
    const fromB64 = loadSecretBox({ env: { PEEL_SECRET_KEY: key.toString('base64') } });
    expect(fromB64.open(fromHex.seal('s', 'c'), 'c')).toBe('s');
    expect(() => parseKey('too short')).toThrow(/32 bytes/);

    const created = loadSecretBox({ env: {}, dataDir: dir });
    const file = join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadSecretBox({ env: {}, dataDir: dir });
    expect(again.open(created.seal('s', 'c'), 'c')).toBe('s');

    const named = join(dir, 'other.key');
    writeFileSync(named, key.toString('hex'));
    expect(loadSecretBox({ env: { PEEL_SECRET_KEY_FILE: named } }).open(fromHex.seal('t', 'c'), 'c')).toBe('t');
    expect(() => loadSecretBox({ env: { PEEL_SECRET_KEY_FILE: join(dir, 'missing.key') } })).toThrow(/does not exist/);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
