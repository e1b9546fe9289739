/**
 * Trigger words that gate the costlier pattern scans: a recogniser whose
 * words do not occur in the post skips its regexes. The words live in the
 * shared lexicon, so finding them costs nothing beyond the one scan per post.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';

/** Street-type words (the last word of a street name). */
export const STREET_WORDS = sharedLexicon([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'close', 'cl', 'drive', 'dr', 'way', 'court', 'ct', 'crescent', 'cres',
  'place', 'pl', 'grove', 'gardens', 'gdns', 'terrace', 'walk', 'row', 'mews', 'square', 'sq', 'hill', 'view', 'rise', 'parade',
  'green', 'vale', 'park', 'boulevard', 'chase', 'croft', 'fold', 'gate', 'wharf', 'yard',
]);

/** School-type words. */
export const SCHOOL_WORDS = sharedLexicon(['school', 'academy', 'college', 'primary', 'sixth form', 'infants', 'juniors', 'nursery']);

/** Words that say someone is a child or young person, with how strongly (see age.ts). */
export const CHILD_WORDS: readonly string[] = [
  'teenager', 'teenagers', 'teen', 'teens', 'schoolboy', 'schoolboys', 'schoolgirl', 'schoolgirls', 'school children', 'schoolchildren',
  'school kids', 'schoolkids', 'pupil', 'pupils', 'juvenile', 'juveniles', 'youth', 'youths', 'youngster', 'youngsters', 'child',
  'children', 'kid', 'kids', 'toddler', 'toddlers', 'baby', 'babies', 'infant', 'infants', 'minor', 'minors', 'boy', 'boys', 'girl',
  'girls', 'young boy', 'young girl', 'young person', 'young people', 'young man', 'young woman', 'under 18', 'under 18s', 'under-18',
  'under-18s', 'under 16', 'under 16s', 'under-16', 'under-16s',
];
/** The child words as a shared lexicon. */
export const CHILD_LEXICON = sharedLexicon(CHILD_WORDS);
