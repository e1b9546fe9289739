/**
 * Passwords: argon2id (OWASP parameters: 19 MiB, 2 passes). Verification of
 * an unknown user still spends the same work, so timing does not reveal
 * which e-mail addresses exist.
 */
import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../domain/errors.js';

// Algorithm.Argon2id; the package's enum is a const enum, which isolatedModules cannot read.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Shortest and longest passwords accepted. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Reject passwords that are too short or too long (a very long one would only burn CPU). */
export function assertPasswordAcceptable(password: string): void {
  if (password.length < PASSWORD_MIN) throw invalid(`Passwords need at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) throw invalid(`Passwords can have at most ${PASSWORD_MAX} characters.`);
}

/** Hash a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Verify a password; with no hash (unknown user, SSO-only user) verifies against a dummy to keep timing flat. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX) return false;
  if (stored === null) {
    dummy ??= hashPassword('peel-dummy-password-for-timing');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
