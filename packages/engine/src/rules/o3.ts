/**
 * O3: informants, covert officers (CHIS), intelligence sources, surveillance
 * and undercover work. Public reassurance about sources ("we will never
 * reveal who told us", "Crimestoppers is 100% anonymous") is normal, so a
 * sentence that promises confidentiality is not flagged. After a conviction
 * forces do sometimes publicise an undercover operation with the SIO's
 * agreement, so there the finding asks for review rather than blocking.
 */
import { hitsOf, isQuoted, scanPost, sentenceHas } from './lexicons/scan.js';
import { customFindings, sentenceRemoval } from './lexicons/text.js';
import type { Rule, RuleFinding } from './types.js';

/** O3 rule. */
export const o3Rule: Rule = {
  meta: {
    id: 'O3',
    description: 'Informants, covert officers, intelligence sources, surveillance or undercover work.',
    defaultSeverity: 'block',
    explanation:
      'Anything that hints at informants, undercover officers or surveillance can put lives at risk and close down ' +
      'an investigation, even when it is meant as reassurance. If you want to reassure people, say that information ' +
      'can be given anonymously (Crimestoppers 0800 555 111) without saying how the police gather it.',
    guidance:
      'College of Policing APP, Media and communications (operational security); Regulation of Investigatory ' +
      'Powers Act 2000 Part II (covert human intelligence sources, surveillance); Standards of Professional ' +
      'Behaviour (Police (Conduct) Regulations 2020, Sch 2): confidentiality.',
    messages: {
      covert: 'This mentions covert work, sources or surveillance.',
      courtReport: 'This mentions covert work in a court report. Please check with the SIO before publishing.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'O3', 'This term is on your force’s covert-operations list.');
    const scan = scanPost(ctx.norm, ctx.lex);
    if (!scan.present.has('covert')) return out;
    // Court reports are public record: covert work mentioned there needs the SIO's eye, not a block.
    const court = scan.present.has('court');
    const flagged = new Set<number>();
    for (const h of hitsOf(scan, 'covert')) {
      if (flagged.has(h.sent) || sentenceHas(scan, h.sent, 'covertSafe')) continue;
      if (court && isQuoted(scan, h)) continue;
      flagged.add(h.sent);
      const f: RuleFinding = {
        messageId: court ? 'courtReport' : 'covert',
        ranges: [{ start: h.start, end: h.end }],
        confidence: 0.8,
      };
      if (court) f.severity = 'review';
      const edit = sentenceRemoval(ctx, scan, h.sent);
      if (edit !== null) f.suggestion = { description: 'Remove the sentence about covert work', edits: [edit] };
      out.push(f);
    }
    return out;
  },
};
