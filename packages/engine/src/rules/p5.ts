/** P5: on arrest only gender, age, town, offence, date, general location and custody status: no street address. */
import { generalisePlace, redact } from '../rewrite/edits.js';
import type { TextEdit, TextRange } from '../types.js';
import { entitiesOf } from './people.js';
import type { Rule } from './types.js';

/** Remove "at 12 Elm Street" including its preposition. */
function redactPlace(text: string, r: TextRange): TextEdit {
  const before = text.slice(Math.max(0, r.start - 4), r.start).toLowerCase();
  if (before === ' at ' || before === ' on ') return { start: r.start - 4, end: r.end, replacement: '' };
  return redact(text, r);
}

/** Rule P5. */
export const p5: Rule = {
  meta: {
    id: 'P5',
    description: 'A house number and street given for an arrest.',
    defaultSeverity: 'review',
    explanation: 'When someone is arrested we say their gender, age and town, and the general area of the offence. A house number and street is more than the guidance allows and can identify them or others at that address.',
    guidance: 'College of Policing APP Media and communications: arrests, charges and judicial outcomes.',
    messages: { address: 'This gives a street address in a post about an arrest.' },
    fixable: true,
  },
  check(ctx) {
    const f = ctx.facts;
    if (!(f.stages.has('arrested') || f.stages.has('suspect')) || f.stages.has('convicted') || f.stages.has('sentenced')) return [];
    const text = ctx.norm.text;
    const towns = entitiesOf(ctx, ['LOCATION'], 0.5).filter((l) => l.attrs?.kind === 'place');
    return entitiesOf(ctx, ['ADDRESS'], 0.6).map((a) => {
      // "at 12 Elm Street" → "in Kettering"; when the town is already named after the address, just drop the address.
      const townAfter = towns.some((t) => t.start >= a.end && t.start - a.end < 8);
      const town = towns.find((t) => t.end <= a.start) ?? towns[0];
      const edit = townAfter ? redactPlace(text, a) : generalisePlace(text, a, town === undefined ? 'the area' : text.slice(town.start, town.end));
      return { messageId: 'address', ranges: [a], confidence: a.confidence, suggestion: { description: 'Give the town, not the address.', edits: [edit] } };
    });
  },
};
