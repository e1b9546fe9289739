/**
 * Between character spans in the text as typed and tokens of the normalised
 * view: gold spans → BIO tags (training) and tagger spans → original offsets
 * (evaluation, reporting).
 */
import { originalEnd, originalStart, type NormalisedText } from '../../pipeline/normalise.js';
import type { Token } from '../../pipeline/tokenise.js';
import type { NameSpan } from './types.js';

/** A labelled span in original-text offsets. */
export interface CharSpan {
  readonly start: number;
  readonly end: number;
  /** Entity type index: 1 PER, 2 LOC, 3 ORG (0 = ignore). */
  readonly type: number;
}

/**
 * BIO tags for `tokens` from gold spans: a token inside a span takes its type;
 * the first such token gets B-. A hashtag or handle token counts as inside a
 * span that leaves out its leading sign. Returns the number of spans no token fell in
 * (a span boundary inside a token), so callers can report alignment loss.
 */
export function goldTags(tokens: readonly Token[], view: NormalisedText, spans: readonly CharSpan[], out: Uint8Array): number {
  out.fill(0, 0, tokens.length);
  let lost = 0;
  for (const span of spans) {
    if (span.type === 0) continue;
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      // Annotators often leave the sign out of a tagged hashtag ("#Leeds" → "Leeds").
      const sign = tokens[i]!.kind === 'hashtag' || tokens[i]!.kind === 'handle' ? 1 : 0;
      const s = originalStart(view, tokens[i]!.start + sign);
      const e = originalEnd(view, tokens[i]!.end);
      if (s >= span.start && e <= span.end) {
        out[i] = first ? span.type * 2 - 1 : span.type * 2;
        first = false;
      }
    }
    if (first) lost++;
  }
  return lost;
}

/** A tagger span in original-text offsets. */
export function toOriginal(view: NormalisedText, span: NameSpan): { start: number; end: number } {
  return { start: originalStart(view, span.start), end: originalEnd(view, span.end) };
}
