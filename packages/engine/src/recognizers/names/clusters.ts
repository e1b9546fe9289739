/**
 * Word clusters for the name tagger: each of the commonest English words has
 * a fine cluster (words used alike: given names, English place names, chat
 * words…) and a coarse one grouping fine clusters. They come from GloVe
 * vectors (scripts/write-word-clusters.ts) and let the tagger generalise from
 * the few words in its training data to words it never saw there.
 *
 * Like the gazetteer, the table is keyed by the FNV-1a hash of the
 * lower-cased word (see word-table.ts).
 */
import { fromBase64, toBase64 } from './codec.js';
import { fnv1a } from './hash.js';
import { VarintReader, WordTable, writeVarint } from './word-table.js';

/** Cluster ids of a word as {@link WordClusters.get} packs them: fine id + 1 in bits 0–11, coarse id + 1 above. */
export const FINE_MASK = 0xfff;

/** Hash → packed cluster ids (see word-table.ts). */
export class WordClusters extends WordTable {
  constructor(hashes: Int32Array, fine: Uint16Array, coarseOf: Uint16Array) {
    // Two words with one 32-bit hash: the first (commoner) keeps the entry.
    super(hashes, Int32Array.from(fine, (f) => (f + 1) | ((coarseOf[f]! + 1) << 12)), (old) => old);
  }
}

/** No clusters: every word unknown (models trained without them). */
export const NO_CLUSTERS = new WordClusters(new Int32Array(0), new Uint16Array(0), new Uint16Array(0));

/**
 * Serialise word → fine cluster and fine → coarse cluster as base64 of:
 * the number of fine clusters, the coarse id of each, the word count, then
 * per word in unsigned hash order the hash delta and the fine id (LEB128).
 */
export function encodeClusters(words: ReadonlyMap<string, number>, coarseOf: readonly number[]): string {
  const out: number[] = [];
  const varint = (v: number): void => writeVarint(out, v);
  varint(coarseOf.length);
  for (const c of coarseOf) varint(c);
  const byHash = new Map<number, number>();
  for (const [w, f] of words) {
    const h = fnv1a(w) >>> 0;
    if (!byHash.has(h)) byHash.set(h, f);
  }
  const hashes = [...byHash.keys()].sort((a, b) => a - b);
  varint(hashes.length);
  let prev = 0;
  for (const h of hashes) {
    varint(h - prev);
    varint(byHash.get(h)!);
    prev = h;
  }
  return toBase64(Uint8Array.from(out));
}

/** Parse the output of {@link encodeClusters}; throws on truncated data. */
export function decodeClusters(data: string): WordClusters {
  const r = new VarintReader(fromBase64(data), 'word cluster data is truncated');
  const k = r.varint();
  const coarseOf = new Uint16Array(k);
  for (let i = 0; i < k; i++) coarseOf[i] = r.varint();
  const count = r.varint();
  const hashes = new Int32Array(count);
  const fine = new Uint16Array(count);
  let h = 0;
  for (let i = 0; i < count; i++) {
    h += r.varint();
    hashes[i] = h | 0;
    fine[i] = r.varint();
    if (fine[i]! >= k) throw new Error('word cluster data is corrupt');
  }
  return new WordClusters(hashes, fine, coarseOf);
}
