/**
 * O4: where patrols or officers are, given in real time ("we're parked on
 * Harborough Road for the next hour"). A place with a present-time cue and a
 * police subject counts. Public engagement ("come and say hello, we're at the
 * market stall until 2pm") is meant to draw people in and is normal, and so
 * are incident and traffic updates ("we're dealing with a collision on the
 * A43, avoid the area").
 */
import type { TextRange } from '../types.js';
import { hitsOf, scanPost, sentenceHas, type Scan } from './lexicons/scan.js';
import { customFindings, tokenAt } from './lexicons/text.js';
import { clockTimeAt } from './lexicons/when.js';
import type { Rule, RuleContext } from './types.js';

/** Words that make the police (not a parked car) the subject. */
const SUBJECTS = new Set([
  'we', "we're", 'were', 'us', 'our', 'i', "i'm", 'im', 'officers', 'officer', 'team', 'patrol', 'patrols', 'unit', 'units',
  'pcso', 'pcsos', 'police', 'crew', 'cops',
]);

function realtimeCue(ctx: RuleContext, scan: Scan, sent: number): TextRange | null {
  for (const h of scan.hits) {
    if (h.sent !== sent) continue;
    if (h.cats.includes('realtime')) return { start: h.start, end: h.end };
    if (h.cats.includes('until')) {
      const i = tokenAt(ctx.tokens, h.end);
      const end = clockTimeAt(ctx.tokens, i);
      if (end > 0) return { start: h.start, end: ctx.tokens[end - 1]!.end };
    }
  }
  return null;
}

/** A police subject in the sentence, or none at all ("Currently sat at …": the account is the subject). */
function policeSubject(ctx: RuleContext, scan: Scan, sent: number): boolean {
  const s = scan.sentences[sent]!;
  const first = ctx.tokens[tokenAt(ctx.tokens, s.start)];
  if (first !== undefined && scan.hits.some((h) => h.sent === sent && h.start === first.start &&
    (h.cats.includes('presence') || h.cats.includes('realtime')))) return true;
  for (let i = tokenAt(ctx.tokens, s.start); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end; i++) {
    if (SUBJECTS.has(ctx.tokens[i]!.lower)) return true;
  }
  return false;
}

/** O4 rule. */
export const o4Rule: Rule = {
  meta: {
    id: 'O4',
    description: 'Live location of patrols or officers given in real time.',
    defaultSeverity: 'review',
    explanation:
      'Saying where officers are right now tells anyone who wants to avoid them, or to target them, where to go, and ' +
      'leaves other areas looking unpatrolled. Posting after the event, with the general area only, keeps the ' +
      'reassurance without the risk.',
    guidance:
      'College of Policing APP, Media and communications: social media (operational security and officer safety); ' +
      'Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Sch 2): confidentiality.',
    messages: {
      live: 'This gives where officers are right now.',
      custom: '{{message}}',
    },
    fixable: false,
  },
  check(ctx) {
    const out = customFindings(ctx, 'O4', 'This term is on your force’s live-deployment list.');
    const scan = scanPost(ctx.norm, ctx.lex);
    if (!scan.present.has('presence') || scan.present.has('engage')) return out;
    const done = new Set<number>();
    for (const h of hitsOf(scan, 'presence')) {
      if (done.has(h.sent) || sentenceHas(scan, h.sent, 'incident')) continue;
      const cue = realtimeCue(ctx, scan, h.sent);
      if (cue === null || !policeSubject(ctx, scan, h.sent)) continue;
      done.add(h.sent);
      out.push({ messageId: 'live', ranges: [{ start: h.start, end: h.end }, cue], confidence: 0.75 });
    }
    return out;
  },
};
