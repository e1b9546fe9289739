/**
 * Facts about the post that several rules share (computed once per check):
 * the stage of proceedings, offence type, appeal type, and the tags the
 * report carries.
 */
import type { TextRange } from '../types.js';

/** Stages of proceedings and appeal states a post can speak of. */
export type Stage =
  | 'suspect' | 'arrested' | 'warrant' | 'summonsed' | 'charged' | 'remanded' | 'bailed'
  | 'convicted' | 'sentenced' | 'acquitted' | 'released' | 'nfa'
  | 'wanted' | 'missing' | 'found' | 'died' | 'identified' | 'trial';

/** Shared facts. */
export interface Facts {
  /** Stages the post speaks of, with where each cue is. */
  readonly stages: ReadonlyMap<Stage, readonly TextRange[]>;
  /**
   * Proceedings are active (arrest, warrant, summons, charge, trial) and no
   * verdict is reported: the contempt rules apply.
   */
  readonly activeProceedings: boolean;
  /** Highest stage reached for a named person: charged/convicted make naming normal. */
  readonly namingNormal: boolean;
  /** The post speaks of a sexual offence. */
  readonly sexualOffence: readonly TextRange[];
  /** The post speaks of a child/young person (ages under 18, "schoolboy", "youth court"). */
  readonly childContext: readonly TextRange[];
  /** Any crime context at all (offence words, proceedings). */
  readonly crimeContext: boolean;
  /** Tags for the report: `stage:*`, `appeal:*`, `update:*`, `offence:*`. */
  readonly tags: readonly string[];
}
