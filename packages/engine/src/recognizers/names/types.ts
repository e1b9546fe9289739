/**
 * The person-name tagger interface. The PERSON recogniser (person.ts) asks a
 * tagger for name spans; the tagger behind it can be swapped (baseline
 * heuristic, learned model) without touching the rules.
 */
import type { Token } from '../../pipeline/tokenise.js';

/** A span the tagger believes is a name, in normalised-view offsets. */
export interface NameSpan {
  start: number;
  end: number;
  /** Calibrated probability that the span is a name of this label. */
  confidence: number;
  label: 'PER' | 'LOC';
  /** Index of the first and one past the last token of the span. */
  firstToken: number;
  endToken: number;
}

/** A name tagger over tokens of the normalised view. */
export interface NameTagger {
  readonly name: string;
  tag(tokens: readonly Token[], text: string): NameSpan[];
}
