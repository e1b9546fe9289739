/**
 * UUID version 7: a millisecond timestamp followed by randomness, so ids sort
 * in creation order (stable list order for records made in the same instant,
 * and better index locality). Monotonic within a process: ids made in the
 * same millisecond count up in the 12-bit `rand_a` field.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

/** A new, monotonically increasing UUIDv7 string. */
export function uuid7(nowMs: number = Date.now()): string {
  let ms = nowMs;
  if (ms <= lastMs) {
    ms = lastMs;
    seq++;
    // Counter overflow: borrow the next millisecond rather than repeat.
    if (seq > 0xfff) {
      ms = ++lastMs;
      seq = 0;
    }
  } else {
    seq = 0;
  }
  lastMs = ms;
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
