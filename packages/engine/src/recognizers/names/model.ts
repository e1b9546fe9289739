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
  /**
   * How weights are stored: `mulaw8` = one signed byte per weight on a mu-law
   * curve (see {@link muLawTable}); `int16` = linear int16. Either way the
   * loaded table is int16, real weight = table value × scale.
   */
  readonly encoding: 'mulaw8' | 'int16';
  /** Real weight = loaded int16 weight × scale. */
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
  readonly weights: Int16Array;
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
  const stored = decodeSparse(fromBase64(data.weights), rows, NUM_TAGS, data.encoding === 'mulaw8' ? 1 : 2);
  let weights: Int16Array;
  if (stored instanceof Int16Array) weights = stored;
  else {
    const lut = muLawTable();
    weights = new Int16Array(stored.length);
    for (let i = 0; i < stored.length; i++) if (stored[i] !== 0) weights[i] = lut[stored[i]! + 128]!;
  }
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
