/**
 * The recogniser contract (modelled on Presidio and ESLint): `meta` describes
 * the recogniser; `detect` is a pure function of the prepared text.
 */
import type { NormalisedText } from '../pipeline/normalise.js';
import type { Token } from '../pipeline/tokenise.js';
import type { CompiledPolicy } from '../policy/compile.js';
import type { EntityType } from '../types.js';

/** An entity as a recogniser reports it: offsets in the normalised view. */
export interface Detected {
  type: EntityType;
  start: number;
  end: number;
  confidence: number;
  attrs?: Readonly<Record<string, string | number | boolean>>;
  /** Why (pattern name, context words, checksum). Never the matched text. */
  explanation?: string;
}

/** What a recogniser gets. All offsets are in `norm.text`. */
export interface RecognizeContext {
  readonly norm: NormalisedText;
  /** Lexicon view (lower case, leet undone); its offsets map into `norm.text`. */
  readonly lex: NormalisedText;
  readonly tokens: readonly Token[];
  readonly policy: CompiledPolicy;
}

/** Description of a recogniser. */
export interface RecognizerMeta {
  /** Unique name, e.g. `uk-postcode`. */
  name: string;
  /** Entity types it can emit. */
  types: readonly EntityType[];
  description: string;
}

/** A recogniser. */
export interface Recognizer {
  readonly meta: RecognizerMeta;
  detect(ctx: RecognizeContext): Detected[];
}
