/**
 * The protected list (W1) holds only keyed hashes: HMAC-SHA-256 of the
 * normalised term, with a key the force keeps outside the policy. A database
 * dump or a leaked policy never reveals an operation name or a victim's name.
 */
import { normaliseTerm } from '../pipeline/normalise.js';
import { createHmac, toHex } from '../util/sha256.js';
import { utf8Encode } from '../util/utf8.js';
import type { ProtectedEntry } from './types.js';

/** The canonical form of a protected term: lexicon-normalised, single spaces. */
export function canonicalProtectedTerm(term: string): string {
  return normaliseTerm(term).split(/\s+/).filter((w) => w.length > 0).join(' ');
}

/** Hash a term for the protected list. The plain term is not kept. */
export function hashProtectedTerm(key: string | Uint8Array, term: string, extra: Omit<ProtectedEntry, 'hmac' | 'words'> = {}): ProtectedEntry {
  const canonical = canonicalProtectedTerm(term);
  if (!/[\p{L}\p{N}]/u.test(canonical)) throw new Error('A protected term must contain letters or digits.');
  const k = typeof key === 'string' ? utf8Encode(key) : key;
  return { ...extra, hmac: toHex(createHmac(k).digest(utf8Encode(canonical))), words: canonical.split(' ').length };
}
