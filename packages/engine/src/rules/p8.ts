/** P8: naming someone who has died before formal identification and before the family has been told. */
import { generalise } from '../rewrite/edits.js';
import { genderNoun, publicPersons } from './people.js';
import type { Rule } from './types.js';

/** Rule P8. */
export const p8: Rule = {
  meta: {
    id: 'P8',
    description: 'Naming someone who has died before formal identification.',
    defaultSeverity: 'advise',
    explanation: 'A family should never learn of a death from social media. Name someone who has died only once they have been formally identified and their next of kin told; until then say "a man" or "a woman".',
    guidance: 'College of Policing APP Media and communications; Authorised Professional Practice on family liaison.',
    messages: { name: 'This names someone who has died, but the post does not say they have been formally identified.' },
    fixable: true,
  },
  check(ctx) {
    const f = ctx.facts;
    if (!f.stages.has('died') || f.stages.has('identified')) return [];
    return publicPersons(ctx).map((p) => ({
      messageId: 'name', ranges: [p], confidence: p.confidence * 0.8,
      suggestion: { description: 'Describe the person until they are formally identified.', edits: [generalise(ctx.norm.text, p, `a ${genderNoun(ctx)}`)] },
    }));
  },
};
