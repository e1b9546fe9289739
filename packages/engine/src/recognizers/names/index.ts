/**
 * The name tagger the engine uses: the learned tagger (tagger.ts: a linear model and a window network)
 * over the shipped model (model-data.ts, written by `npm run train:names`)
 * and the word clusters it was trained with (clusters-data.ts, `npm run clusters:words`).
 * The model is decoded on first use. baseline.ts stays as a reference.
 */
import { CLUSTERS_DATA } from './clusters-data.js';
import { MODEL_DATA } from './model-data.js';
import { createLearnedTagger } from './tagger.js';
import type { NameTagger } from './types.js';

export type { NameSpan, NameTagger } from './types.js';
export { baselineTagger } from './baseline.js';

/** The learned tagger, with `warm()` to load its model ahead of the first post. */
export const learnedTagger: NameTagger & { warm(): number } = createLearnedTagger(() => MODEL_DATA, 'learned-bio', () => CLUSTERS_DATA);

/** The active name tagger. */
export const nameTagger: NameTagger = learnedTagger;
