/**
 * The tagger's spans for one post, computed once: the PERSON and LOCATION
 * recognisers both need them, and tagging is the most expensive stage.
 */
import type { Token } from '../pipeline/tokenise.js';
import { nameTagger, type NameSpan } from './names/index.js';
import { memoLast } from '../util/memo-last.js';
import { placesAsLocations } from './places.js';

const cache = memoLast<readonly Token[], NameSpan[]>();

/** Name spans for these tokens (cached per token array), UK place names read as places. */
export function nameSpans(tokens: readonly Token[], text: string): NameSpan[] {
  let spans = cache.get(tokens);
  if (spans === undefined) {
    // UK towns the tagger took for people become places (see places.ts).
    spans = placesAsLocations(nameTagger.tag(tokens, text), tokens);
    cache.set(tokens, spans);
  }
  return spans;
}
