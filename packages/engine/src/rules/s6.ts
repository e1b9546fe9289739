/**
 * S6: personal opinions on contested public matters, and criticism of the
 * force, colleagues or the courts. A contested topic alone is not an opinion
 * (policing a Brexit march is news), nor is an opinion word alone ("I think
 * the fun day was brilliant"): it takes both, or a judgement word aimed at a
 * target ("the courts … a joke"). A judgement reported from someone else ("the
 * judge said it was a disgrace") or quoted in a court report is not the
 * author's opinion.
 */
import type { TextRange } from '../types.js';
import type { Cat } from './lexicons/categories.js';
import { isQuoted, lastStartingAtOrBefore, scanPost, type Scan, type TermHit } from './lexicons/scan.js';
import { customFindings, sentenceRemoval, tokenAt } from './lexicons/text.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const REPORTING = new Set(['said', 'says', 'told', 'described', 'heard', 'called', 'added', 'noted', 'commented', 'explained', 'stated', 'claimed', 'accused', 'branded']);
const NEAR = 8;
/** Characters that NEAR words can plausibly span (keeps the pairing local on long posts). */
const REACH = 120;

/** A judgement word within a few words of a target, with no reporting verb between them. */
function aimed(ctx: RuleContext, target: TermHit, judgement: TermHit): boolean {
  const toks = ctx.tokens;
  const a = tokenAt(toks, Math.min(target.start, judgement.start));
  const b = tokenAt(toks, Math.max(target.start, judgement.start));
  if (b - a > NEAR) return false;
  for (let i = a; i < b; i++) if (REPORTING.has(toks[i]!.lower)) return false;
  // "… a disgraceful attack, the judge said": the target is the speaker.
  const t = tokenAt(toks, target.end);
  for (let i = t; i < t + 2 && i < toks.length; i++) if (REPORTING.has(toks[i]!.lower)) return false;
  return true;
}

function judge(ctx: RuleContext, scan: Scan, sent: number, court: boolean): { id: 'opinion' | 'criticism'; ranges: TextRange[] } | null {
  const hits = scan.bySent[sent]!.filter((h) => !(court && isQuoted(scan, h)));
  const of = (c: Cat): TermHit[] => hits.filter((h) => h.cats.includes(c));
  const phrase = of('criticPhrase')[0];
  if (phrase !== undefined) return { id: 'criticism', ranges: [phrase] };
  const negative = of('negative');
  const contested = of('contested')[0];
  if (contested !== undefined) {
    const cue = of('opinion')[0] ?? negative[0];
    if (cue !== undefined) return { id: 'opinion', ranges: [cue, contested] };
  }
  for (const t of of('criticTarget')) {
    // Only judgement words starting within a short reach of the target can be within NEAR words of it.
    const from = Math.max(0, lastStartingAtOrBefore(negative, t.start - REACH));
    for (let k = from; k < negative.length && negative[k]!.start <= t.end + REACH; k++) {
      const n = negative[k]!;
      if (n !== t && aimed(ctx, t, n)) return { id: 'criticism', ranges: [t, n] };
    }
  }
  return null;
}

/** S6 rule. */
export const s6Rule: Rule = {
  meta: {
    id: 'S6',
    description: 'Personal opinions on contested public matters, or criticism of the force, colleagues or the courts.',
    defaultSeverity: 'advise',
    explanation:
      'People need to trust that the police treat everyone the same whatever their views, so an official account ' +
      'stays out of contested debates. Criticising the courts, the CPS or colleagues in public can also undermine a ' +
      'case and the public’s confidence. Frustration is understandable; raise it through your line manager or the ' +
      'Federation rather than on the account.',
    guidance:
      'Police Regulations 2003, Sch 1 (restrictions on private life: impartiality); Code of Ethics (fairness, ' +
      'integrity); Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Sch 2): discreditable ' +
      'conduct; College of Policing APP, Media and communications: social media.',
    messages: {
      opinion: 'This gives a personal opinion on a contested public matter.',
      criticism: 'This criticises the courts, the justice system, the force or colleagues.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'S6', 'This topic is on your force’s list for personal opinions.');
    const scan = scanPost(ctx.norm, ctx.lex);
    const p = scan.present;
    if (!p.has('criticPhrase') && !p.has('contested') && !p.has('criticTarget')) return out;
    const court = p.has('court');
    for (let sent = 0; sent < scan.sentences.length; sent++) {
      const j = judge(ctx, scan, sent, court);
      if (j === null) continue;
      const f: RuleFinding = { messageId: j.id, ranges: j.ranges.map((r) => ({ start: r.start, end: r.end })), confidence: 0.65 };
      const edit = sentenceRemoval(ctx, scan, sent);
      if (edit !== null) f.suggestion = { description: 'Remove the opinion', edits: [edit] };
      out.push(f);
    }
    return out;
  },
};
