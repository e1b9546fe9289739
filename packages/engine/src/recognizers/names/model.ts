/**
 * The name tagger's model: its serialised form (what `npm run train:names`
 * writes into model-data.ts) and the loaded, ready-to-score form.
 */
import { decodeSparse, fromBase64 } from './codec.js';
import { NUM_TAGS } from './decode.js';
import { decodeGazetteer, type Gazetteer } from './gazetteer.js';

/** The model as shipped: plain data, strings and numbers only. */
export interface ModelData {
  readonly format: 1;
  /** log2 of the number of rows in the hashed weight table. */
  readonly bits: number;
  /** One signed byte per weight on a mu-law curve (see {@link muLawTable}). */
  readonly encoding: 'mulaw8';
  /** Real weight of code c = muLawTable()[c + 128] × scale. */
  readonly scale: number;
  /** Transition scores, (NUM_TAGS + 1) × NUM_TAGS, last row = start state (real-valued). */
  readonly trans: readonly number[];
  /** Sparse weight rows of NUM_TAGS codes (see codec.ts), base64. */
  readonly weights: string;
  /** Word lists, hashed (see gazetteer.ts encodeGazetteer), base64. */
  readonly gazetteer: string;
  /** Confidence = 1 / (1 + exp(-(a × margin + b))), fitted on held-out training data. */
  readonly calibration: { readonly a: number; readonly b: number };
}

/**
 * Bytes per row of the loaded table: NUM_TAGS codes padded to 8, so that a
 * row never straddles a cache line (scoring is bound by memory, not arithmetic).
 */
export const ROW = 8;

/** A loaded model. */
export interface Model {
  readonly bits: number;
  /** Weight codes, (1 << bits) rows × ROW; kept as bytes so the table stays small in cache. */
  readonly codes: Int8Array;
  /** Real weight of each code (index = code + 128). */
  readonly values: Float64Array;
  /** Transition scores (real-valued). */
  readonly trans: Float64Array;
  readonly gazetteer: Gazetteer;
  readonly calibration: { readonly a: number; readonly b: number };
}

/** Build a ready model from its shipped data. */
export function loadModel(data: ModelData): Model {
  if (data.format !== 1 || data.encoding !== 'mulaw8') throw new Error('unsupported name model format');
  if (data.trans.length !== (NUM_TAGS + 1) * NUM_TAGS) throw new Error('name model has the wrong tag set');
  const rows = 1 << data.bits;
  const stored = decodeSparse(fromBase64(data.weights), rows, NUM_TAGS, 1);
  const codes = new Int8Array(rows * ROW);
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < NUM_TAGS; t++) codes[r * ROW + t] = stored[r * NUM_TAGS + t]!;
  }
  const lut = muLawTable();
  const values = Float64Array.from(lut, (v) => v * data.scale);
  return {
    bits: data.bits,
    codes,
    values,
    trans: Float64Array.from(data.trans),
    gazetteer: decodeGazetteer(data.gazetteer),
    calibration: data.calibration,
  };
}

/** The real-valued weight table (rows × NUM_TAGS) of a loaded model, for training-time checks. */
export function dequantise(model: Model): Float64Array {
  const rows = model.codes.length / ROW;
  const out = new Float64Array(rows * NUM_TAGS);
  for (let r = 0; r < rows; r++) {
    for (let t = 0; t < NUM_TAGS; t++) out[r * NUM_TAGS + t] = model.values[model.codes[r * ROW + t]! + 128]!;
  }
  return out;
}

/** Mu of the 8-bit weight curve: fine steps near zero, coarse ones for the few large weights. */
const MU = 255;

/**
 * Int16 value of each 8-bit code (index = code + 128): code c stands for
 * sign(c) × 32767 × ((1 + MU)^(|c|/127) − 1) / MU.
 */
export function muLawTable(): Int16Array {
  const lut = new Int16Array(256);
  for (let c = -127; c <= 127; c++) {
    const x = (Math.pow(1 + MU, Math.abs(c) / 127) - 1) / MU;
    lut[c + 128] = Math.sign(c) * Math.round(32767 * x);
  }
  return lut;
}

/** The 8-bit code for a weight `w` given the largest magnitude `max` (inverse of {@link muLawTable}). */
export function muLawCode(w: number, max: number): number {
  const x = Math.min(1, Math.abs(w) / max);
  return Math.sign(w) * Math.round((127 * Math.log1p(MU * x)) / Math.log1p(MU));
}
