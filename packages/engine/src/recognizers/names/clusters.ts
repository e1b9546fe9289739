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
import { VarintReader, WordTable, readEntries, writeEntries, writeVarint } from './word-table.js';

/** Cluster ids of a word as {@link WordClusters.get} packs them: fine id + 1 in bits 0–11, coarse id + 1 above. */
export const FINE_MASK = 0xfff;

/** Hash → packed cluster ids (see word-table.ts). */
export class WordClusters extends WordTable {
  /** `fine[i]` is the fine cluster of the word whose hash is `hashes[i]`; `coarseOf[f]` the coarse cluster of fine cluster f. */
  /**
   * `hashes` is kept: the name network stores one vector per clustered word
   * in this order (window-net.ts).
   */
  constructor(readonly hashes: Int32Array, fine: ArrayLike<number>, coarseOf: ArrayLike<number>) {
    // Two words with one 32-bit hash: the first (commoner) keeps the entry.
    super(hashes, Int32Array.from(fine, (f) => (f + 1) | ((coarseOf[f]! + 1) << 12)), (old) => old);
  }
}

/** No clusters: every word unknown (models trained without them). */
export const NO_CLUSTERS = new WordClusters(new Int32Array(0), [], []);

/**
 * Serialise word → fine cluster and fine → coarse cluster as base64 of:
 * the number of fine clusters, the coarse id of each, then
 * {@link writeEntries} with the fine ids (LEB128).
 */
export function encodeClusters(words: ReadonlyMap<string, number>, coarseOf: readonly number[]): string {
  const out: number[] = [];
  writeVarint(out, coarseOf.length);
  for (const c of coarseOf) writeVarint(out, c);
  const byHash = new Map<number, number>();
  for (const [w, f] of words) {
    const h = fnv1a(w) >>> 0;
    if (!byHash.has(h)) byHash.set(h, f);
  }
  writeEntries(out, byHash, (f) => writeVarint(out, f));
  return toBase64(Uint8Array.from(out));
}

/** Parse the output of {@link encodeClusters}; throws on truncated or corrupt data. */
export function decodeClusters(data: string): WordClusters {
  const r = new VarintReader(fromBase64(data), 'word cluster data is truncated');
  const k = r.varint();
  const coarseOf = new Uint16Array(k);
  for (let i = 0; i < k; i++) coarseOf[i] = r.varint();
  const { hashes, values } = readEntries(r, () => {
    const f = r.varint();
    if (f >= k) throw new Error('word cluster data is corrupt');
    return f;
  });
  return new WordClusters(hashes, values, coarseOf);
}
