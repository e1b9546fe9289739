/** Registry of the pattern recognisers (numbers, codes, addresses on the wire). */
import type { Recognizer } from './types.js';

/** Pattern recognisers, run in this order. */
export const STRUCTURED_RECOGNIZERS: readonly Recognizer[] = [];
