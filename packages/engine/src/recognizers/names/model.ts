/**
 * The name tagger's model: its serialised form (what `npm run train:names`
 * writes into model-data.ts) and the loaded, ready-to-score form.
 */
import { decodeSparse, fromBase64 } from './codec.js';
import { NUM_TAGS } from './decode.js';
import { decodeGazetteer } from './gazetteer.js';

/** The model as shipped: plain data, strings and numbers only. */
export interface ModelData {
  readonly format: 1;
  /** log2 of the number of rows in the hashed weight table. */
  readonly bits: number;
  /** Bytes per quantised weight: 1 (int8) or 2 (int16). */
  readonly bytesPer: 1 | 2;
  /** Real weight = quantised weight × scale. */
  readonly scale: number;
  /** Transition scores, (NUM_TAGS + 1) × NUM_TAGS, last row = start state (already real-valued). */
  readonly trans: readonly number[];
  /** Sparse weight rows (see codec.ts), base64. */
  readonly weights: string;
  /** Gazetteer (see gazetteer.ts encodeGazetteer). */
  readonly gazetteer: string;
  /** Confidence = 1 / (1 + exp(-(a × margin + b))), fitted on held-out training data. */
  readonly calibration: { readonly a: number; readonly b: number };
}

/** A loaded model. */
export interface Model {
  readonly bits: number;
  /** Quantised weights, (1 << bits) × NUM_TAGS. */
  readonly weights: Int8Array | Int16Array;
  readonly scale: number;
  /** Transition scores divided by `scale`, so they add to unscaled emission sums. */
  readonly trans: Float64Array;
  readonly gazetteer: ReadonlyMap<string, number>;
  readonly calibration: { readonly a: number; readonly b: number };
}

/** Build a ready model from its shipped data. */
export function loadModel(data: ModelData): Model {
  if (data.format !== 1) throw new Error('unsupported name model format');
  if (data.trans.length !== (NUM_TAGS + 1) * NUM_TAGS) throw new Error('name model has the wrong tag set');
  const rows = 1 << data.bits;
  const weights = decodeSparse(fromBase64(data.weights), rows, NUM_TAGS, data.bytesPer);
  // Scores are summed in quantised units; transitions are rescaled once here.
  const trans = Float64Array.from(data.trans, (v) => v / data.scale);
  return {
    bits: data.bits,
    weights,
    scale: data.scale,
    trans,
    gazetteer: decodeGazetteer(data.gazetteer),
    calibration: data.calibration,
  };
}
