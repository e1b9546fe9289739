/**
 * The policy document: a force's configuration of the engine. Versioned JSON;
 * its JSON Schema is published as `policy.schema.json` (see schema.ts).
 */
import type { RuleId, Severity } from '../types.js';

/** Per-rule configuration. */
export interface RuleSetting {
  enabled?: boolean;
  /** Overrides the rule's default severity. */
  severity?: Severity;
}

/** A dated window (ISO 8601 dates, inclusive). */
export interface DateWindow {
  start: string;
  end: string;
  name?: string;
}

/** One protected-list (W1) entry: a keyed hash only, never the term. */
export interface ProtectedEntry {
  /** Lower-case hex HMAC-SHA-256 of the normalised term, keyed with the force's secret. */
  hmac: string;
  /** Number of words in the term, so only n-grams of that length are hashed. */
  words: number;
  /** ISO 8601 date after which the entry no longer applies. */
  expires?: string;
  /** A label that reveals nothing (e.g. "Op ref 12"). */
  label?: string;
}

/** A force-specific lexicon entry that raises a finding under a rule. */
export interface LexiconEntry {
  rule: RuleId;
  terms: string[];
  severity?: Severity;
  /** Shown to the author instead of the rule's default message. */
  message?: string;
}

/** The policy document. */
export interface Policy {
  $schema?: string;
  /** Stable id, e.g. `uk-default` or `northamptonshire`. */
  id: string;
  /** Semantic version of this document; reports carry it. */
  version: string;
  name: string;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  allow?: {
    /** Force and partner phone numbers (any format; digits are compared). */
    phoneNumbers?: string[];
    /** Web domains (and their subdomains) that are the force's own or partners'. */
    domains?: string[];
    /** E-mail domains treated as official (e.g. `northants.police.uk`). */
    emailDomains?: string[];
    /** Handles of the force, teams and partners (with or without @). */
    handles?: string[];
    /** Officer and staff names that may appear (e.g. the force's spokespeople). */
    officerNames?: string[];
    /**
     * Charities and appeals the force has approved for fundraising (S5), beside the built-in
     * police charities and national appeals: a post raising money for one of them is not flagged.
     */
    causes?: string[];
  };
  election?: {
    /** Pre-election periods. */
    windows?: DateWindow[];
    /** Candidate names (public information). */
    candidates?: string[];
    parties?: string[];
    /** Who to contact during the period, shown in the message. */
    contact?: string;
  };
  lexicon?: LexiconEntry[];
  protected?: {
    /** Identifies which key the hashes were made with (the key itself is never in the policy). */
    keyId?: string;
    entries: ProtectedEntry[];
  };
  thresholds?: {
    /**
     * Minimum confidence for a PERSON entity to count in the rules (0..1;
     * default 0.5). The name tagger's best reading of a post rates its
     * names above one half; below 0.5 it also offers the names that reading
     * leaves out, each at its own calibrated confidence (at most about
     * 0.4): a policy that would rather review a possible name than miss one.
     */
    person?: number;
  };
}
