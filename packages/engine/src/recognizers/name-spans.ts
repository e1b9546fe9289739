/**
 * The tagger's spans for one post, computed once: the PERSON and LOCATION
 * recognisers both need them, and tagging is the most expensive stage.
 */
import type { Token } from '../pipeline/tokenise.js';
import { nameTagger, type NameSpan } from './names/index.js';
import { memoLast } from '../util/memo-last.js';
import { placesAsLocations } from './places.js';

/** The spans last computed, and the lowest confidence they were asked for (1: the best reading only). */
interface Tagged { readonly floor: number; readonly spans: NameSpan[] }

const cache = memoLast<readonly Token[], Tagged>();

/**
 * Name spans for these tokens (cached per token array), UK place names read
 * as places. With `minConfidence` below 0.5 (a policy's person threshold),
 * also the tagger's runner-up person names at or above it (see
 * NameTagger.tag); the recognisers of one post share one tagging.
 */
export function nameSpans(tokens: readonly Token[], text: string, minConfidence = 1): NameSpan[] {
  const floor = minConfidence < 0.5 ? minConfidence : 1;
  const hit = cache.get(tokens);
  if (hit !== undefined && hit.floor <= floor) {
    return hit.floor === floor ? hit.spans : hit.spans.filter((s) => s.runnerUp !== true || s.confidence >= floor);
  }
  // UK towns the tagger took for people become places (see places.ts); a runner-up that is a town is dropped.
  let spans = placesAsLocations(nameTagger.tag(tokens, text, floor), tokens);
  if (floor < 1) spans = spans.filter((s) => s.runnerUp !== true || s.label === 'PER');
  cache.set(tokens, { floor, spans });
  return spans;
}
