/**
 * P1: anything that can identify the complainant of a sexual offence — name,
 * address, school, workplace, or a combination (age with a street,
 * relationship to a named person). Complainants have lifelong anonymity.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { generalise, generalisePlace } from '../rewrite/edits.js';
import type { TextEdit, TextRange } from '../types.js';
import { entitiesOf, publicPersons } from './people.js';
import type { Rule, RuleFinding } from './types.js';

const RELATIONSHIP = sharedLexicon([
  'his daughter', 'her daughter', 'his stepdaughter', 'her stepdaughter', 'his son', 'her son', 'his stepson', 'his niece',
  'her niece', 'his nephew', 'his granddaughter', 'her granddaughter', 'his grandson', 'his wife', 'his partner', 'her partner',
  'his girlfriend', 'his ex-partner', 'his ex', 'his sister', 'his cousin', 'his neighbour', 'his pupil', 'his colleague',
  'his employee', 'his friend\'s daughter', 'a family member', 'a relative', 'his step-daughter', 'their daughter', 'their son',
]);
const VICTIM_WORDS = sharedLexicon(['victim', 'complainant', 'survivor', 'was raped', 'was sexually assaulted', 'was assaulted', 'was attacked', 'girl', 'woman', 'boy']);

/** Rule P1. */
export const p1: Rule = {
  meta: {
    id: 'P1',
    description: 'Anything that could identify the complainant of a sexual offence.',
    defaultSeverity: 'block',
    explanation: 'People who report sexual offences have anonymity for life. A name, a school, a street, or even an age with a place or a family link can be enough to identify them, and publishing it is a criminal offence. Describe the offence and the area only.',
    guidance: 'Sexual Offences (Amendment) Act 1992 ss.1 and 5; College of Policing APP Media and communications.',
    messages: {
      school: 'This names a school in a post about a sexual offence; it could identify the victim.',
      address: 'This gives an address in a post about a sexual offence; it could identify the victim.',
      name: 'This may name the victim of a sexual offence.',
      relationship: 'Saying how the victim is related to a named person can identify them.',
      street: 'An age together with a street can identify the victim of a sexual offence.',
    },
    fixable: true,
  },
  check(ctx) {
    if (ctx.facts.sexualOffence.length === 0) return [];
    const text = ctx.norm.text;
    const out: RuleFinding[] = [];
    const add = (messageId: string, r: TextRange, edit: TextEdit, confidence: number): void => {
      out.push({ messageId, ranges: [r], confidence, suggestion: { description: 'Describe the area, not the place or the person.', edits: [edit] } });
    };
    for (const e of entitiesOf(ctx, ['SCHOOL'], 0.55)) add('school', e, generalise(text, e, 'a local school'), 0.9);
    for (const e of entitiesOf(ctx, ['ADDRESS'], 0.6)) add('address', e, generalisePlace(text, e), 0.9);
    const persons = publicPersons(ctx);
    // The defendant may be named once charged; a named person is the victim when the post says so or nobody is charged.
    const defendantNamed = ctx.facts.namingNormal;
    const victimCue = VICTIM_WORDS.match(ctx.lex);
    for (const p of persons) {
      const nearVictim = victimCue.some((v) => Math.abs(v.start - p.end) < 30 || Math.abs(p.start - v.end) < 30);
      if (defendantNamed && !nearVictim) continue;
      add('name', p, generalise(text, p, 'the victim'), defendantNamed ? 0.6 : 0.8);
    }
    if (persons.length > 0) {
      for (const m of RELATIONSHIP.match(ctx.lex)) add('relationship', m, generalise(text, m, 'a woman'), 0.75);
    }
    const ages = entitiesOf(ctx, ['AGE'], 0.6).filter((a) => typeof a.attrs?.years === 'number');
    const streets = entitiesOf(ctx, ['LOCATION'], 0.5).filter((l) => l.attrs?.kind === 'street');
    if (ages.length > 0) for (const s of streets) add('street', s, generalisePlace(text, s), 0.7);
    return out;
  },
};
