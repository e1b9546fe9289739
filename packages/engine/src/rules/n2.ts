/**
 * N2: during a pre-election period (policy.election.windows, compared with
 * the publication time), any mention of candidates (block), parties or the
 * Police and Crime Commissioner election (review) goes to the force's election
 * contact, named in the message. Outside a window the rule is silent.
 */
import { activeWindow, candidateMentions, partyMentions } from './lexicons/politics.js';
import type { TextRange } from '../types.js';
import { scanPost, within } from './lexicons/scan.js';
import { customFindings } from './lexicons/text.js';
import type { Rule, RuleFinding } from './types.js';

/** N2 rule. */
export const n2Rule: Rule = {
  meta: {
    id: 'N2',
    description: 'During a pre-election period, mentions of candidates, parties or the PCC election go to the election contact.',
    defaultSeverity: 'review',
    explanation:
      'In the weeks before an election, anything a police account says about candidates, parties or the Police and ' +
      'Crime Commissioner election can be read as taking sides, even a photo opportunity. Your force has an election ' +
      'contact who checks these posts; they are there to help you get it right.',
    guidance:
      'Police Regulations 2003, Sch 1 para 1 (no active part in politics); Cabinet Office and force guidance on ' +
      'conduct during pre-election periods; College of Policing APP, Media and communications: social media.',
    messages: {
      candidate: 'This names a candidate during the {{window}}. Please do not post it; speak to {{contact}}.',
      party: 'This mentions a party during the {{window}}. Please send it to {{contact}} before posting.',
      election: 'This mentions the Police and Crime Commissioner or the election during the {{window}}. Please send it to {{contact}} before posting.',
      custom: '{{message}}',
    },
    fixable: false,
  },
  check(ctx) {
    const window = activeWindow(ctx);
    if (window === null) return [];
    const data = {
      window: window.name ?? 'pre-election period',
      contact: ctx.policy.election?.contact ?? 'your force’s election contact',
    };
    const out: RuleFinding[] = customFindings(ctx, 'N2', 'This term is on your force’s election list.');
    const scan = scanPost(ctx.norm, ctx.lex);
    for (const r of candidateMentions(ctx)) {
      out.push({ messageId: 'candidate', data, ranges: [r], severity: 'block', confidence: 0.85 });
    }
    for (const m of partyMentions(ctx, scan)) {
      out.push({ messageId: 'party', data, ranges: [{ start: m.start, end: m.end }], confidence: 0.8 });
    }
    const p = scan.present;
    if (p.has('pcc') || p.has('election')) {
      // One finding for the election/PCC words: the whole post goes to the contact once.
      const ranges: TextRange[] = [];
      for (const h of scan.hits) {
        const last = ranges[ranges.length - 1];
        if ((h.cats.includes('pcc') || h.cats.includes('election')) && !(last !== undefined && within(h, last))) ranges.push({ start: h.start, end: h.end });
      }
      out.push({ messageId: 'election', data, ranges, confidence: 0.75 });
    }
    return out;
  },
};
