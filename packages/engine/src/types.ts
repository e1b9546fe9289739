/**
 * Public types of the Peel engine. Everything here is plain data so that a
 * report can be stored, sent over HTTP and shown in the browser unchanged.
 */

/** Catalogue ids from shared/docs/guidelines.md. */
export type RuleId =
  | 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9'
  | 'L1' | 'L2' | 'L3' | 'L4'
  | 'O1' | 'O2' | 'O3' | 'O4'
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6'
  | 'N1' | 'N2'
  | 'W1'
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6';

/** How serious a finding is. `track` never warns; it tags the post for later lifecycle work. */
export type Severity = 'track' | 'advise' | 'review' | 'block';

/** The overall outcome of a check: the highest severity found (`track` counts as `pass`). */
export type Verdict = 'pass' | 'advise' | 'review' | 'block';

/** Entity types the recognisers emit. */
export type EntityType =
  | 'PERSON' | 'OFFICER' | 'HANDLE' | 'ADDRESS' | 'POSTCODE' | 'PHONE' | 'EMAIL' | 'VRM'
  | 'DATE_OF_BIRTH' | 'DATE' | 'AGE' | 'NINO' | 'NHS_NUMBER' | 'CARD' | 'IBAN' | 'BANK_ACCOUNT'
  | 'SORT_CODE' | 'PASSPORT' | 'DRIVING_LICENCE' | 'IP_ADDRESS' | 'URL' | 'SCHOOL'
  | 'CRIME_REF' | 'LOCATION' | 'SERVICE_NUMBER';

/** One attached media item, as described by the caller (the engine reads no files). */
export interface MediaItem {
  /** File name as uploaded, e.g. `IMG_2041.jpg`. */
  fileName: string;
  /** EXIF tags as read by the caller (e.g. with exifr): `GPSLatitude`, `GPSLongitude`, … */
  exif?: Readonly<Record<string, unknown>>;
  /** Alt text, if any: checked like post text would be in a later version. */
  alt?: string;
}

/** The kind of account a post is published from. */
export type AccountKind = 'force' | 'team' | 'individual';

/** A post to check. Only `text` is required. */
export interface Post {
  text: string;
  /** Platform id, e.g. `x`, `bluesky`, `mastodon`, `facebook`. */
  platform?: string;
  accountKind?: AccountKind;
  /** ISO 8601 date or date-time of (planned) publication; defaults to "now" for date-based rules. */
  date?: string;
  media?: readonly MediaItem[];
  /** Reference of a recorded decision (SIO/OIC approval for naming or image release). */
  approvalRef?: string;
}

/** A half-open range of UTF-16 code units in the original post text. */
export interface TextRange {
  start: number;
  end: number;
}

/** One replacement in the original text. Edits of one suggestion never overlap. */
export interface TextEdit extends TextRange {
  replacement: string;
}

/** A compliant rewrite, as edits plus the text they produce. */
export interface Suggestion {
  /** What the rewrite does, in plain words (e.g. "Remove the name"). */
  description: string;
  edits: TextEdit[];
  /** The post text with `edits` applied. */
  text: string;
}

/** A recognised entity, in original-text offsets. */
export interface Entity extends TextRange {
  type: EntityType;
  /** 0..1, calibrated where the recogniser can. */
  confidence: number;
  /** Type-specific facts: `{ officer: true, rank: 'PC' }`, `{ years: 15 }`, `{ allowed: true }` … */
  attrs?: Readonly<Record<string, string | number | boolean>>;
  /** Why the recogniser decided this (pattern, context words, checksum). Never contains the matched text. */
  explanation?: string;
}

/** One problem found in a post. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Stable id of the message within the rule (ESLint style). */
  messageId: string;
  /** Short, kind message for the author. */
  message: string;
  /** Why this matters, in plain words. */
  explanation: string;
  /** The guidance the rule rests on (APP, statute, force policy). */
  guidance: string;
  ranges: TextRange[];
  suggestion?: Suggestion;
  /** 0..1 */
  confidence: number;
}

/** The result of `check()`. */
export interface Report {
  verdict: Verdict;
  findings: Finding[];
  entities: Entity[];
  /** e.g. `appeal:missing-person`, `appeal:wanted`, `update:found`, `stage:arrested`, `stage:charged`. */
  tags: string[];
  /**
   * The post with every suggestion applied that does not overlap an earlier
   * one (most severe first); absent when no finding has a suggestion.
   */
  rewrite?: string;
  engineVersion: string;
  policyVersion: string;
}

/** Severity order, lowest first. */
export const SEVERITY_ORDER: readonly Severity[] = ['track', 'advise', 'review', 'block'];

/** Numeric rank of a severity, for comparisons. */
export function severityRank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}
