/**
 * R1: a missing-person appeal must come down once the person is found. The
 * rule tracks (no warning): it tags appeals and "found" updates, so that the
 * server can raise a removal task for every earlier appeal.
 */
import type { Rule, RuleFinding } from './types.js';

/** Rule R1. */
export const r1: Rule = {
  meta: {
    id: 'R1',
    description: 'Missing-person appeals and "found" updates, tracked for removal of the appeal.',
    defaultSeverity: 'track',
    explanation: 'When a missing person is found, the appeal with their name and photo must be removed, not just answered with "found". Peel keeps track so a removal task is raised.',
    guidance: 'Missing People (charity) guidance on removing publicity; APP Media and communications; NPCC retention schedule.',
    messages: { appeal: 'Missing-person appeal: remove it once the person is found.', found: 'Found update: earlier appeals about this person should be removed.' },
    fixable: false,
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const first = (s: 'missing' | 'found') => ctx.facts.stages.get(s)?.[0];
    if (ctx.facts.tags.includes('appeal:missing-person')) out.push({ messageId: 'appeal', ranges: [first('missing')!], confidence: 0.8 });
    if (ctx.facts.tags.includes('update:found')) out.push({ messageId: 'found', ranges: [first('found')!], confidence: 0.8 });
    return out;
  },
};
