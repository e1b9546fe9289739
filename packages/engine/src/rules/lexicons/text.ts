/**
 * Small text helpers shared by the conduct rules: token lookup, capitals,
 * removal edits that leave tidy spacing, and the policy's custom lexicons.
 */
import type { Token } from '../../pipeline/tokenise.js';
import type { RuleId, TextEdit, TextRange } from '../../types.js';
import type { RuleContext, RuleFinding } from '../types.js';
import type { Scan } from './scan.js';

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True if the normalised text has an upper-case letter at `offset`. */
export function isUpperAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 65 && c <= 90;
}

/** True if a word token is capitalised (first letter upper case) and not the lone "I". */
export function isCapitalisedWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isUpperAt(t.text, 0) && t.text !== 'I' && t.lower !== "i'm";
}

/**
 * An edit deleting `r` and one neighbouring space, so "a  b" gaps and
 * leading spaces are not left behind.
 */
export function removalEdit(text: string, r: TextRange): TextEdit {
  let { start, end } = r;
  if (end < text.length && text.charCodeAt(end) === 32) end++;
  else if (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  // Removing the first word of a sentence: the next word takes its capital.
  const c = text.charCodeAt(end);
  if (c >= 97 && c <= 122 && atSentenceStart(text, start)) return { start, end: end + 1, replacement: text[end]!.toUpperCase() };
  return { start, end, replacement: '' };
}

/** True when only spaces, quotes or nothing lie between `offset` and the previous sentence end. */
export function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 34 || c === 39) continue;
    return c === 46 || c === 33 || c === 63 || c === 10;
  }
  return true;
}

/**
 * An edit deleting sentence `sent`, or null when it is the only sentence
 * (deleting the whole post is not a rewrite).
 */
export function sentenceRemoval(ctx: RuleContext, scan: Scan, sent: number): TextEdit | null {
  if (scan.nonEmpty < 2) return null;
  const s = scan.sentences[sent]!;
  let { start, end } = s;
  const text = ctx.norm.text;
  while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 10)) end++;
  if (end >= text.length) while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 10)) start--;
  else while (start < end && text.charCodeAt(start) === 32) start++;
  return { start, end, replacement: '' };
}

/**
 * Findings for the force's own lexicon entries under `rule`
 * (policy.lexicon; compiled with the policy). Message id `custom`.
 */
export function customFindings(ctx: RuleContext, rule: RuleId, fallback: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of ctx.policy.customLexicons) {
    if (c.entry.rule !== rule) continue;
    for (const m of c.lexicon.match(ctx.lex)) {
      const f: RuleFinding = {
        messageId: 'custom',
        data: { message: c.entry.message ?? fallback },
        ranges: [{ start: m.start, end: m.end }],
        confidence: 0.9,
      };
      if (c.entry.severity !== undefined) f.severity = c.entry.severity;
      out.push(f);
    }
  }
  return out;
}

/** Emoji that laugh at, or roll eyes at, someone. */
const MOCKING_EMOJI = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f605, 0x1f639, 0x1f921, 0x1f926, 0x1f644, 0x1f60f, 0x1f61d, 0x1f61c, 0x1f92a, 0x1f4a9, 0x1f92d]);

/** True if the token is a laughing or mocking emoji. */
export function isMockingEmoji(t: Token): boolean {
  return t.kind === 'other' && MOCKING_EMOJI.has(t.text.codePointAt(0)!);
}
