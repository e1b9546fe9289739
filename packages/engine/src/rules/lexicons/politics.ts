/**
 * Party mentions and election windows, shared by N1 and N2. Unambiguous party
 * names count in any case; "Labour", "Conservative(s)", "Greens" and "Reform"
 * count only capitalised and beside political context, so "forced labour",
 * "a conservative estimate" and "police reform" do not.
 */
import type { DateWindow } from '../../policy/types.js';
import type { TextRange } from '../../types.js';
import type { RuleContext } from '../types.js';
import { lastStartingAtOrBefore, sentenceAt, sentenceHas, type Scan, type TermHit } from './scan.js';
import { atSentenceStart, isCapitalisedWord, isUpperAt, tokenAt } from './text.js';

/** A mention of a party, with whether the sentence supports or opposes something. */
export interface PartyMention extends TextRange {
  sent: number;
  supportCue: boolean;
}

const PARTY_TAGS = new Set([
  'tory', 'tories', 'labour', 'conservative', 'conservatives', 'libdem', 'libdems', 'snp', 'ukip', 'reformuk', 'greenparty',
  'plaidcymru', 'dup', 'sinnfein', 'bnp',
]);
const TAG_PREFIXES = ['vote', 'back', 'support', 'go', 'no', 'never', 'stop', 'ditch', 'sack'];
const TAG_SUFFIXES = ['out', 'in', 'win', 'gain', 'doorstep'];

// Hashtags recur from post to post (#ff, #police): each is judged once. Bounded so hostile
// input cannot grow it without limit.
const HASHTAG_MEMO = new Map<string, boolean>();
const HASHTAG_MEMO_MAX = 4096;

/** "#ToriesOut", "#VoteLabour", "#LibDems": the hashtag's body is a party name with a campaign prefix or suffix. */
function partyHashtag(tag: string): boolean {
  let got = HASHTAG_MEMO.get(tag);
  if (got === undefined) {
    got = judgeHashtag(tag);
    if (HASHTAG_MEMO.size < HASHTAG_MEMO_MAX) HASHTAG_MEMO.set(tag, got);
  }
  return got;
}

function judgeHashtag(tag: string): boolean {
  let body = tag.slice(1).toLowerCase();
  if (PARTY_TAGS.has(body)) return true;
  for (const p of TAG_PREFIXES) if (body.startsWith(p) && PARTY_TAGS.has(body.slice(p.length))) return true;
  for (const s of TAG_SUFFIXES) {
    if (body.endsWith(s)) {
      body = body.slice(0, -s.length);
      if (PARTY_TAGS.has(body)) return true;
    }
  }
  return false;
}

/**
 * "Labour" is the party when capitalised and either in political context or
 * mid-sentence on its own ("good to hear Labour promising …"); a capitalised
 * next word makes it part of a name ("Police Reform Act", "International
 * Labour Organization") and sentence-initial capitals prove nothing.
 */
function ambiguousIsParty(ctx: RuleContext, scan: Scan, h: TermHit, support: boolean): boolean {
  if (!isUpperAt(ctx.norm.text, h.start)) return false;
  const next = ctx.tokens[tokenAt(ctx.tokens, h.end)];
  // "Reform Road", "Conservative Club": part of a name, unless the next word is political ("Labour MP").
  if (isCapitalisedWord(next) && !polCtxAt(scan, next!.start)) return false;
  if (support || sentenceHas(scan, h.sent, 'polCtx')) return true;
  return !atSentenceStart(ctx.norm.text, h.start);
}

/** A political-context word starts at `offset` (binary search over the sorted hits). */
function polCtxAt(scan: Scan, offset: number): boolean {
  for (let i = lastStartingAtOrBefore(scan.hits, offset); i >= 0 && scan.hits[i]!.start === offset; i--) {
    if (scan.hits[i]!.cats.includes('polCtx')) return true;
  }
  return false;
}

/** Party mentions: built-in names, the policy's parties and party hashtags, without overlaps, in order. */
export function partyMentions(ctx: RuleContext, scan: Scan): PartyMention[] {
  const all: PartyMention[] = [];
  const support = (sent: number): boolean => sentenceHas(scan, sent, 'support') || sentenceHas(scan, sent, 'vote');
  for (const h of scan.hits) {
    const strong = h.cats.includes('party');
    if (!strong && !h.cats.includes('partyAmbig')) continue;
    if (!strong && !ambiguousIsParty(ctx, scan, h, support(h.sent))) continue;
    all.push({ start: h.start, end: h.end, sent: h.sent, supportCue: support(h.sent) });
  }
  if (ctx.policy.parties.size > 0) {
    for (const m of ctx.policy.parties.match(ctx.lex)) {
      const sent = sentenceAt(scan, m.start);
      all.push({ start: m.start, end: m.end, sent, supportCue: support(sent) });
    }
  }
  if (ctx.norm.text.indexOf('#') >= 0) {
    for (const t of ctx.tokens) {
      if (t.kind === 'hashtag' && partyHashtag(t.text)) all.push({ start: t.start, end: t.end, sent: sentenceAt(scan, t.start), supportCue: true });
    }
  }
  // Longest first at a start; "Labour councillor" and the "Labour" inside it are one mention.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PartyMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last === undefined || m.start >= last.end) out.push(m);
  }
  return out;
}

/** True if `r` overlaps any of the sorted, non-overlapping `ranges`. */
export function overlapsAny(ranges: readonly TextRange[], r: TextRange): boolean {
  const i = lastStartingAtOrBefore(ranges, r.end - 1);
  return i >= 0 && ranges[i]!.end > r.start;
}

/** Candidate names from the policy (public information), as ranges. */
export function candidateMentions(ctx: RuleContext): TextRange[] {
  if (ctx.policy.candidates.size === 0) return [];
  return ctx.policy.candidates.match(ctx.lex).map((m) => ({ start: m.start, end: m.end }));
}

const DAY = 864e5;

/** The configured pre-election window that contains the publication time, if any. */
export function activeWindow(ctx: RuleContext): DateWindow | null {
  const t = ctx.now.getTime();
  for (const w of ctx.policy.election?.windows ?? []) {
    const start = Date.parse(w.start);
    // A date-only end is inclusive: the window runs to the end of that day.
    const end = Date.parse(w.end) + (w.end.length <= 10 ? DAY : 1);
    if (!Number.isNaN(start) && !Number.isNaN(end) && t >= start && t < end) return w;
  }
  return null;
}
