/** The name tagger the engine uses. Swap the implementation here. */
import { baselineTagger } from './baseline.js';
import type { NameTagger } from './types.js';

export type { NameSpan, NameTagger } from './types.js';

/** The active name tagger. */
export const nameTagger: NameTagger = baselineTagger;
