/**
 * N1: party politics. Party names (built-in UK list plus the policy's),
 * candidates, "vote for …", campaign slogans and party hashtags, and support
 * for or opposition to a party. "Police and Crime Commissioner" as an office is
 * normal outside an election window; inside one, N2 takes over party and
 * candidate mentions (when it is enabled) so the author sees one finding.
 */
import { hitsOf, scanPost, within } from './lexicons/scan.js';
import { activeWindow, candidateMentions, overlapsAny, partyMentions, type PartyMention } from './lexicons/politics.js';
import { atSentenceStart, customFindings } from './lexicons/text.js';
import type { Rule, RuleContext, RuleFinding, RuleSuggestion } from './types.js';

/** "Great to see the Lib Dems backing us" → "Great to see our partners backing us". */
function thankPartners(ctx: RuleContext, m: PartyMention): RuleSuggestion | undefined {
  if (!m.supportCue) return undefined;
  const text = ctx.norm.text;
  let start = m.start;
  if (text.slice(Math.max(0, start - 4), start).toLowerCase() === 'the ') start -= 4;
  const word = atSentenceStart(text, start) ? 'Our partners' : 'our partners';
  return { description: 'Thank partners in general instead of a party', edits: [{ start, end: m.end, replacement: word }] };
}

/** N1 rule. */
export const n1Rule: Rule = {
  meta: {
    id: 'N1',
    description: 'Party names, candidates, "vote for", campaign slogans or hashtags, support for or opposition to a party or policy.',
    defaultSeverity: 'review',
    explanation:
      'Police officers may not take an active part in politics, and the public must be able to see that the police ' +
      'serve everyone equally, whoever they vote for. Even a friendly mention of a party or a campaign slogan can look ' +
      'like taking sides. Thanking the community or partners in general keeps the message without the politics.',
    guidance:
      'Police Regulations 2003, Sch 1 para 1 (no active part in politics); Code of Ethics (fairness, impartiality); ' +
      'College of Policing APP, Media and communications: social media.',
    messages: {
      party: 'This mentions a political party ({{party}}).',
      candidate: 'This names an election candidate.',
      slogan: 'This uses a political campaign slogan or hashtag.',
      vote: 'This asks people how to vote.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'N1', 'This is on your force’s list of political terms.');
    const scan = scanPost(ctx.norm, ctx.lex);
    const p = scan.present;
    const deferToN2 = activeWindow(ctx) !== null && ctx.policy.isEnabled('N2');
    const parties = partyMentions(ctx, scan);
    if (!deferToN2) {
      for (const m of parties) {
        const f: RuleFinding = {
          messageId: 'party',
          data: { party: ctx.norm.text.slice(m.start, m.end) },
          ranges: [{ start: m.start, end: m.end }],
          confidence: 0.8,
        };
        const s = thankPartners(ctx, m);
        if (s !== undefined) f.suggestion = s;
        out.push(f);
      }
      for (const r of candidateMentions(ctx)) out.push({ messageId: 'candidate', ranges: [r], confidence: 0.8 });
    }
    if (p.has('slogan')) {
      for (const h of hitsOf(scan, 'slogan')) {
        if (!overlapsAny(parties, h)) out.push({ messageId: 'slogan', ranges: [{ start: h.start, end: h.end }], confidence: 0.75 });
      }
    }
    if (p.has('vote')) {
      const partySentences = new Set(parties.map((m) => m.sent));
      // "Vote for PD Finn in the police dog awards" is not politics: it needs an election word.
      for (const h of hitsOf(scan, 'vote')) {
        const election = scan.bySent[h.sent]!.some((x) => x.cats.includes('election') && !within(x, h));
        if (election && !partySentences.has(h.sent)) {
          out.push({ messageId: 'vote', ranges: [{ start: h.start, end: h.end }], confidence: 0.6 });
        }
      }
    }
    return out;
  },
};
