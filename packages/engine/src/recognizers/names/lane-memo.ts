/**
 * A direct-mapped memo from a key of two 32-bit ints to the lane sums of a
 * group of weight rows (see codedEmissions in tagger.ts for lanes). The
 * scorer keys groups of templates whose rows are a function of a few packed
 * small fields, so that a key seen before costs one look-up instead of a
 * hash mix and a row read per template. Exact: the whole key is compared.
 */
export class LaneMemo {
  /** Entries of 8 ints: key, second key, four lane sums, two unused. */
  readonly data: Int32Array;
  private readonly shift: number;

  constructor(bits: number) {
    this.data = new Int32Array((1 << bits) * 8);
    this.shift = 32 - bits;
    // A second key of -1 marks an empty entry: callers' second keys are never negative.
    for (let x = 0; x < this.data.length; x += 8) this.data[x + 1] = -1;
  }

  /** Offset of the entry for (k1, k2 ≥ 0), or its bitwise complement on a miss (see {@link fill}). */
  find(k1: number, k2: number): number {
    const x = (Math.imul(k1 ^ Math.imul(k2, 0x85ebca6b), 0x9e3779b1) >>> this.shift) << 3;
    const d = this.data;
    return d[x] === k1 && d[x + 1] === k2 ? x : ~x;
  }

  /** Store four lane sums under (k1, k2) at offset `x` (from a missed {@link find}); returns `x`. */
  fill(x: number, k1: number, k2: number, lanes: Int32Array): number {
    const d = this.data;
    d[x] = k1; d[x + 1] = k2;
    d[x + 2] = lanes[0]!; d[x + 3] = lanes[1]!; d[x + 4] = lanes[2]!; d[x + 5] = lanes[3]!;
    return x;
  }
}
