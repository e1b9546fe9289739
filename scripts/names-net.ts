/**
 * Training-side helpers of the name tagger's window network (see
 * packages/engine/src/recognizers/names/window-net.ts): the GloVe vectors of
 * the clustered words, the network's view of a sentence, and the shipped
 * form of a trained network. Used by scripts/train-names.ts.
 */
import type { Token } from '../packages/engine/src/pipeline/tokenise.js';
import type { WordClusters } from '../packages/engine/src/recognizers/names/clusters.js';
import { toBase64 } from '../packages/engine/src/recognizers/names/codec.js';
import { extractFeatures } from '../packages/engine/src/recognizers/names/features.js';
import type { Gazetteer } from '../packages/engine/src/recognizers/names/gazetteer.js';
import { fnv1a } from '../packages/engine/src/recognizers/names/hash.js';
import { PAD, type FeatureScratch } from '../packages/engine/src/recognizers/names/token-info.js';
import { SHAPE, SHAPE_DIMS, floatsToBase64, writeShape, type NetData } from '../packages/engine/src/recognizers/names/window-net.js';
import { GLOVE_DIM, centredUnit, readGlove } from './glove.js';
import type { MlpExample, MlpOptions, WindowMlp } from './window-mlp.js';

/** GloVe dimensions. */
export const EMB = GLOVE_DIM;
/** A token's training vector: its GloVe vector, then the shape part (window-net.ts). */
export const TOKEN_DIMS = EMB + SHAPE_DIMS;
/**
 * GloVe vectors are centred and unit length, then scaled so that their
 * entries are of the order of the shape one-hots.
 */
const VECTOR_SCALE = 3;

/** The network's options, but for the hidden width, rate and dropout. */
export function mlpOptions(hidden: number, proj: number, rate: number, dropout: number): MlpOptions {
  return { dim: TOKEN_DIMS, embDims: EMB, hidden, rate, dropout, oovIndex: EMB + SHAPE.unknown, padIndex: EMB + SHAPE.pad, proj };
}

/**
 * The GloVe vectors (glove.ts) of the words in the clusters, keyed by the
 * FNV-1a hash of the word as the tagger computes it; centred over those
 * words, unit length, scaled.
 */
export function loadVectors(clusters: WordClusters): Map<number, Float32Array> {
  const glove = readGlove();
  const words: string[] = [];
  const hashes: number[] = [];
  const seen = new Set<number>();
  for (const w of glove.words) {
    const hash = fnv1a(w);
    // The clusters hold the first word of each hash (the commoner): so do the vectors.
    if (clusters.get(hash) === 0 || seen.has(hash)) continue;
    seen.add(hash);
    words.push(w);
    hashes.push(hash);
  }
  const flat = centredUnit(glove, words, VECTOR_SCALE);
  return new Map(hashes.map((hash, i) => [hash, flat.subarray(i * EMB, (i + 1) * EMB)]));
}

/**
 * The network's view of a sentence: per token its GloVe vector (looked up
 * by the word hash the tagger computes) and shape, and which tokens are
 * scored (those the tagger does not force to O). `onlyO` and `gold` come
 * from the linear model's example.
 */
export function netExample(
  tokens: readonly Token[], text: string, gazetteer: Gazetteer, bits: number, scratch: FeatureScratch,
  vectors: ReadonlyMap<number, Float32Array>, gold: Uint8Array, onlyO: Uint8Array,
): MlpExample {
  const n = tokens.length;
  const skip = new Uint8Array(n);
  extractFeatures(tokens, text, gazetteer, bits, scratch, skip);
  const x = new Float32Array(n * TOKEN_DIMS);
  const use = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = i + PAD;
    const v = vectors.get(scratch.word[p]!);
    if (v !== undefined) x.set(v, i * TOKEN_DIMS);
    writeShape(scratch, p, v !== undefined, x, i * TOKEN_DIMS + EMB);
    use[i] = onlyO[i] === 1 || skip[i] === 1 ? 0 : 1;
  }
  return { n, x, gold, use };
}

/**
 * The shipped form of a trained network: its layers as float32, and each
 * clustered word's projected vector as signed bytes with one scale per
 * dimension, in the clusters' hash order.
 */
export function netData(
  mlp: WindowMlp, clusters: WordClusters, vectors: ReadonlyMap<number, Float32Array>, alpha: number, gate = Infinity,
): NetData {
  const B = mlp.o.proj;
  const proj = new Float32Array(clusters.hashes.length * B);
  clusters.hashes.forEach((hash, i) => {
    const v = vectors.get(hash);
    if (v === undefined) return;
    for (let b = 0; b < B; b++) {
      let s = 0;
      for (let k = 0; k < EMB; k++) s += mlp.p[b * EMB + k]! * v[k]!;
      proj[i * B + b] = s;
    }
  });
  const vecScale = Array.from({ length: B }, (_, b) => {
    let max = 0;
    for (let i = b; i < proj.length; i += B) max = Math.max(max, Math.abs(proj[i]!));
    // Rounded to 6 significant digits: the scale is stored in JSON, and what is stored is what is used.
    return Number(((max || 1) / 127).toPrecision(6));
  });
  const codes = new Int8Array(proj.length);
  for (let i = 0; i < proj.length; i++) codes[i] = Math.max(-127, Math.min(127, Math.round(proj[i]! / vecScale[i % B]!)));
  const params = new Float32Array(mlp.w1.length + mlp.b1.length + mlp.w2.length + mlp.b2.length);
  let o = 0;
  for (const a of [mlp.w1, mlp.b1, mlp.w2, mlp.b2]) { params.set(a, o); o += a.length; }
  return {
    hidden: mlp.o.hidden, proj: B, alpha,
    params: floatsToBase64(params),
    vectors: toBase64(new Uint8Array(codes.buffer)),
    vecScale,
    ...(Number.isFinite(gate) ? { gate } : {}),
  };
}
