/**
 * The rule contract (modelled on ESLint): `meta` says what the rule checks,
 * the guidance it rests on and its messages by id; `check` is a pure function
 * of the prepared post and returns findings in normalised-view offsets.
 */
import type { Facts } from '../facts/types.js';
import type { NormalisedText } from '../pipeline/normalise.js';
import type { Token } from '../pipeline/tokenise.js';
import type { CompiledPolicy } from '../policy/compile.js';
import type { Detected } from '../recognizers/types.js';
import type { Post, RuleId, Severity, TextEdit, TextRange } from '../types.js';

/** Everything a rule may look at. Offsets are in `norm.text`. */
export interface RuleContext {
  readonly post: Post;
  readonly norm: NormalisedText;
  /** Lexicon view; its offsets map into `norm.text` (use `compileLexicon`). */
  readonly lex: NormalisedText;
  readonly tokens: readonly Token[];
  /** Entities after overlap resolution, sorted by start. */
  readonly entities: readonly Detected[];
  readonly facts: Facts;
  readonly policy: CompiledPolicy;
  /** Publication time: `post.date`, else the time of the check. */
  readonly now: Date;
}

/** A suggested rewrite, with edits in normalised-view offsets. */
export interface RuleSuggestion {
  description: string;
  edits: TextEdit[];
}

/** What a rule reports. */
export interface RuleFinding {
  messageId: string;
  /** Values for `{{placeholders}}` in the message. Never personal data. */
  data?: Readonly<Record<string, string | number>>;
  ranges: TextRange[];
  /** Overrides the policy/default severity for this finding (e.g. P4 with an approval reference). */
  severity?: Severity;
  confidence: number;
  suggestion?: RuleSuggestion;
}

/** Description of a rule. */
export interface RuleMeta {
  id: RuleId;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: Severity;
  /** Why it matters, in plain and kind words for the author. */
  explanation: string;
  /** The guidance or law it rests on. */
  guidance: string;
  /** Messages by id; may use `{{name}}` placeholders filled from `data`. */
  messages: Readonly<Record<string, string>>;
  /** True when the rule can offer a rewrite. */
  fixable: boolean;
}

/** A rule. */
export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): RuleFinding[];
}
