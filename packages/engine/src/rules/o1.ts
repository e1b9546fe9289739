/**
 * O1: planned operations (warrants, raids, road checks), tactics and what is
 * being watched, announced before they happen. The same words in a report
 * after the event ("this morning officers executed warrants") are normal, so
 * each operation word is read with its tense and the time cues of its
 * sentence, dates being compared with the publication time (ctx.now).
 */
import type { TextRange } from '../types.js';
import { hitsOf, lastStartingAtOrBefore, scanPost, type Scan, type TermHit } from './lexicons/scan.js';
import { customFindings, tokenAt } from './lexicons/text.js';
import { clockTimeAt, dateAt } from './lexicons/when.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

/** How a sentence places things in time. */
interface Timing {
  strong: TextRange | null;
  weak: TextRange | null;
  futVerb: boolean;
  past: boolean;
  ongoing: boolean;
}

const DAY = 864e5;

function timingOf(ctx: RuleContext, scan: Scan, sent: number): Timing {
  const t: Timing = { strong: null, weak: null, futVerb: false, past: false, ongoing: false };
  for (const h of scan.bySent[sent]!) {
    const r = { start: h.start, end: h.end };
    if (h.cats.includes('futStrong')) t.strong ??= r;
    if (h.cats.includes('futWeak') || h.cats.includes('weekday')) t.weak ??= r;
    if (h.cats.includes('futVerb')) t.futVerb = true;
    if (h.cats.includes('past') || h.cats.includes('pastVerb')) t.past = true;
    if (h.cats.includes('ongoing')) t.ongoing = true;
  }
  const s = scan.sentences[sent]!;
  const toks = ctx.tokens;
  const today = Math.floor(ctx.now.getTime() / DAY) * DAY;
  for (let i = tokenAt(toks, s.start); i < toks.length && toks[i]!.start < s.end; i++) {
    const k = toks[i]!.kind;
    if (k !== 'number' && k !== 'word') continue;
    const clock = clockTimeAt(toks, i);
    if (clock > 0) {
      t.weak ??= { start: toks[i]!.start, end: toks[clock - 1]!.end };
      i = clock - 1;
      continue;
    }
    const d = dateAt(toks, i, ctx.now);
    if (d !== null) {
      if (d.found.day > today) t.strong ??= d.found.range;
      else if (d.found.day < today) t.past = true;
      else t.weak ??= d.found.range;
      i = d.next - 1;
    }
  }
  return t;
}

/**
 * An operation word is bound to the past when a past verb sits within a few
 * words of it ("warrants were executed", "officers executed warrants"), unless
 * the verb is a future passive ("will be executed").
 */
function pastBound(ctx: RuleContext, scan: Scan, op: TermHit): boolean {
  const toks = ctx.tokens;
  const at = tokenAt(toks, op.start);
  const hits = scan.bySent[op.sent]!;
  const i = lastStartingAtOrBefore(hits, op.start);
  // Walk out from the operation word in both directions, only as far as four words.
  for (const dir of [-1, 1]) {
    for (let j = i + dir; j >= 0 && j < hits.length; j += dir) {
      const h = hits[j]!;
      const k = tokenAt(toks, h.start);
      if (Math.abs(k - at) > 4) break;
      if (h.cats.includes('pastVerb') && toks[k - 1]?.lower !== 'be') return true;
    }
  }
  return false;
}

const MESSAGE_FOR = { op: 'planned', tactic: 'tactics' } as const;

/** O1 rule. */
export const o1Rule: Rule = {
  meta: {
    id: 'O1',
    description: 'Planned operations, warrants, raids, road checks or tactics announced before they happen.',
    defaultSeverity: 'block',
    explanation:
      'Telling people about a warrant, raid or road check before it happens can warn the very people it is aimed at, ' +
      'put officers and the public at risk and undermine an investigation; it is one of the reasons forces have closed ' +
      "accounts. It's an easy slip when you want to reassure people. Post once it has happened instead " +
      '("This morning officers executed warrants in …").',
    guidance:
      'College of Policing APP, Media and communications: social media and operational security; Standards of ' +
      'Professional Behaviour (Police (Conduct) Regulations 2020, Sch 2): confidentiality; Code of Ethics.',
    messages: {
      planned: 'This announces a planned operation before it happens.',
      tactics: 'This reveals police tactics ahead of time (unmarked cars, plain clothes, cameras).',
      watched: 'This says what the police are watching.',
      custom: '{{message}}',
    },
    fixable: false,
  },
  check(ctx) {
    const out = customFindings(ctx, 'O1', 'This term is on your force’s operational-security list.');
    const scan = scanPost(ctx.norm, ctx.lex);
    const p = scan.present;
    if (!p.has('op') && !p.has('tactic') && !p.has('watch')) return out;
    for (const h of hitsOf(scan, 'watch')) {
      out.push({ messageId: 'watched', ranges: [{ start: h.start, end: h.end }], confidence: 0.8 });
    }
    const done = new Set<number>();
    let postPast = false;
    let postStrong: TextRange | null = null;
    const loose: TermHit[] = [];
    for (const h of scan.hits) {
      if (h.cats.includes('past') || h.cats.includes('pastVerb')) postPast = true;
      if (h.cats.includes('futStrong')) postStrong ??= { start: h.start, end: h.end };
    }
    const timings = new Map<number, Timing>();
    for (const h of scan.hits) {
      const kind = h.cats.includes('op') ? 'op' : h.cats.includes('tactic') ? 'tactic' : null;
      if (kind === null || done.has(h.sent) || pastBound(ctx, scan, h)) continue;
      let t = timings.get(h.sent);
      if (t === undefined) {
        t = timingOf(ctx, scan, h.sent);
        timings.set(h.sent, t);
      }
      // A weak cue ("at 5am this morning") is future only with a future verb, or with no past
      // tense anywhere in the post ("Drugs warrant at 5am this morning. 2 arrested." is a report).
      const cue = t.strong ?? ((t.weak !== null && (t.futVerb || (!t.past && !postPast))) ? t.weak : null);
      if (cue === null || (t.ongoing && t.strong === null)) {
        if (!t.past && !t.ongoing) loose.push(h);
        continue;
      }
      done.add(h.sent);
      const f: RuleFinding = {
        messageId: MESSAGE_FOR[kind],
        ranges: [{ start: h.start, end: h.end }, cue],
        confidence: t.strong !== null ? 0.85 : t.futVerb ? 0.75 : 0.6,
      };
      out.push(f);
    }
    // Headline posts put the operation and its time on separate lines ("Warrants in Eastfield\nTomorrow 6am").
    if (done.size === 0 && postStrong !== null && !postPast && loose.length > 0) {
      const h = loose[0]!;
      out.push({ messageId: h.cats.includes('op') ? 'planned' : 'tactics', ranges: [{ start: h.start, end: h.end }, postStrong], confidence: 0.6 });
    }
    return out;
  },
};
