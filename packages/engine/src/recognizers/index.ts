/** All recognisers, in the order the pipeline runs them. */
import { CONTEXTUAL_RECOGNIZERS } from './contextual.js';
import { STRUCTURED_RECOGNIZERS } from './structured.js';
import type { Recognizer } from './types.js';

export type { Detected, Recognizer, RecognizerMeta, RecognizeContext } from './types.js';

/** Every recogniser. */
export const RECOGNIZERS: readonly Recognizer[] = [...STRUCTURED_RECOGNIZERS, ...CONTEXTUAL_RECOGNIZERS];
