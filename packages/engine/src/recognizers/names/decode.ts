/**
 * BIO tag set and constrained Viterbi decoding for the name tagger. Shared by
 * training (structured perceptron) and tagging.
 */

/** Tags: O, then B/I pairs for PER, LOC, ORG. ORG is learnt so that
 * organisations are not mistaken for people, but it is never reported. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
/** Number of tags. */
export const NUM_TAGS = TAGS.length;
/** Index of tag O. */
export const TAG_O = 0;

/** Entity type of a tag: 0 for O, else 1 PER, 2 LOC, 3 ORG. */
export function entityOf(tag: number): number {
  return tag === 0 ? 0 : (tag + 1) >> 1;
}
/** True for a B- tag. */
export function isBegin(tag: number): boolean {
  return tag > 0 && (tag & 1) === 1;
}

/** `allowed[prev * NUM_TAGS + cur]`: BIO validity; row NUM_TAGS is the start state. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = 0; p <= NUM_TAGS; p++) {
    for (let c = 0; c < NUM_TAGS; c++) {
      // An I- tag continues a B- or I- of the same type.
      const ok = c === 0 || isBegin(c) || (p < NUM_TAGS && p !== 0 && entityOf(p) === entityOf(c));
      a[p * NUM_TAGS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Reusable Viterbi buffers. */
export class ViterbiScratch {
  score = new Float64Array(64 * NUM_TAGS);
  back = new Int8Array(64 * NUM_TAGS);
  ensure(n: number): void {
    if (this.score.length >= n * NUM_TAGS) return;
    let cap = this.score.length / NUM_TAGS;
    while (cap < n) cap *= 2;
    this.score = new Float64Array(cap * NUM_TAGS);
    this.back = new Int8Array(cap * NUM_TAGS);
  }
}

/**
 * Viterbi step for token `i` > 0: best scores and back pointers per tag. O
 * and B- tags may follow any tag; I- tags only the B- or I- of their type;
 * forced tokens only take O. Ties go to the lower predecessor, as a loop
 * from tag 0 with `>` would (written out: this runs per token of every post).
 */
function viterbiStep(em: Float64Array, i: number, trans: Float64Array, forced: boolean, score: Float64Array, back: Int8Array): void {
  const T = NUM_TAGS;
  const q = (i - 1) * T;
  const o = i * T;
  const s0 = score[q]!, s1 = score[q + 1]!, s2 = score[q + 2]!, s3 = score[q + 3]!;
  const s4 = score[q + 4]!, s5 = score[q + 5]!, s6 = score[q + 6]!;
  const last = forced ? 1 : T;
  for (let c = 0; c < last; c++) {
    if (c === 2 || c === 4 || c === 6) {
      // I-: from the B- (c - 1) or I- (c) of the same type; both -Infinity leaves pointer 0.
      const fromB = score[q + c - 1]! + trans[(c - 1) * T + c]!;
      const fromI = score[q + c]! + trans[c * T + c]!;
      let best = -Infinity, arg = 0;
      if (fromB > best) { best = fromB; arg = c - 1; }
      if (fromI > best) { best = fromI; arg = c; }
      score[o + c] = best + em[o + c]!;
      back[o + c] = arg;
      continue;
    }
    let best = s0 + trans[c]!, arg = 0, v: number;
    v = s1 + trans[T + c]!; if (v > best) { best = v; arg = 1; }
    v = s2 + trans[2 * T + c]!; if (v > best) { best = v; arg = 2; }
    v = s3 + trans[3 * T + c]!; if (v > best) { best = v; arg = 3; }
    v = s4 + trans[4 * T + c]!; if (v > best) { best = v; arg = 4; }
    v = s5 + trans[5 * T + c]!; if (v > best) { best = v; arg = 5; }
    v = s6 + trans[6 * T + c]!; if (v > best) { best = v; arg = 6; }
    score[o + c] = best + em[o + c]!;
    back[o + c] = arg;
  }
  for (let c = last; c < T; c++) { score[o + c] = -Infinity + em[o + c]!; back[o + c] = 0; }
}

/**
 * Best tag sequence under emission scores `em` (n × NUM_TAGS) and transition
 * scores `trans` ((NUM_TAGS + 1) × NUM_TAGS, last row = start). Tokens with
 * `onlyO[i]` set, and tokens in [forceFrom, forceTo), can only be O.
 * Writes tags into `out` and returns the path score.
 */
export function viterbi(
  em: Float64Array, n: number, trans: Float64Array, onlyO: Uint8Array, out: Uint8Array, s: ViterbiScratch,
  forceFrom = 0, forceTo = 0,
): number {
  if (n === 0) return 0;
  s.ensure(n);
  const T = NUM_TAGS;
  const score = s.score;
  const back = s.back;
  const forced0 = onlyO[0] === 1 || (forceFrom <= 0 && forceTo > 0);
  for (let c = 0; c < T; c++) {
    // From the start state: O and B- tags only.
    const ok = c === 0 || (!forced0 && isBegin(c));
    score[c] = (ok ? trans[T * T + c]! : -Infinity) + em[c]!;
    back[c] = ok ? T : 0;
  }
  for (let i = 1; i < n; i++) viterbiStep(em, i, trans, onlyO[i] === 1 || (i >= forceFrom && i < forceTo), score, back);
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < T; c++) {
    const v = score[(n - 1) * T + c]!;
    if (v > best) { best = v; arg = c; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return best;
}

/**
 * Backward Viterbi scores: bwd[i*T + c] = best score of tags i+1..n-1 given
 * tag c at i (emissions of i excluded), under the same constraints as
 * `viterbi`. With the forward scores this gives, for any span, the best path
 * that leaves the span as O in O(T) instead of a full second decode.
 */
export function backward(em: Float64Array, n: number, trans: Float64Array, onlyO: Uint8Array, bwd: Float64Array): void {
  const T = NUM_TAGS;
  for (let c = 0; c < T; c++) bwd[(n - 1) * T + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const o = (i + 1) * T;
    const b = i * T;
    // The best continuation from tag c at i + 1 (forced tokens: O only).
    const u0 = em[o]! + bwd[o]!;
    if (onlyO[i + 1] === 1) {
      for (let p = 0; p < T; p++) bwd[b + p] = trans[p * T]! + u0;
      continue;
    }
    const u1 = em[o + 1]! + bwd[o + 1]!, u2 = em[o + 2]! + bwd[o + 2]!, u3 = em[o + 3]! + bwd[o + 3]!;
    const u4 = em[o + 4]! + bwd[o + 4]!, u5 = em[o + 5]! + bwd[o + 5]!, u6 = em[o + 6]! + bwd[o + 6]!;
    for (let p = 0; p < T; p++) {
      const tp = p * T;
      // O and B- next: always allowed; I- next: only after the B- or I- of its type.
      let best = trans[tp]! + u0, v: number;
      v = trans[tp + 1]! + u1; if (v > best) best = v;
      v = trans[tp + 3]! + u3; if (v > best) best = v;
      v = trans[tp + 5]! + u5; if (v > best) best = v;
      if (p === 1 || p === 2) { v = trans[tp + 2]! + u2; if (v > best) best = v; }
      else if (p === 3 || p === 4) { v = trans[tp + 4]! + u4; if (v > best) best = v; }
      else if (p === 5 || p === 6) { v = trans[tp + 6]! + u6; if (v > best) best = v; }
      bwd[b + p] = best;
    }
  }
}

/**
 * Best score of tags 0..from-1 (forward scores `fwd`) followed by tag `tag`
 * (O or a B- tag, which may follow any tag) at `from`, its emission left out.
 */
function enterScore(trans: Float64Array, fwd: Float64Array, from: number, tag: number): number {
  const T = NUM_TAGS;
  if (from === 0) return trans[T * T + tag]!;
  let s = -Infinity;
  for (let p = 0; p < T; p++) {
    const v = fwd[(from - 1) * T + p]! + trans[p * T + tag]!;
    if (v > s) s = v;
  }
  return s;
}

/**
 * Best path score when tokens [from, to) are forced to O, from the forward
 * scores of `viterbi` (left in `fwd`) and the backward scores of `backward`.
 */
export function scoreWithSpanAsO(em: Float64Array, n: number, trans: Float64Array, fwd: Float64Array, bwd: Float64Array, from: number, to: number): number {
  const T = NUM_TAGS;
  let s = enterScore(trans, fwd, from, TAG_O);
  for (let k = from; k < to; k++) {
    s += em[k * T + TAG_O]!;
    if (k > from) s += trans[TAG_O * T + TAG_O]!;
  }
  return s + bwd[(to - 1) * T + TAG_O]!;
}

/**
 * Best path score when tokens [from, to) are exactly one PER name (B-PER,
 * then I-PER, and the token after it, if any, not I-PER), from the forward
 * scores of `viterbi` (left in `fwd`) and the backward scores of `backward`;
 * -Infinity when a token there can only be O. With the best path's score
 * this gives the (negative) margin of a name the best path leaves out.
 */
export function scoreWithSpanAsPer(
  em: Float64Array, n: number, trans: Float64Array, fwd: Float64Array, bwd: Float64Array, onlyO: Uint8Array, from: number, to: number,
): number {
  const T = NUM_TAGS, B = 1, I = 2;
  for (let k = from; k < to; k++) if (onlyO[k] === 1) return -Infinity;
  let s = enterScore(trans, fwd, from, B) + em[from * T + B]!;
  for (let k = from + 1; k < to; k++) s += trans[(k === from + 1 ? B : I) * T + I]! + em[k * T + I]!;
  if (to === n) return s;
  const last = to - from === 1 ? B : I, o = to * T;
  // The name ends: O or a B- tag next (an I-LOC or I-ORG cannot follow a PER tag).
  let next = trans[last * T]! + em[o]! + bwd[o]!;
  if (onlyO[to] !== 1) {
    for (let c = 1; c < T; c += 2) {
      const v = trans[last * T + c]! + em[o + c]! + bwd[o + c]!;
      if (v > next) next = v;
    }
  }
  return s + next;
}

/**
 * Transition terms of an upper bound on how far a path with a name can beat
 * the all-O path (see {@link allOIsBest}), relative to staying in O: the
 * most a name's first tag can gain on entry (from O or the start), each
 * further tag inside it, and the exit back to O.
 */
export interface OBound {
  readonly enter: number;
  readonly stay: number;
  readonly leave: number;
}

/** The {@link OBound} terms of a transition table. */
export function oBound(trans: Float64Array): OBound {
  const T = NUM_TAGS;
  const oo = trans[TAG_O * T + TAG_O]!;
  let enter = -Infinity, stay = -Infinity, leave = 0;
  for (let c = 1; c < T; c++) {
    if (!isBegin(c)) continue;
    enter = Math.max(enter, trans[T * T + c]! - trans[T * T + TAG_O]!, trans[TAG_O * T + c]! - oo);
  }
  for (let p = 1; p < T; p++) {
    leave = Math.max(leave, trans[p * T + TAG_O]! - oo);
    for (let c = 1; c < T; c++) if (ALLOWED[p * T + c]) stay = Math.max(stay, trans[p * T + c]! - oo);
  }
  return { enter, stay, leave };
}

/**
 * True when, over tokens [from, to), the all-O path provably scores above
 * every other path, so that Viterbi would give them all O. A path differs
 * from all-O in runs of non-O tags; a run over tokens a..b-1 gains at most
 * enter + leave + Σ (best non-O minus O emission) + (b - a - 1) × stay, and
 * the best run is a maximum-sum stretch (Kadane) between forced tokens. The
 * small margin keeps float rounding on the side of decoding. With `slack`,
 * true only when the all-O path beats every other by more than `slack`.
 */
export function allOIsBest(em: Float64Array, from: number, to: number, onlyO: Uint8Array, b: OBound, slack = 0): boolean {
  const T = NUM_TAGS;
  let best = -Infinity, run = -Infinity;
  for (let i = from; i < to; i++) {
    if (onlyO[i] === 1) { run = -Infinity; continue; }
    const o = i * T;
    const d = Math.max(em[o + 1]!, em[o + 2]!, em[o + 3]!, em[o + 4]!, em[o + 5]!, em[o + 6]!);
    const g = d - em[o]! + b.stay;
    run = run > 0 ? run + g : g;
    if (run > best) best = run;
  }
  return b.enter + b.leave - b.stay + best < -slack - 1e-6;
}
