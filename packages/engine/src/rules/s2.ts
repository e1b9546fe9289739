/**
 * S2: mocking or demeaning members of the public, victims, detainees or
 * people in crisis. Insults and mocking phrases count anywhere; laughter
 * (words or emoji) counts only beside crime or crisis context, so a joke about
 * the station's Easter bunny is fine. An insult quoted in a court report is the
 * defendant's or a witness's words, not the officer's.
 */
import type { TextEdit, TextRange } from '../types.js';
import { isQuoted, scanPost, within, type TermHit } from './lexicons/scan.js';
import { atSentenceStart, customFindings, isMockingEmoji, removalEdit } from './lexicons/text.js';
import type { Rule, RuleContext, RuleFinding, RuleSuggestion } from './types.js';

const plural = (term: string): boolean => term.endsWith('s') && !term.endsWith('ss');
const cap = (text: string, at: number, word: string): string =>
  atSentenceStart(text, at) ? word[0]!.toUpperCase() + word.slice(1) : word;

/** The person noun (driver, man…) right after `h`, if only spaces separate them. */
/** Hits near `i` (within `reach` characters of it), nearest first in `dir`. */
function* near(hits: readonly TermHit[], i: number, dir: 1 | -1, reach: number): Generator<TermHit> {
  const h = hits[i]!;
  for (let k = i + dir; k >= 0 && k < hits.length; k += dir) {
    const x = hits[k]!;
    if (dir > 0 ? x.start > h.end + reach : x.start < h.start - reach) return;
    yield x;
  }
}

function nounAfter(ctx: RuleContext, hits: readonly TermHit[], i: number): TermHit | null {
  const h = hits[i]!;
  // Hits are sorted by start, longest first: the first person noun after `h` is the longest one there.
  for (const x of near(hits, i, 1, 4)) {
    if (x.start >= h.end && x.cats.includes('personNoun')) {
      return ctx.norm.text.slice(h.end, x.start).trim().length === 0 ? x : null;
    }
  }
  return null;
}

/** "idiot drink-driver" → "driver"; "idiot" → "person"; "stupid drivers" → "drivers". */
function suggestFor(ctx: RuleContext, h: TermHit, noun: TermHit | null): RuleSuggestion {
  const text = ctx.norm.text;
  if (noun !== null) {
    const said = text.slice(noun.start, noun.end);
    const lower = said.toLowerCase();
    const word = lower.includes('driver') ? (plural(lower) ? 'drivers' : 'driver') : said;
    return { description: 'Describe the person neutrally', edits: [{ start: h.start, end: noun.end, replacement: cap(text, h.start, word) }] };
  }
  if (h.cats.includes('insult')) {
    const word = plural(h.term) ? 'people' : 'person';
    return { description: 'Describe the person neutrally', edits: [{ start: h.start, end: h.end, replacement: cap(text, h.start, word) }] };
  }
  return { description: 'Remove the mocking words', edits: [removalEdit(text, h)] };
}

/** "Don't be an idiot": a generic warning, not aimed at a person. */
function generic(ctx: RuleContext, hits: readonly TermHit[], i: number): boolean {
  const h = hits[i]!;
  for (const x of near(hits, i, -1, 20)) {
    if (x.cats.includes('genericDont') && x.end <= h.start && ctx.norm.text.slice(x.end, h.start).trim().length === 0) return true;
  }
  return false;
}

/** Inside a mocking phrase ("idiot of the day"); phrases are short, so only near hits can contain it. */
function inMock(hits: readonly TermHit[], i: number): boolean {
  const h = hits[i]!;
  for (const x of near(hits, i, -1, 60)) if (x.cats.includes('mock') && within(h, x)) return true;
  for (const x of near(hits, i, 1, 0)) if (x.cats.includes('mock') && within(h, x)) return true;
  return false;
}

/** S2 rule. */
export const s2Rule: Rule = {
  meta: {
    id: 'S2',
    description: 'Mocking or demeaning members of the public, victims, detainees or people in crisis.',
    defaultSeverity: 'review',
    explanation:
      'Humour is part of what makes police accounts popular, but mocking the people we deal with (drivers we stop, ' +
      'people we arrest, people in crisis) reads as contempt, can prejudice a case and puts people off asking for help. ' +
      'Describing what happened plainly keeps the message and the public’s trust.',
    guidance:
      'Code of Ethics (respect and courtesy, fairness); Standards of Professional Behaviour (Police (Conduct) ' +
      'Regulations 2020, Sch 2): authority, respect and courtesy, discreditable conduct; College of Policing APP, ' +
      'Media and communications: social media.',
    messages: {
      insult: 'This calls someone a demeaning name.',
      mock: 'This mocks the person the post is about.',
      laughing: 'Laughing at an arrest, a crash or someone in crisis reads as mocking them.',
      generic: 'Even as a general warning, calling people names can come across as demeaning.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'S2', 'This term is on your force’s list of demeaning language.');
    const scan = scanPost(ctx.norm, ctx.lex);
    const p = scan.present;
    const context = p.has('crime') || p.has('crisis');
    const court = p.has('court');
    const hits = scan.hits;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const insult = h.cats.includes('insult');
      const adj = h.cats.includes('insultAdj');
      const mock = h.cats.includes('mock');
      const laugh = h.cats.includes('laugh') && context;
      if (!insult && !adj && !mock && !laugh) continue;
      if (court && isQuoted(scan, h)) continue;
      // "idiot of the day" is one mocking phrase, not a phrase and an insult.
      if (!mock && inMock(hits, i)) continue;
      const noun = insult || adj ? nounAfter(ctx, hits, i) : null;
      if (adj && !insult && noun === null) continue; // "stupid" about a thing, not a person
      const f: RuleFinding = {
        messageId: laugh && !insult && !mock ? 'laughing' : mock ? 'mock' : 'insult',
        ranges: [noun !== null ? { start: h.start, end: noun.end } : { start: h.start, end: h.end }],
        confidence: mock || insult ? 0.85 : 0.7,
      };
      if (generic(ctx, hits, i)) {
        f.messageId = 'generic';
        f.severity = 'advise';
        f.confidence = 0.6;
      } else {
        f.suggestion = suggestFor(ctx, h, noun);
      }
      out.push(f);
    }
    if (context) out.push(...emojiFindings(ctx));
    return out;
  },
};

/** Laughing or eye-rolling emoji in a post about crime or crisis; a run of them is one finding. */
function emojiFindings(ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isMockingEmoji(toks[i]!)) continue;
    let j = i;
    // Skin-tone and gender modifiers, ZWJ and further emoji belong to the same run.
    while (j + 1 < toks.length && toks[j + 1]!.kind === 'other' && toks[j + 1]!.text.codePointAt(0)! >= 0x2000 &&
      toks[j + 1]!.start - toks[j]!.end <= 1) j++;
    const r: TextRange = { start: toks[i]!.start, end: toks[j]!.end };
    const edit: TextEdit = removalEdit(ctx.norm.text, r);
    out.push({ messageId: 'laughing', ranges: [r], confidence: 0.75, suggestion: { description: 'Remove the emoji', edits: [edit] } });
    i = j;
  }
  return out;
}
