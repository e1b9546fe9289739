/**
 * Helpers the people and proceedings rules share: which entities are members
 * of the public, the age stated next to a name, pronoun-based descriptions.
 */
import type { Detected } from '../recognizers/types.js';
import type { RuleContext } from './types.js';
import { memoLast } from '../util/memo-last.js';

/** Named members of the public (PERSON above the policy threshold; officers excluded). */
export function publicPersons(ctx: RuleContext): Detected[] {
  return ctx.entities.filter((e) => e.type === 'PERSON' && e.confidence >= ctx.policy.personThreshold);
}

/** Entities of the given types with at least `min` confidence. */
export function entitiesOf(ctx: RuleContext, types: readonly string[], min = 0.5): Detected[] {
  return ctx.entities.filter((e) => types.includes(e.type) && e.confidence >= min);
}

/**
 * The AGE stated with a person: right after the name (", 16," or "(16)") or
 * right before it ("16-year-old Jake"). Null when none.
 */
export function linkedAge(ctx: RuleContext, person: Detected): Detected | null {
  for (const e of ctx.entities) {
    if (e.type !== 'AGE' || typeof e.attrs?.years !== 'number') continue;
    const gapAfter = ctx.norm.text.slice(person.end, e.start);
    const gapBefore = ctx.norm.text.slice(e.end, person.start);
    if (e.start >= person.end && gapAfter.length <= 3 && /^[\s,(]*$/.test(gapAfter)) return e;
    if (e.end <= person.start && gapBefore.length <= 12 && /^[\s\w-]*$/.test(gapBefore) && !/[.!?]/.test(gapBefore)) return e;
  }
  return null;
}

/** True when the person is a child by a linked age. */
export function isMinor(ctx: RuleContext, person: Detected): boolean {
  const age = linkedAge(ctx, person);
  return age !== null && age.attrs?.minor === true;
}

const HE = new Set(['he', 'his', 'him', 'himself', 'man', 'boy', 'male']);
const SHE = new Set(['she', 'her', 'hers', 'herself', 'woman', 'girl', 'female']);
const genders = memoLast<object, { he: boolean; she: boolean }>();

/** "man", "woman" or "person", from the pronouns in the post. */
export function genderNoun(ctx: RuleContext, minor = false): string {
  let g = genders.get(ctx.tokens);
  if (g === undefined) {
    // Once per post: scanning the text per person would be quadratic on long inputs.
    let he = false;
    let she = false;
    for (const t of ctx.tokens) {
      if (HE.has(t.lower)) he = true;
      else if (SHE.has(t.lower)) she = true;
    }
    g = { he, she };
    genders.set(ctx.tokens, g);
  }
  const { he, she } = g;
  if (he && !she) return minor ? 'boy' : 'man';
  if (she && !he) return minor ? 'girl' : 'woman';
  return minor ? 'young person' : 'person';
}

/**
 * An edit that replaces a name (and the age written with it) by a
 * description: "John Brown, 34," → "a 34-year-old man".
 */
export function describePerson(ctx: RuleContext, person: Detected): { start: number; end: number; text: string } {
  const age = linkedAge(ctx, person);
  const years = typeof age?.attrs?.years === 'number' ? age.attrs.years : null;
  const minor = years !== null && years < 18;
  const noun = genderNoun(ctx, minor);
  let start = person.start;
  let end = person.end;
  if (age !== null && years !== null) {
    if (age.start >= person.end) {
      end = age.end;
      const text = ctx.norm.text;
      if (text[end] === ')') end++;
      if (text[end] === ',') end++;
    } else start = Math.min(start, age.start);
  }
  const desc = years !== null ? `a ${years}-year-old ${noun}` : `a ${noun}`;
  return { start, end, text: desc };
}
