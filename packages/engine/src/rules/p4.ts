/**
 * P4: naming an arrested person or suspect who has not been charged. Block,
 * or review when the post carries a recorded approval reference (threat to
 * life, wanted person). Naming after charge is normal (L4).
 */
import { generalise } from '../rewrite/edits.js';
import { describePerson, publicPersons } from './people.js';
import type { Rule, RuleFinding } from './types.js';

/** Rule P4. */
export const p4: Rule = {
  meta: {
    id: 'P4',
    description: 'Naming someone who has been arrested or is a suspect but has not been charged.',
    defaultSeverity: 'block',
    explanation: 'People who are arrested but not charged are not named, except in exceptional cases decided and recorded by the senior investigating officer. Give gender, age and town instead; once someone is charged, naming them is normal.',
    guidance: 'College of Policing APP Media and communications: arrests, charges and judicial outcomes.',
    messages: {
      name: 'This names someone who has been arrested but not charged.',
      approved: 'This names someone arrested but not charged; the approval {{ref}} is recorded, so a supervisor should confirm.',
    },
    fixable: true,
  },
  check(ctx) {
    const f = ctx.facts;
    const arrested = f.stages.has('arrested') || f.stages.has('suspect') || f.stages.has('bailed') || f.stages.has('released') || f.stages.has('nfa');
    if (!arrested || f.namingNormal || f.stages.has('convicted') || f.stages.has('sentenced')) return [];
    // A wanted appeal names the person on purpose; "arrested" there is the update R2 tracks.
    if (f.stages.has('wanted') && !f.stages.has('suspect')) return [];
    const out: RuleFinding[] = [];
    const ref = ctx.post.approvalRef;
    for (const p of publicPersons(ctx)) {
      const d = describePerson(ctx, p);
      out.push({
        messageId: ref === undefined ? 'name' : 'approved', data: ref === undefined ? undefined : { ref },
        severity: ref === undefined ? undefined : 'review', ranges: [p], confidence: p.confidence,
        suggestion: { description: 'Give gender, age and town instead of the name.', edits: [generalise(ctx.norm.text, d, d.text)] },
      });
    }
    return out;
  },
};
