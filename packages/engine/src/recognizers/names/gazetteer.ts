/**
 * Word lists the name tagger consults: first names, surnames, places, titles
 * and ranks, common words. The lists are exported at training time (from the
 * MIT-licensed `compromise` lexicon, `redact-pii`'s name list and a short
 * hand-written list of UK police ranks) into the model file, so the tagger
 * needs nothing at run time but the model.
 */
import { fromBase64, toBase64 } from './codec.js';
import { fnv1a } from './hash.js';

/** Gazetteer membership bits for a lower-cased word. */
export const enum Gaz {
  First = 1,
  Last = 2,
  /** In a long list of common first names and surnames (redact-pii). */
  KnownName = 4,
  Place = 8,
  /** An ordinary dictionary word (noun, verb, adjective, function word). */
  Common = 16,
  /** A title or police rank that precedes a name: Mr, Mrs, PC, DC, Sgt, Insp … */
  Title = 32,
  /** A word that ends a place name: road, street, park, close … */
  PlaceSuffix = 64,
  Org = 128,
}

/**
 * A gazetteer keyed by the FNV-1a hash of the lower-cased word (the hash the
 * feature extractor computes anyway): an open-addressing table of typed
 * arrays, so loading builds no strings and a lookup hashes nothing. Two words
 * share an entry only if their 32-bit hashes collide (the bits are OR-ed).
 */
export class Gazetteer {
  /**
   * Slot k is table[2k] (the word hash) and table[2k + 1] (its bits, 0 = empty):
   * key and bits side by side, so a look-up touches one cache line, not two.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Number of entries. */
  readonly size: number;

  constructor(hashes: Int32Array, bits: Uint8Array) {
    let log = 4;
    while (1 << log < hashes.length * 2) log++;
    this.table = new Int32Array(2 << log);
    this.mask = (1 << log) - 1;
    this.shift = 32 - log;
    let size = 0;
    for (let i = 0; i < hashes.length; i++) {
      if (bits[i] === 0) continue;
      const k = this.slot(hashes[i]!) << 1;
      if (this.table[k + 1] === 0) size++;
      this.table[k] = hashes[i]!;
      this.table[k + 1]! |= bits[i]!;
    }
    this.size = size;
  }

  /** The slot holding `hash`, or the empty slot where it would go (linear probing). */
  private slot(hash: number): number {
    const t = this.table;
    let k = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (t[(k << 1) + 1] !== 0 && t[k << 1] !== hash) k = (k + 1) & this.mask;
    return k;
  }

  /** Membership bits of the word whose lower-case FNV-1a hash is `hash` (0 if absent). */
  get(hash: number): number {
    return this.table[(this.slot(hash) << 1) + 1]!;
  }
}

/**
 * Serialise word lists (lower-cased word → bits) as base64 of: entry count,
 * then per entry, in unsigned hash order, the hash delta (LEB128) and the bits.
 */
export function encodeGazetteer(words: ReadonlyMap<string, number>): string {
  const merged = new Map<number, number>();
  for (const [word, bits] of words) {
    if (bits === 0) continue;
    const h = fnv1a(word) >>> 0;
    merged.set(h, (merged.get(h) ?? 0) | bits);
  }
  const hashes = [...merged.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  const varint = (v: number): void => {
    while (v >= 0x80) { out.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
    out.push(v);
  };
  varint(hashes.length);
  let prev = 0;
  for (const h of hashes) {
    varint(h - prev);
    out.push(merged.get(h)! & 0xff);
    prev = h;
  }
  return toBase64(Uint8Array.from(out));
}

/** Parse the output of {@link encodeGazetteer}. */
export function decodeGazetteer(data: string): Gazetteer {
  const bytes = fromBase64(data);
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    let b: number;
    do {
      b = bytes[p++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    return v;
  };
  const count = varint();
  const hashes = new Int32Array(count);
  const bits = new Uint8Array(count);
  let h = 0;
  for (let i = 0; i < count; i++) {
    h += varint();
    hashes[i] = h | 0;
    bits[i] = bytes[p++]!;
  }
  return new Gazetteer(hashes, bits);
}

/**
 * Titles and ranks that come before a person's name in UK police posts. Kept
 * by hand because no installed list has police ranks.
 */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'prof', 'cllr',
  'councillor', 'judge', 'justice', 'pc', 'dc', 'ps', 'ds', 'sgt', 'insp', 'di', 'dci', 'dsi', 'supt',
  'ch', 'chief', 'det', 'detective', 'constable', 'sergeant', 'inspector', 'superintendent', 'pcso',
  'acc', 'dcc', 'cc', 'commissioner', 'officer', 'special', 'sc', 'tdc', 'dsupt', 'cs', 'ci', 'mp', 'mep',
  'king', 'queen', 'prince', 'princess', 'uncle', 'aunt', 'auntie', 'coach', 'captain', 'capt',
];

/** Words that end a place name, so the word before is a place and not a person. */
export const PLACE_SUFFIXES: readonly string[] = [
  'road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'close', 'way', 'drive', 'dr', 'crescent',
  'park', 'green', 'common', 'hill', 'square', 'sq', 'place', 'court', 'gardens', 'grove', 'terrace',
  'row', 'walk', 'mews', 'estate', 'village', 'town', 'city', 'centre', 'center', 'station', 'bridge',
  'wood', 'woods', 'field', 'fields', 'heath', 'moor', 'vale', 'valley', 'retail', 'industrial',
  'roundabout', 'junction', 'bypass', 'hospital', 'school', 'academy', 'college', 'university', 'church',
  'stadium', 'airport', 'harbour', 'beach', 'pier', 'market', 'mall', 'island', 'county', 'borough',
];
