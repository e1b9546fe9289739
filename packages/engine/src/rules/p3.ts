/** P3: a named person under 18 in any crime context (a reporting restriction may apply). */
import { generalise } from '../rewrite/edits.js';
import { describePerson, isMinor, publicPersons } from './people.js';
import { childInvolved } from './p2.js';
import type { Rule, RuleFinding } from './types.js';

/** Rule P3. */
export const p3: Rule = {
  meta: {
    id: 'P3',
    description: 'A named person under 18 in a post about a crime.',
    defaultSeverity: 'review',
    explanation: 'A reporting restriction may protect anyone under 18 linked to a crime, even in an adult court. A supervisor should check before a child is named; the age and town are usually enough.',
    guidance: 'Children and Young Persons Act 1933 s.39; Youth Justice and Criminal Evidence Act 1999 s.45; APP Media and communications.',
    messages: { name: 'This names someone under 18 in a post about a crime.' },
    fixable: true,
  },
  check(ctx) {
    // Where P2 applies (proceedings, victim, witness, suspect) it blocks; P3 covers the rest of crime posts.
    if (!ctx.facts.crimeContext || childInvolved(ctx)) return [];
    const out: RuleFinding[] = [];
    for (const p of publicPersons(ctx)) {
      if (!isMinor(ctx, p)) continue;
      const d = describePerson(ctx, p);
      out.push({ messageId: 'name', ranges: [p], confidence: 0.85, suggestion: { description: 'Give the age and the town, not the name.', edits: [generalise(ctx.norm.text, d, d.text)] } });
    }
    return out;
  },
};
