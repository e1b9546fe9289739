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
  /**
   * A name the best reading of the post leaves out, offered because the
   * caller asked for spans below one half (see {@link NameTagger.tag}).
   */
  runnerUp?: boolean;
}

/** A name tagger over tokens of the normalised view. */
export interface NameTagger {
  readonly name: string;
  /**
   * Name spans. Without `minConfidence`, or with one of 0.5 or more, the
   * spans of the best reading of the post. With `minConfidence` below 0.5,
   * also the PER names the best reading leaves out whose confidence is at
   * least `minConfidence` (marked `runnerUp`): for policies that would
   * rather review a possible name than miss it. A tagger without
   * confidences below one half may ignore it.
   */
  tag(tokens: readonly Token[], text: string, minConfidence?: number): NameSpan[];
}
