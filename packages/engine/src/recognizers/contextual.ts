/** Registry of the contextual recognisers (people, officers, ages, places, schools). */
import type { Recognizer } from './types.js';

/** Contextual recognisers, run after the structured ones. */
export const CONTEXTUAL_RECOGNIZERS: readonly Recognizer[] = [];
