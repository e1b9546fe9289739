/**
 * Word lists the name tagger consults: first names, surnames, places, titles
 * and ranks, common words. The lists are exported at training time (from the
 * MIT-licensed `compromise` lexicon, `redact-pii`'s name list and a short
 * hand-written list of UK police ranks) into the model file, so the tagger
 * needs nothing at run time but the model.
 */

/** Gazetteer membership bits for a lower-cased word. */
export const enum Gaz {
  First = 1,
  Last = 2,
  /** In a long list of common first names and surnames (redact-pii). */
  KnownName = 4,
  Place = 8,
  /** An ordinary dictionary word (noun, verb, adjective, function word). */
  Common = 16,
  /** A title or police rank that precedes a name: Mr, Mrs, PC, DC, Sgt, Insp … */
  Title = 32,
  /** A word that ends a place name: road, street, park, close … */
  PlaceSuffix = 64,
  Org = 128,
}

/** A gazetteer: lower-cased word → membership bits. */
export type Gazetteer = ReadonlyMap<string, number>;

/**
 * Serialise a gazetteer compactly: one line per distinct bit set,
 * `bits:word|word|…`, words sorted so the output is deterministic.
 */
export function encodeGazetteer(gaz: Gazetteer): string {
  const groups = new Map<number, string[]>();
  for (const [word, bits] of gaz) {
    if (bits === 0 || word.includes('|') || word.includes('\n')) continue;
    let g = groups.get(bits);
    if (g === undefined) groups.set(bits, (g = []));
    g.push(word);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((bits) => `${bits}:${groups.get(bits)!.sort().join('|')}`)
    .join('\n');
}

/** Parse the output of {@link encodeGazetteer}. */
export function decodeGazetteer(data: string): Map<string, number> {
  const gaz = new Map<string, number>();
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const bits = Number(line.slice(0, colon));
    for (const word of line.slice(colon + 1).split('|')) if (word !== '') gaz.set(word, bits);
  }
  return gaz;
}

/**
 * Titles and ranks that come before a person's name in UK police posts. Kept
 * by hand because no installed list has police ranks.
 */
export const TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'prof', 'cllr',
  'councillor', 'judge', 'justice', 'pc', 'dc', 'ps', 'ds', 'sgt', 'insp', 'di', 'dci', 'dsi', 'supt',
  'ch', 'chief', 'det', 'detective', 'constable', 'sergeant', 'inspector', 'superintendent', 'pcso',
  'acc', 'dcc', 'cc', 'commissioner', 'officer', 'special', 'sc', 'tdc', 'dsupt', 'cs', 'ci', 'mp', 'mep',
  'king', 'queen', 'prince', 'princess', 'uncle', 'aunt', 'auntie', 'coach', 'captain', 'capt',
];

/** Words that end a place name, so the word before is a place and not a person. */
export const PLACE_SUFFIXES: readonly string[] = [
  'road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'close', 'way', 'drive', 'dr', 'crescent',
  'park', 'green', 'common', 'hill', 'square', 'sq', 'place', 'court', 'gardens', 'grove', 'terrace',
  'row', 'walk', 'mews', 'estate', 'village', 'town', 'city', 'centre', 'center', 'station', 'bridge',
  'wood', 'woods', 'field', 'fields', 'heath', 'moor', 'vale', 'valley', 'retail', 'industrial',
  'roundabout', 'junction', 'bypass', 'hospital', 'school', 'academy', 'college', 'university', 'church',
  'stadium', 'airport', 'harbour', 'beach', 'pier', 'market', 'mall', 'island', 'county', 'borough',
];
