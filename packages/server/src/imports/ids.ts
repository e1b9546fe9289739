/**
 * UUIDv7 ids for bulk writes, in the same format as util/uuid7 (millisecond
 * time, 12-bit counter, random tail) but drawing randomness from a pooled
 * buffer: a million-post import makes several million ids, and one
 * randomBytes call per id was a visible share of the import's time.
 */
import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pool = Buffer.alloc(64 * 1024);
let offset = pool.length;
let lastMs = 0;
let seq = 0;

function random8(): number {
  if (offset + 8 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  offset += 8;
  return offset - 8;
}

/** A new UUIDv7 (monotonic within this generator). */
export function bulkId(nowMs: number = Date.now()): string {
  let ms = nowMs;
  if (ms <= lastMs) {
    ms = lastMs;
    if (++seq > 0xfff) {
      ms = ++lastMs;
      seq = 0;
    }
  } else {
    seq = 0;
  }
  lastMs = ms;
  const r = random8();
  const t = HEX;
  const time = ms.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${t[0x70 | (seq >> 8)]}${t[seq & 0xff]}-${t[0x80 | (pool[r]! & 0x3f)]}${t[pool[r + 1]!]}-`
    + `${t[pool[r + 2]!]}${t[pool[r + 3]!]}${t[pool[r + 4]!]}${t[pool[r + 5]!]}${t[pool[r + 6]!]}${t[pool[r + 7]!]}`;
}
