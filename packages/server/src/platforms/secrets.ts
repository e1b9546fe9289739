/**
 * Credentials at rest (app passwords, API tokens, webhook secrets) are sealed
 * with AES-256-GCM. The key comes from PEEL_SECRET_KEY (64 hex characters or
 * base64 of 32 bytes), or from a key file (PEEL_SECRET_KEY_FILE, default
 * <data dir>/secret.key, created with mode 0600 on first use). Each sealed
 * value is bound to where it is stored (additional authenticated data), so a
 * value copied to another row does not open.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Seals and opens secrets with one key. */
export interface SecretBox {
  /** Short id of the key (not secret), stored with each sealed value. */
  readonly keyId: string;
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

/** A sealed value that does not open: wrong key, wrong context, or tampered. */
export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretError';
  }
}

/** Decode a key given as 64 hex characters or base64 of 32 bytes. */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new SecretError('The secret key must be 32 bytes: 64 hex characters or base64.');
  return key;
}

/** A box over a 32-byte key. */
export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretError('The secret key must be 32 bytes.');
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return {
    keyId,
    seal(plain, context) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      c.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return ['v1', keyId, iv.toString('base64url'), c.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed, context) {
      const [v, kid, iv, tag, body] = sealed.split('.');
      if (v !== 'v1' || iv === undefined || tag === undefined || body === undefined) throw new SecretError('Not a sealed secret.');
      if (kid !== keyId) throw new SecretError('This secret was sealed with another key (check PEEL_SECRET_KEY or the key file).');
      try {
        const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        d.setAAD(Buffer.from(context, 'utf8'));
        d.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]).toString('utf8');
      } catch {
        throw new SecretError('A sealed secret failed its integrity check.');
      }
    },
  };
}

/** Where the key comes from. */
export interface KeySource {
  env?: NodeJS.ProcessEnv;
  /** Data directory for the default key file (default PEEL_DATA_DIR or ./data). */
  dataDir?: string;
}

/** Load (or on first use create) the key, and return a box over it. */
export function loadSecretBox(src: KeySource = {}): SecretBox {
  const env = src.env ?? process.env;
  if (env.PEEL_SECRET_KEY) return secretBox(parseKey(env.PEEL_SECRET_KEY));
  const file = env.PEEL_SECRET_KEY_FILE ? resolve(env.PEEL_SECRET_KEY_FILE) : join(resolve(src.dataDir ?? env.PEEL_DATA_DIR ?? 'data'), 'secret.key');
  if (!existsSync(file)) {
    if (env.PEEL_SECRET_KEY_FILE) throw new SecretError('PEEL_SECRET_KEY_FILE names a file that does not exist.');
    mkdirSync(dirname(file), { recursive: true });
    // wx: never overwrite a key another process has just written.
    try {
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return secretBox(parseKey(readFileSync(file, 'utf8')));
}
