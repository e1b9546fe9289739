/**
 * What the gazetteer and the word clusters share: a table from the FNV-1a
 * hash of a lower-cased word (the hash the feature extractor computes
 * anyway) to a small non-zero integer, open-addressed in one typed array so
 * that loading builds no strings and a look-up hashes nothing; and the
 * LEB128 varints their shipped forms are written in.
 */

/** Hash → value (0 = absent), linear probing; key and value side by side, so a look-up touches one cache line. */
export class WordTable {
  /** Slot k is table[2k] (the word hash) and table[2k + 1] (its value, 0 = empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Number of distinct hashes held. */
  readonly size: number;

  /**
   * Entries with value 0 are skipped. When two entries share a 32-bit hash,
   * `combine(old, value)` decides what stays.
   */
  constructor(hashes: Int32Array, values: ArrayLike<number>, combine: (old: number, value: number) => number) {
    let log = 4;
    while (1 << log < hashes.length * 2) log++;
    this.table = new Int32Array(2 << log);
    this.mask = (1 << log) - 1;
    this.shift = 32 - log;
    let size = 0;
    for (let i = 0; i < hashes.length; i++) {
      const v = values[i]!;
      if (v === 0) continue;
      const k = this.slot(hashes[i]!) << 1;
      if (this.table[k + 1] === 0) { size++; this.table[k] = hashes[i]!; this.table[k + 1] = v; }
      else this.table[k + 1] = combine(this.table[k + 1]!, v);
    }
    this.size = size;
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  private slot(hash: number): number {
    const t = this.table;
    let k = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (t[(k << 1) + 1] !== 0 && t[k << 1] !== hash) k = (k + 1) & this.mask;
    return k;
  }

  /** The value of the word whose lower-case FNV-1a hash is `hash` (0 if absent). */
  get(hash: number): number {
    return this.table[(this.slot(hash) << 1) + 1]!;
  }
}

/**
 * Append word entries (unsigned word hash → value) as the gazetteer and the
 * clusters ship them: the count, then in hash order each hash's delta from
 * the one before (LEB128) and its value, written by `value`.
 */
export function writeEntries(out: number[], entries: ReadonlyMap<number, number>, value: (v: number) => void): void {
  const hashes = [...entries.keys()].sort((a, b) => a - b);
  writeVarint(out, hashes.length);
  let prev = 0;
  for (const h of hashes) {
    writeVarint(out, h - prev);
    value(entries.get(h)!);
    prev = h;
  }
}

/** Read what {@link writeEntries} wrote, each value by `value()`: the hashes (signed 32-bit) and their values. */
export function readEntries(r: VarintReader, value: () => number): { hashes: Int32Array; values: Int32Array } {
  const count = r.varint();
  const hashes = new Int32Array(count);
  const values = new Int32Array(count);
  let h = 0;
  for (let i = 0; i < count; i++) {
    h += r.varint();
    hashes[i] = h | 0;
    values[i] = value();
  }
  return { hashes, values };
}

/** Append `v` (a non-negative integer below 2^53) to `out` as a LEB128 varint. */
export function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
  out.push(v);
}

/** Reads LEB128 varints and bytes in order; throws `truncated` when the data ends early. */
export class VarintReader {
  private p = 0;
  constructor(private readonly bytes: Uint8Array, private readonly truncated: string) {}

  varint(): number {
    let v = 0, mul = 1, b: number;
    do {
      b = this.byte();
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    return v;
  }

  byte(): number {
    if (this.p >= this.bytes.length) throw new Error(this.truncated);
    return this.bytes[this.p++]!;
  }
}
