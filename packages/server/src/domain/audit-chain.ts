/**
 * The audit chain: each entry's hash is SHA-256 over the previous entry's hash
 * and the canonical JSON of the entry (keys sorted, no spaces), so changing,
 * removing or reordering any entry breaks every hash after it.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from './model.js';

/** The hash the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level; `undefined` members are dropped, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    // JSON.stringify(undefined) is undefined; inside arrays it would be null.
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The fields covered by the hash (everything but the hash itself). */
export type HashedFields = Omit<AuditEntry, 'hash'>;

/** SHA-256 (hex) of the previous hash followed by the entry's canonical JSON. */
export function entryHash(entry: HashedFields): string {
  const body = canonicalJson({
    seq: entry.seq, at: entry.at, forceId: entry.forceId, actorId: entry.actorId, action: entry.action,
    subjectType: entry.subjectType, subjectId: entry.subjectId, data: entry.data,
  });
  return createHash('sha256').update(entry.prevHash).update('\n').update(body).digest('hex');
}

/** Outcome of verifying the chain. */
export interface VerifyResult {
  ok: boolean;
  /** Entries checked. */
  checked: number;
  /** The first entry that does not verify, and why. */
  firstBroken?: { seq: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' | 'head_mismatch' };
}

/** Incremental verifier: feed entries in seq order, then call `finish` with the stored head. */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private prevSeq = 0;
  private checked = 0;
  private broken: VerifyResult['firstBroken'];

  /** Check one entry; returns false once the chain is broken. */
  add(e: AuditEntry): boolean {
    if (this.broken) return false;
    this.checked++;
    if (e.seq !== this.prevSeq + 1) this.broken = { seq: e.seq, reason: 'gap' };
    else if (e.prevHash !== this.prevHash) this.broken = { seq: e.seq, reason: 'broken_link' };
    else if (entryHash(e) !== e.hash) this.broken = { seq: e.seq, reason: 'hash_mismatch' };
    this.prevHash = e.hash;
    this.prevSeq = e.seq;
    return !this.broken;
  }

  /** Compare the last entry with the head row (catches entries deleted from the end). */
  finish(head: { seq: number; hash: string }): VerifyResult {
    if (!this.broken && (head.seq !== this.prevSeq || head.hash !== this.prevHash)) {
      this.broken = { seq: Math.min(head.seq, this.prevSeq + 1), reason: 'head_mismatch' };
    }
    return this.broken ? { ok: false, checked: this.checked, firstBroken: this.broken } : { ok: true, checked: this.checked };
  }
}
