/** Registry of the contextual recognisers (people, places, ages, schools, addresses). */
import { addressRecognizer } from './address.js';
import { ageRecognizer } from './age.js';
import { locationRecognizer } from './location.js';
import { personRecognizer } from './person.js';
import { schoolRecognizer } from './school.js';
import type { Recognizer } from './types.js';

/** Contextual recognisers, run after the pattern recognisers. */
export const CONTEXTUAL_RECOGNIZERS: readonly Recognizer[] = [
  personRecognizer, addressRecognizer, ageRecognizer, schoolRecognizer, locationRecognizer,
];
