/**
 * The name tagger's model: its serialised form (what `npm run train:names`
 * writes into model-data.ts) and the loaded, ready-to-score form.
 */
import { decodeSparse, fromBase64 } from './codec.js';
import { NUM_TAGS } from './decode.js';
import { decodeClusters } from './clusters.js';
import { decodeGazetteer, type Gazetteer } from './gazetteer.js';
import { fnv1a } from './hash.js';
import { WindowNet, type NetData } from './window-net.js';

/** The model as shipped: plain data, strings and numbers only. */
export interface ModelData {
  readonly format: 1;
  /** log2 of the number of rows in the hashed weight table. */
  readonly bits: number;
  /** One signed byte per weight, linear: real weight = code × scale. */
  readonly encoding: 'linear8';
  /** Real weight of code 1. */
  readonly scale: number;
  /** Transition scores, (NUM_TAGS + 1) × NUM_TAGS, last row = start state (real-valued). */
  readonly trans: readonly number[];
  /** Sparse weight rows of NUM_TAGS codes (see codec.ts), base64. */
  readonly weights: string;
  /** Word lists, hashed (see gazetteer.ts encodeGazetteer), base64. */
  readonly gazetteer: string;
  /** Confidence = 1 / (1 + exp(-(a × margin + b))), fitted on held-out training data. */
  readonly calibration: { readonly a: number; readonly b: number };
  /**
   * The same for runner-ups, the PER names the best path leaves out (margin
   * ≤ 0; see tagger.ts spansWithMargins), fitted on their own: the best
   * path's curve, carried below 0, rates them far too high. Absent: the
   * tagger offers no runner-ups.
   */
  readonly runnerUpCalibration?: { readonly a: number; readonly b: number };
  /**
   * The word clusters the model was trained with (clusters-data.ts, which
   * ships once beside the model rather than inside it): the FNV-1a of their
   * data string, checked on load, and their word count. Absent: no clusters.
   */
  readonly clusters?: { readonly fingerprint: number; readonly words: number };
  /** The window network whose votes are added to the emission scores (window-net.ts); needs the clusters. */
  readonly net?: NetData;
}

/**
 * 32-bit words per row of the loaded table. A row is 8 bytes, one per tag
 * (code + 128, so every byte is unsigned) and a pad byte: tags 0–3 in the
 * first word, 4–6 in the second, tag k of a word in bits 8k … 8k+7. A row never
 * straddles a cache line, and a sum of rows can be taken two tags per
 * addition (see {@link unpackLanes}).
 */
export const ROW_WORDS = 2;

/** The byte that stands for a zero weight. */
export const CODE_BIAS = 128;

/**
 * Write the seven tag scores held in lane sums of packed rows into em[e..e+6]:
 * a0/b0 hold tags 0,2 / 1,3 and a1/b1 tags 4,6 / 5 in 16-bit lanes (see
 * {@link ROW_WORDS}); each lane less `zero` (the rows' CODE_BIAS total), times `scale`.
 */
export function unpackLanes(
  a0: number, b0: number, a1: number, b1: number, zero: number, scale: number, em: Float64Array, e: number,
): void {
  em[e] = ((a0 & 0xffff) - zero) * scale; em[e + 1] = ((b0 & 0xffff) - zero) * scale;
  em[e + 2] = ((a0 >>> 16) - zero) * scale; em[e + 3] = ((b0 >>> 16) - zero) * scale;
  em[e + 4] = ((a1 & 0xffff) - zero) * scale; em[e + 5] = ((b1 & 0xffff) - zero) * scale;
  em[e + 6] = ((a1 >>> 16) - zero) * scale;
}

/** A loaded model. */
export interface Model {
  readonly bits: number;
  /** Weight rows, (1 << bits) × ROW_WORDS (see {@link ROW_WORDS}). */
  readonly rows: Int32Array;
  /** Real weight of code 1. */
  readonly scale: number;
  /** Transition scores (real-valued). */
  readonly trans: Float64Array;
  readonly gazetteer: Gazetteer;
  readonly calibration: { readonly a: number; readonly b: number };
  readonly runnerUpCalibration: { readonly a: number; readonly b: number } | null;
  /** The window network, if the model has one (it keeps a per-token cache: one tagger at a time). */
  readonly net: WindowNet | null;
}

/** Pack one row of NUM_TAGS signed codes (from `codes[o]`) into its two words at `out[r]`. */
function packRow(codes: Int8Array | Int16Array, o: number, out: Int32Array, r: number): void {
  out[r] = ((codes[o]! + CODE_BIAS) & 0xff) | (((codes[o + 1]! + CODE_BIAS) & 0xff) << 8) |
    (((codes[o + 2]! + CODE_BIAS) & 0xff) << 16) | (((codes[o + 3]! + CODE_BIAS) & 0xff) << 24);
  out[r + 1] = ((codes[o + 4]! + CODE_BIAS) & 0xff) | (((codes[o + 5]! + CODE_BIAS) & 0xff) << 8) |
    (((codes[o + 6]! + CODE_BIAS) & 0xff) << 16) | (CODE_BIAS << 24);
}

/**
 * Build a ready model from its shipped data and, for a model trained with
 * word clusters, the cluster data it was trained with (an error otherwise:
 * other clusters would silently score every word wrongly).
 */
export function loadModel(data: ModelData, clusters?: string): Model {
  if (data.format !== 1 || data.encoding !== 'linear8') throw new Error('unsupported name model format');
  if (data.trans.length !== (NUM_TAGS + 1) * NUM_TAGS) throw new Error('name model has the wrong tag set');
  const gazetteer = decodeGazetteer(data.gazetteer);
  if (data.clusters !== undefined) {
    if (clusters === undefined || fnv1a(clusters) !== data.clusters.fingerprint) {
      throw new Error('name model was trained with other word clusters than those given: run npm run train:names');
    }
    gazetteer.clusters = decodeClusters(clusters);
  }
  if (data.net !== undefined && data.clusters === undefined) throw new Error('name model has a network but no word clusters');
  const ru = data.runnerUpCalibration;
  if (ru !== undefined && !(Number.isFinite(ru.a) && Number.isFinite(ru.b))) throw new Error('name model runner-up calibration is not two numbers');
  const n = 1 << data.bits;
  const stored = decodeSparse(fromBase64(data.weights), n, NUM_TAGS, 1);
  const rows = new Int32Array(n * ROW_WORDS);
  for (let r = 0; r < n; r++) packRow(stored, r * NUM_TAGS, rows, r * ROW_WORDS);
  return {
    bits: data.bits,
    rows,
    scale: data.scale,
    trans: Float64Array.from(data.trans),
    gazetteer,
    calibration: data.calibration,
    runnerUpCalibration: data.runnerUpCalibration ?? null,
    net: data.net === undefined ? null : new WindowNet(data.net, gazetteer.clusters),
  };
}

/** The signed code of tag `t` in row `r` of a loaded table. */
export function codeAt(rows: Int32Array, r: number, t: number): number {
  const w = rows[r * ROW_WORDS + (t >> 2)]!;
  return ((w >>> ((t & 3) * 8)) & 0xff) - CODE_BIAS;
}

/** The real-valued weight table (rows × NUM_TAGS) of a loaded model, for training-time checks. */
export function dequantise(model: Model): Float64Array {
  const n = model.rows.length / ROW_WORDS;
  const out = new Float64Array(n * NUM_TAGS);
  for (let r = 0; r < n; r++) {
    for (let t = 0; t < NUM_TAGS; t++) out[r * NUM_TAGS + t] = codeAt(model.rows, r, t) * model.scale;
  }
  return out;
}

/**
 * The linear 8-bit code for weight `w` when code 1 stands for `scale`.
 * Linear, not a log curve, so that codes add up exactly in integers: the
 * tagger sums whole rows two tags per addition.
 */
export function linearCode(w: number, scale: number): number {
  return Math.max(-127, Math.min(127, Math.round(w / scale)));
}
