/** R2: a wanted appeal must come down once the person is arrested. Tracked, like R1. */
import type { Rule, RuleFinding } from './types.js';

/** Rule R2. */
export const r2: Rule = {
  meta: {
    id: 'R2',
    description: 'Wanted appeals and "arrested" updates, tracked for removal of the appeal.',
    defaultSeverity: 'track',
    explanation: 'Once a wanted person is arrested, the appeal and image should be removed as soon as possible. Peel keeps track so a removal task is raised.',
    guidance: 'College of Policing APP Media and communications: images and footage; NPCC retention schedule.',
    messages: { appeal: 'Wanted appeal: remove it once the person is arrested.', arrested: 'Arrest update: earlier wanted appeals should be removed.' },
    fixable: false,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const wanted = ctx.facts.stages.get('wanted')?.[0];
    if (wanted === undefined) return out;
    if (ctx.facts.tags.includes('appeal:wanted')) out.push({ messageId: 'appeal', ranges: [wanted], confidence: 0.8 });
    if (ctx.facts.tags.includes('update:arrested')) out.push({ messageId: 'arrested', ranges: [ctx.facts.stages.get('arrested')?.[0] ?? wanted], confidence: 0.8 });
    return out;
  },
};
