/**
 * Word lists the name tagger consults: first names, surnames, places, titles
 * and ranks, common words. The lists are exported at training time (from the
 * MIT-licensed `compromise` lexicon, `redact-pii`'s name list and a short
 * hand-written list of UK police ranks) into the model file, so the tagger
 * needs nothing at run time but the model.
 */
import { fromBase64, toBase64 } from './codec.js';
import { NO_CLUSTERS, type WordClusters } from './clusters.js';
import { fnv1a } from './hash.js';
import { VarintReader, WordTable, readEntries, writeEntries } from './word-table.js';

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
 * A gazetteer keyed by the FNV-1a hash of the lower-cased word (see
 * word-table.ts). Two words share an entry only if their 32-bit hashes
 * collide (the bits are OR-ed).
 */
export class Gazetteer extends WordTable {
  /** The word clusters read beside the lists (see clusters.ts); none unless the model has them. */
  clusters: WordClusters = NO_CLUSTERS;

  /** `bits[i]` are the list bits of the word whose hash is `hashes[i]`. */
  constructor(hashes: Int32Array, bits: ArrayLike<number>) {
    super(hashes, bits, (old, value) => old | value);
  }
}

/**
 * Serialise word lists (lower-cased word → bits) as base64 of
 * {@link writeEntries}, one byte of bits per word.
 */
export function encodeGazetteer(words: ReadonlyMap<string, number>): string {
  const merged = new Map<number, number>();
  for (const [word, bits] of words) {
    if (bits === 0) continue;
    const h = fnv1a(word) >>> 0;
    merged.set(h, (merged.get(h) ?? 0) | bits);
  }
  const out: number[] = [];
  writeEntries(out, merged, (bits) => out.push(bits & 0xff));
  return toBase64(Uint8Array.from(out));
}

/** Parse the output of {@link encodeGazetteer}. */
export function decodeGazetteer(data: string): Gazetteer {
  const r = new VarintReader(fromBase64(data), 'gazetteer data is truncated');
  const { hashes, values } = readEntries(r, () => r.byte());
  return new Gazetteer(hashes, values);
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
