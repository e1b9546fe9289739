/**
 * P2: identifying a child (under 18) involved in proceedings or as a victim,
 * witness or suspect — name, address or school.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { generalise, generalisePlace } from '../rewrite/edits.js';
import { describePerson, entitiesOf, isMinor, publicPersons } from './people.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const ROLE = sharedLexicon(['youth court', 'victim', 'witness', 'witnessed', 'suspect', 'accused', 'defendant', 'complainant', 'assaulted', 'attacked', 'injured', 'hurt']);

/** True when P2 applies to the post: a child in a crime post with proceedings or a victim, witness or suspect role. */
export function childInvolved(ctx: RuleContext): boolean {
  const f = ctx.facts;
  if (f.childContext.length === 0 || !f.crimeContext) return false;
  return f.stages.size > 0 || ROLE.test(ctx.lex) || f.sexualOffence.length > 0;
}

/** Rule P2. */
export const p2: Rule = {
  meta: {
    id: 'P2',
    description: 'Identifying a child involved in proceedings, or as a victim, witness or suspect.',
    defaultSeverity: 'block',
    explanation: 'Children in proceedings, and children who are victims, witnesses or suspects, must not be identifiable: no name, address, school or picture. Give the age and the town instead.',
    guidance: 'Children and Young Persons Act 1933 ss.39 and 49; Youth Justice and Criminal Evidence Act 1999 s.45; APP Media and communications.',
    messages: {
      name: 'This names a child involved in a crime or in proceedings.',
      school: 'This names the school of a child involved in a crime.',
      address: 'This gives the address of a child involved in a crime.',
    },
    fixable: true,
  },
  check(ctx) {
    if (!childInvolved(ctx)) return [];
    const text = ctx.norm.text;
    const out: RuleFinding[] = [];
    const youthCourt = /youth court/.test(ctx.lex.text);
    for (const p of publicPersons(ctx)) {
      if (!isMinor(ctx, p) && !youthCourt) continue;
      const d = describePerson(ctx, p);
      out.push({ messageId: 'name', ranges: [p], confidence: 0.9, suggestion: { description: 'Give the age and the town, not the name.', edits: [generalise(text, d, d.text)] } });
    }
    for (const e of entitiesOf(ctx, ['SCHOOL'], 0.55)) {
      out.push({ messageId: 'school', ranges: [e], confidence: 0.85, suggestion: { description: 'Leave out the school.', edits: [generalise(text, e, 'a local school')] } });
    }
    for (const e of entitiesOf(ctx, ['ADDRESS'], 0.6)) {
      out.push({ messageId: 'address', ranges: [e], confidence: 0.85, suggestion: { description: 'Give the town, not the address.', edits: [generalisePlace(text, e)] } });
    }
    for (const e of entitiesOf(ctx, ['LOCATION'], 0.6).filter((l) => l.attrs?.kind === 'street')) {
      if (out.length === 0) break; // a street alone is a public place; with a named child it adds to the picture
      out.push({ messageId: 'address', ranges: [e], confidence: 0.7, suggestion: { description: 'Give the town, not the street.', edits: [generalisePlace(text, e)] } });
    }
    return out;
  },
};
