/** Facts shared by the rules: stage of proceedings, offence and appeal types, tags. */
import type { NormalisedText } from '../pipeline/normalise.js';
import type { Token } from '../pipeline/tokenise.js';
import type { Detected } from '../recognizers/types.js';
import type { Facts } from './types.js';

export type { Facts, Stage } from './types.js';

/** Inputs for fact finding. */
export interface FactsInput {
  readonly norm: NormalisedText;
  readonly lex: NormalisedText;
  readonly tokens: readonly Token[];
  readonly entities: readonly Detected[];
}

/** Compute the shared facts of a post. */
export function computeFacts(_input: FactsInput): Facts {
  return {
    stages: new Map(),
    activeProceedings: false,
    namingNormal: false,
    sexualOffence: [],
    childContext: [],
    crimeContext: false,
    tags: [],
  };
}
