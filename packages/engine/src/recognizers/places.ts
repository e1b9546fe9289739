/**
 * UK and Irish place names (GeoNames, see uk-places-data.ts), so that a town
 * the name tagger takes for a person ("a man, 34, of Elm Street, Kettering")
 * is read as the place it is. Police posts name towns all the time; a false
 * PERSON there would block a post that follows the guidance to the letter.
 */
import type { Token } from '../pipeline/tokenise.js';
import type { NameSpan } from './names/types.js';
import { isHonorific, rankEndingAt } from './ranks.js';
import { UK_PLACES, UK_PLACES_AMBIGUOUS } from './uk-places-data.js';

/** What a name is as a place: not one, a place, or a place that is also a first name or surname. */
export const enum PlaceKind { None = 0, Place = 1, Ambiguous = 2 }

let places: Map<string, PlaceKind> | null = null;

/** Built on first use: most callers never ask. */
function table(): Map<string, PlaceKind> {
  if (places === null) {
    places = new Map();
    for (const p of UK_PLACES.split('|')) places.set(p, PlaceKind.Place);
    for (const p of UK_PLACES_AMBIGUOUS.split('|')) places.set(p, PlaceKind.Ambiguous);
  }
  return places;
}

/** The place kind of a lower-case name ("kettering", "milton keynes", "stoke-on-trent"). */
export function placeKind(lower: string): PlaceKind {
  return table().get(lower) ?? PlaceKind.None;
}

/** Words before a place that say it is one ("in Barry", "from Kingsley"); not "to" ("thanks to Kingsley"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'in', 'of', 'from', 'near', 'at', 'around', 'across', 'into', 'outside', 'towards', 'through', 'between', 'via',
]);

/** The lower-case words of tokens [first, end), space-joined; null if any is not a word. */
function spanWords(tokens: readonly Token[], first: number, end: number): string | null {
  let s = '';
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return null;
    s = i === first ? t.lower : `${s} ${t.lower}`;
  }
  return s;
}

/**
 * Tagger spans with PER spans that are UK places relabelled LOC: a place name
 * that is no one's name always, one that is also a name ("Barry") only after
 * a place word ("in", "from" …). Never after an honorific or rank ("Mr
 * Preston", "PC Kingsley"): that is a person.
 */
export function placesAsLocations(spans: readonly NameSpan[], tokens: readonly Token[]): NameSpan[] {
  let out: NameSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.label !== 'PER' || s.endToken - s.firstToken > 3) continue;
    const words = spanWords(tokens, s.firstToken, s.endToken);
    if (words === null) continue;
    const kind = placeKind(words);
    if (kind === PlaceKind.None) continue;
    const prev = tokens[s.firstToken - 1];
    if (prev !== undefined && (isHonorific(prev) || rankEndingAt(tokens, s.firstToken) >= 0)) continue;
    if (kind === PlaceKind.Ambiguous && (prev === undefined || !PLACE_WORDS.has(prev.lower))) continue;
    out ??= spans.slice();
    out[k] = { ...s, label: 'LOC' };
  }
  return out ?? (spans as NameSpan[]);
}
