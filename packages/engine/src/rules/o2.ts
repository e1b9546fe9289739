/**
 * O2: the author's or a colleague's personal details: home area, shift
 * pattern, family, car. Mentioning having a family or a car is ordinary; the
 * risk is the detail that lets someone find or follow an officer, so each cue
 * needs a detail beside it (a place, a schedule, a name, a make or a number
 * plate).
 */
import type { EntityType, TextRange } from '../types.js';
import { lastStartingAtOrBefore, scanPost, sentenceHas, type Scan, type TermHit } from './lexicons/scan.js';
import { customFindings, isCapitalisedWord, sentenceRemoval, tokenAt } from './lexicons/text.js';
import { clockTimeAt } from './lexicons/when.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';
import { memoLast } from '../util/memo-last.js';

const PLACE_TYPES: readonly EntityType[] = ['LOCATION', 'ADDRESS', 'POSTCODE'];
const FAMILY_DETAIL = new Set(['school', 'academy', 'nursery', 'college', 'primary', 'uni', 'lives', 'works', 'goes', 'attends', 'plays']);

/** An entity of one of `types` inside `r` (entities are sorted by start: binary search, then a short walk). */
function entityIn(ctx: RuleContext, r: TextRange, types: readonly EntityType[]): boolean {
  const es = ctx.entities;
  for (let i = Math.max(0, lastStartingAtOrBefore(es, r.start - 1) + 1); i < es.length && es[i]!.start < r.end; i++) {
    const e = es[i]!;
    if (e.end <= r.end && types.includes(e.type)) return true;
  }
  return false;
}

/** Indices of the (at most `max`) tokens after hit `h` in its sentence. */
function* after(ctx: RuleContext, scan: Scan, h: TermHit, max: number): Generator<number> {
  const s = scan.sentences[h.sent]!;
  let n = 0;
  for (let i = tokenAt(ctx.tokens, h.end); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end && n < max; i++, n++) {
    yield i;
  }
}

function scheduled(ctx: RuleContext, scan: Scan, h: TermHit, clocks: Map<number, boolean>): boolean {
  if (h.cats.includes('schedule')) return true;
  if (sentenceHas(scan, h.sent, 'schedule')) return true; // another hit: `h` itself has no schedule category
  let clock = clocks.get(h.sent);
  if (clock === undefined) {
    clock = false;
    const s = scan.sentences[h.sent]!;
    for (let i = tokenAt(ctx.tokens, s.start); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end && !clock; i++) {
      clock = clockTimeAt(ctx.tokens, i) > 0;
    }
    clocks.set(h.sent, clock);
  }
  return clock;
}

function personal(ctx: RuleContext, scan: Scan, h: TermHit): boolean {
  if (h.term.startsWith('my ') || sentenceHas(scan, h.sent, 'firstPerson') || sentenceHas(scan, h.sent, 'colleague')) return true;
  // "On nights all week at …": no subject, so the author is the subject.
  return ctx.tokens[tokenAt(ctx.tokens, scan.sentences[h.sent]!.start)]?.start === h.start;
}

function placeAfter(ctx: RuleContext, scan: Scan, h: TermHit): boolean {
  for (const i of after(ctx, scan, h, 6)) if (isCapitalisedWord(ctx.tokens[i])) return true;
  return entityIn(ctx, scan.sentences[h.sent]!, PLACE_TYPES);
}

function familyDetail(ctx: RuleContext, scan: Scan, h: TermHit): boolean {
  for (const i of after(ctx, scan, h, 5)) {
    const t = ctx.tokens[i]!;
    if (isCapitalisedWord(t) || t.kind === 'number' || FAMILY_DETAIL.has(t.lower)) return true;
  }
  return entityIn(ctx, scan.sentences[h.sent]!, ['SCHOOL', 'PERSON', 'AGE', ...PLACE_TYPES]);
}

function carDetail(ctx: RuleContext, scan: Scan, h: TermHit): boolean {
  return sentenceHas(scan, h.sent, 'carMake') || sentenceHas(scan, h.sent, 'colour') || entityIn(ctx, scan.sentences[h.sent]!, ['VRM']);
}

const firstColleagueCache = memoLast<Scan, Map<number, number>>();

function firstColleague(scan: Scan, sent: number): number {
  let m = firstColleagueCache.get(scan);
  if (m === undefined) firstColleagueCache.set(scan, (m = new Map()));
  let at = m.get(sent);
  if (at === undefined) {
    at = scan.bySent[sent]!.find((x) => x.cats.includes('colleague'))?.start ?? Infinity;
    m.set(sent, at);
  }
  return at;
}

/** Which detail a hit gives away, if any. */
function kindOf(ctx: RuleContext, scan: Scan, h: TermHit, clocks: Map<number, boolean>): 'shift' | 'home' | 'family' | 'car' | null {
  const c = h.cats;
  if (c.includes('shift') && personal(ctx, scan, h) && scheduled(ctx, scan, h, clocks)) return 'shift';
  if (c.includes('homeStrong')) return 'home';
  if (c.includes('homeWeak') && placeAfter(ctx, scan, h)) return 'home';
  // "PC Davies lives in …": a colleague earlier in the sentence.
  if (c.includes('livesIn') && sentenceHas(scan, h.sent, 'colleague') && firstColleague(scan, h.sent) < h.start) return 'home';
  if (c.includes('family') && familyDetail(ctx, scan, h)) return 'family';
  if (c.includes('myCar') && carDetail(ctx, scan, h)) return 'car';
  return null;
}

const CUES = ['shift', 'homeStrong', 'homeWeak', 'livesIn', 'family', 'myCar'] as const;

/** O2 rule. */
export const o2Rule: Rule = {
  meta: {
    id: 'O2',
    description: "The author's or a colleague's personal details: home area, shift pattern, family, car.",
    defaultSeverity: 'review',
    explanation:
      'Details such as where you live, when you are on shift, your family or your car can let someone find you or ' +
      'your colleagues off duty, or know when a station is quiet. Sharing a bit of yourself is part of good community ' +
      'posting; just leave out the details that would let someone find or follow you.',
    guidance:
      'College of Policing APP, Media and communications: social media (personal safety of officers and staff); ' +
      'Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Sch 2): confidentiality; force ' +
      'social media policy.',
    messages: {
      shift: 'This gives a shift pattern.',
      home: 'This gives where an officer lives.',
      family: 'This gives details of an officer’s family.',
      car: 'This describes an officer’s own vehicle.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'O2', 'This term is on your force’s personal-safety list.');
    const scan = scanPost(ctx.norm, ctx.lex);
    if (!CUES.some((c) => scan.present.has(c))) return out;
    const done = new Set<number>();
    const clocks = new Map<number, boolean>();
    for (const h of scan.hits) {
      if (done.has(h.sent)) continue;
      const kind = kindOf(ctx, scan, h, clocks);
      if (kind === null) continue;
      done.add(h.sent);
      const f: RuleFinding = { messageId: kind, ranges: [{ start: h.start, end: h.end }], confidence: 0.7 };
      const edit = sentenceRemoval(ctx, scan, h.sent);
      if (edit !== null) f.suggestion = { description: 'Remove the personal detail', edits: [edit] };
      out.push(f);
    }
    return out;
  },
};
