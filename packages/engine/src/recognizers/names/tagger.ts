/**
 * The learned name tagger: hashed features → linear emission scores (plus
 * the window network's votes, window-net.ts) → constrained Viterbi over BIO
 * tags → PER and LOC spans, each with a calibrated confidence. Handles and
 * URLs are never part of a name.
 */
import type { Token } from '../../pipeline/tokenise.js';
import {
  NUM_TAGS, TAG_O, ViterbiScratch, allOIsBest, backward, entityOf, isBegin, oBound, scoreWithSpanAsO, scoreWithSpanAsPer, viterbi, type OBound,
} from './decode.js';
import { Gaz, type Gazetteer } from './gazetteer.js';
import { fnv1a } from './hash.js';
import { FEATURES_PER_TOKEN, FeatureScratch } from './features.js';
import { CODE_BIAS, ROW_WORDS, loadModel, unpackLanes, type Model, type ModelData } from './model.js';
import { WordScorer } from './scorer.js';
import type { NameSpan, NameTagger } from './types.js';

export { markOnlyO } from './token-info.js';

/** Buffers reused across calls (tagging is synchronous, so one set suffices). */
class TagScratch {
  feats = new FeatureScratch();
  /** The run-time scorer and its word cache, for the model last tagged with. */
  scorer: WordScorer | null = null;
  /** Transition terms of the all-O test, for the scorer's model. */
  bound: OBound | null = null;
  vit = new ViterbiScratch();
  em = new Float64Array(64 * NUM_TAGS);
  bwd = new Float64Array(64 * NUM_TAGS);
  onlyO = new Uint8Array(64);
  /** Tags, emissions and forced tokens of the stretch being decoded. */
  tags = new Uint8Array(64);
  wem = new Float64Array(64 * NUM_TAGS);
  wOnlyO = new Uint8Array(64);
  ensure(n: number): void {
    if (this.onlyO.length >= n) return;
    let cap = this.onlyO.length;
    while (cap < n) cap *= 2;
    this.em = new Float64Array(cap * NUM_TAGS);
    this.bwd = new Float64Array(cap * NUM_TAGS);
    this.onlyO = new Uint8Array(cap);
    this.tags = new Uint8Array(cap);
    this.wem = new Float64Array(cap * NUM_TAGS);
    this.wOnlyO = new Uint8Array(cap);
  }
}

/**
 * Emission scores: for each token and tag, the sum of the weights of the
 * token's features. Works on quantised (run time) and float (training) tables.
 */
export function emissions(feats: Int32Array, n: number, weights: ArrayLike<number>, em: Float64Array): void {
  const T = NUM_TAGS;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    const o = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const r = feats[o + k]! * T;
      s0 += weights[r]!; s1 += weights[r + 1]!; s2 += weights[r + 2]!; s3 += weights[r + 3]!;
      s4 += weights[r + 4]!; s5 += weights[r + 5]!; s6 += weights[r + 6]!;
    }
    const e = i * T;
    em[e] = s0; em[e + 1] = s1; em[e + 2] = s2; em[e + 3] = s3; em[e + 4] = s4; em[e + 5] = s5; em[e + 6] = s6;
  }
}

/**
 * Run-time emission scores from the packed table (see {@link ROW_WORDS}).
 * Each row's bytes are summed two tags per addition: masking a word with
 * 0x00ff00ff keeps tags 0 and 2 in separate 16-bit lanes, and 38 rows of
 * bytes (at most 38 × 255) never carry out of a lane. Integer sums, so the
 * result does not depend on the order of the rows.
 */
export function codedEmissions(
  feats: Int32Array, n: number, rows: Int32Array, scale: number, em: Float64Array, onlyO?: Uint8Array,
): void {
  const T = NUM_TAGS;
  const zero = CODE_BIAS * FEATURES_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    const e = i * T;
    if (onlyO !== undefined && onlyO[i] === 1) {
      // Every path has O here, so this token's scores shift all paths alike: zero is as good as the sum,
      // and a third of tweet tokens (punctuation, numbers, handles, links, emoji) skip 38 row reads.
      em[e] = 0; em[e + 1] = 0; em[e + 2] = 0; em[e + 3] = 0; em[e + 4] = 0; em[e + 5] = 0; em[e + 6] = 0;
      continue;
    }
    let a0 = 0, b0 = 0, a1 = 0, b1 = 0;
    const o = i * FEATURES_PER_TOKEN;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const r = feats[o + k]! * ROW_WORDS;
      const w0 = rows[r]!, w1 = rows[r + 1]!;
      a0 += w0 & 0xff00ff; b0 += (w0 >>> 8) & 0xff00ff;
      a1 += w1 & 0xff00ff; b1 += (w1 >>> 8) & 0xff00ff;
    }
    unpackLanes(a0, b0, a1, b1, zero, scale, em, e);
  }
}

/** A decoded span: tokens [first, end), entity type (1 PER, 2 LOC, 3 ORG) and its score margin. */
export interface ScoredSpan {
  readonly first: number;
  readonly end: number;
  readonly type: number;
  /**
   * Best path score minus the best score of a path without this span (real
   * units); for a runner-up, the best score of a path with it minus the best
   * path score (at most 0).
   */
  readonly margin: number;
  /** A PER name the best path leaves out (see {@link spansWithMargins}'s `reach`). */
  readonly runnerUp?: boolean;
}

/** Longest runner-up name, in tokens. */
const RUNNER_UP_TOKENS = 4;

/** A capitalised place word (Park, Road, Street, Green …); "Dr" and "St" are left out (Doctor, Saint). */
function isPlaceSuffix(t: Token, gazetteer: Gazetteer): boolean {
  if (t.kind !== 'word' || t.text.length < 3) return false;
  const c = t.text.charCodeAt(0);
  const d = t.text.charCodeAt(1);
  return c >= 65 && c <= 90 && d >= 97 && d <= 122 && (gazetteer.get(fnv1a(t.lower)) & Gaz.PlaceSuffix) !== 0;
}

/**
 * For a PER span over tokens [first, end): the end of the place it really is
 * when it ends in a place word (end) or runs into one (end + 1), else 0.
 */
function placeEnd(tokens: readonly Token[], first: number, end: number, gazetteer: Gazetteer): number {
  if (end - first > 1 && isPlaceSuffix(tokens[end - 1]!, gazetteer)) return end;
  if (end < tokens.length && isPlaceSuffix(tokens[end]!, gazetteer)) return end + 1;
  return 0;
}

/**
 * Decode PER and LOC spans with their margins (before calibration). Tokens
 * that can only be O split the post into stretches that decode
 * independently (every path passes through O there), and most stretches
 * provably stay all O: only the others are decoded, each with the forced
 * tokens either side, which fixes the transitions in and out.
 *
 * With `reach` > 0, also the runner-ups: PER names over tokens the best path
 * leaves as O whose best path trails the best by at most `reach`, the best
 * per first token, none overlapping another. Stretches then decode unless
 * the all-O path beats every other by more than `reach`.
 */
export function spansWithMargins(model: Model, tokens: readonly Token[], text: string, s: TagScratch, reach = 0): ScoredSpan[] {
  const n = tokens.length;
  if (n === 0) return [];
  s.ensure(n);
  if (s.scorer === null || s.scorer.model !== model) {
    s.scorer = new WordScorer(model);
    s.bound = oBound(model.trans);
  }
  // Marks the tokens that can only be O in s.onlyO as it goes (markOnlyO and the skip rules).
  s.scorer.score(tokens, text, s.feats, s.onlyO, s.em);
  model.net?.addTo(s.feats, n, s.onlyO, s.em);
  const out: ScoredSpan[] = [];
  const onlyO = s.onlyO;
  let a = 0;
  while (a < n) {
    if (onlyO[a] === 1) { a++; continue; }
    let b = a + 1;
    while (b < n && onlyO[b] === 0) b++;
    if (!allOIsBest(s.em, a, b, onlyO, s.bound!, reach)) decodeStretch(model, tokens, s, a > 0 ? a - 1 : 0, b < n ? b + 1 : n, out, reach);
    a = b;
  }
  // Runner-ups follow their stretch's best-path spans: back into text order.
  if (reach > 0) out.sort((x, y) => x.first - y.first);
  return out;
}

/**
 * Viterbi over tokens [lo, hi) (a stretch with its forced neighbours), and
 * the PER and LOC spans found there, with margins, appended to `out`. Paths
 * outside the window are the same whatever the window's tags, so window
 * scores differ from whole-post scores by a constant: same tags, same margins.
 */
function decodeStretch(model: Model, tokens: readonly Token[], s: TagScratch, lo: number, hi: number, out: ScoredSpan[], reach: number): void {
  const T = NUM_TAGS;
  const m = hi - lo;
  const em = s.wem, onlyO = s.wOnlyO, tags = s.tags;
  // Plain copy loops: subarray() would allocate two views per stretch.
  const src = s.em, from = lo * T;
  for (let k = 0; k < m * T; k++) em[k] = src[from + k]!;
  for (let k = 0; k < m; k++) onlyO[k] = s.onlyO[lo + k]!;
  const best = viterbi(em, m, model.trans, onlyO, tags, s.vit);
  let haveBwd = false;
  let i = 0;
  while (i < m) {
    const t = tags[i]!;
    if (t === TAG_O || !isBegin(t)) { i++; continue; }
    let type = entityOf(t);
    let j = i + 1;
    while (j < m && tags[j] === t + 1) j++;
    // A "person" that ends in, or runs into, a place word ("Kingsley Park") is a place.
    let end = j;
    if (type === 1) {
      const place = placeEnd(tokens, lo + i, lo + j, model.gazetteer);
      if (place > 0) { type = 2; end = place - lo; }
    }
    if (type === 1 || type === 2) {
      // The best path with this span as O, from forward and backward scores: O(T) per span, not a second decode.
      if (!haveBwd) {
        backward(em, m, model.trans, onlyO, s.bwd);
        haveBwd = true;
      }
      const without = scoreWithSpanAsO(em, m, model.trans, s.vit.score, s.bwd, i, j);
      out.push({ first: lo + i, end: lo + end, type, margin: best - without });
    }
    i = end;
  }
  if (reach > 0) {
    if (!haveBwd) backward(em, m, model.trans, onlyO, s.bwd);
    runnersUp(model, tokens, s, lo, m, best, reach, out);
  }
}

/**
 * The runner-up PER names of a decoded stretch (window [lo, lo + m), best
 * path in s.tags scoring `best`, forward and backward scores in s.vit and
 * s.bwd), appended to `out`: see {@link spansWithMargins}.
 */
function runnersUp(model: Model, tokens: readonly Token[], s: TagScratch, lo: number, m: number, best: number, reach: number, out: ScoredSpan[]): void {
  const em = s.wem, onlyO = s.wOnlyO, tags = s.tags;
  const found: ScoredSpan[] = [];
  for (let i = 0; i < m; i++) {
    let top = -Infinity, topEnd = 0;
    for (let j = i + 1; j <= Math.min(m, i + RUNNER_UP_TOKENS); j++) {
      // Only over tokens the best path leaves as O.
      if (tags[j - 1] !== TAG_O || onlyO[j - 1] === 1) break;
      const v = scoreWithSpanAsPer(em, m, model.trans, s.vit.score, s.bwd, onlyO, i, j);
      if (v > top) { top = v; topEnd = j; }
    }
    if (top < best - reach) continue;
    // Not beside a name of the best path: that would split one name in two.
    if ((i > 0 && entityOf(tags[i - 1]!) === 1) || (topEnd < m && entityOf(tags[topEnd]!) === 1)) continue;
    // A "person" that ends in, or runs into, a place word is a place: not offered as a person.
    if (placeEnd(tokens, lo + i, lo + topEnd, model.gazetteer) > 0) continue;
    found.push({ first: lo + i, end: lo + topEnd, type: 1, margin: top - best, runnerUp: true });
  }
  // The likeliest first; none overlapping one already taken.
  found.sort((x, y) => y.margin - x.margin || x.first - y.first);
  const taken: ScoredSpan[] = [];
  for (const c of found) {
    if (taken.some((t) => t.first < c.end && c.first < t.end)) continue;
    taken.push(c);
    out.push(c);
  }
}

/** Calibrated confidence of a span's margin: 1 / (1 + exp(-(a × margin + b))); {@link reachFor} is its inverse. */
export function calibrated(cal: { readonly a: number; readonly b: number }, margin: number): number {
  return 1 / (1 + Math.exp(-(cal.a * margin + cal.b)));
}

/**
 * How far below the best path a runner-up may score for its confidence to
 * reach `minConfidence` under the runner-up calibration (a, b): 0 (none
 * offered) without one, from 0.5 up, or when it does not rise with the margin.
 */
export function reachFor(minConfidence: number | undefined, cal: { readonly a: number; readonly b: number } | null): number {
  if (cal === null || minConfidence === undefined || !(minConfidence < 0.5) || !(cal.a > 0)) return 0;
  const c = Math.max(minConfidence, 1e-6);
  // Margin where the confidence is c: a × margin + b = logit(c); runner-up margins are at most 0.
  return Math.max(0, (cal.b - Math.log(c / (1 - c))) / cal.a);
}

/**
 * Tag with a loaded model: spans with calibrated confidence; with
 * `minConfidence` below 0.5, runner-ups too (see NameTagger.tag), rated by
 * the model's runner-up calibration.
 */
export function tagWithModel(model: Model, tokens: readonly Token[], text: string, s: TagScratch, minConfidence?: number): NameSpan[] {
  const ru = model.runnerUpCalibration;
  const out: NameSpan[] = [];
  for (const sp of spansWithMargins(model, tokens, text, s, reachFor(minConfidence, ru))) {
    const runnerUp = sp.runnerUp === true;
    const confidence = calibrated(runnerUp ? ru! : model.calibration, sp.margin);
    // The reach is the exact boundary; rounding must not let a runner-up slip under the floor asked for.
    if (runnerUp && confidence < minConfidence!) continue;
    out.push({
      start: tokens[sp.first]!.start,
      end: tokens[sp.end - 1]!.end,
      confidence,
      label: sp.type === 1 ? 'PER' : 'LOC',
      firstToken: sp.first,
      endToken: sp.end,
      ...(runnerUp ? { runnerUp: true } : {}),
    });
  }
  return out;
}

/** A tagger over a model that is decoded on first use (decoding costs milliseconds; many callers never tag). */
export function createLearnedTagger(
  data: () => ModelData, name = 'learned-bio', clusters?: () => string,
): NameTagger & { warm(): number } {
  let model: Model | null = null;
  const scratch = new TagScratch();
  const get = (): Model => (model ??= loadModel(data(), clusters?.()));
  return {
    name,
    tag(tokens: readonly Token[], text: string, minConfidence?: number): NameSpan[] {
      return tagWithModel(get(), tokens, text, scratch, minConfidence);
    },
    /** Load the model now; returns the number of weight rows (for benchmarks). */
    warm(): number {
      return get().rows.length / ROW_WORDS;
    },
  };
}

export { TagScratch };
