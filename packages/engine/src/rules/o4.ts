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
import { customFindings, isCapitalisedWord, tokenAt } from './lexicons/text.js';
import { clockTimeAt } from './lexicons/when.js';
import type { Rule, RuleContext } from './types.js';

/** Words that make the police (not a parked car) the subject. */
const SUBJECTS = new Set([
  'we', "we're", 'were', 'us', 'our', 'i', "i'm", 'im', 'officers', 'officer', 'team', 'patrol', 'patrols', 'unit', 'units',
  'pcso', 'pcsos', 'police', 'crew', 'cops',
]);

function realtimeCue(ctx: RuleContext, scan: Scan, sent: number): TextRange | null {
  for (const h of scan.bySent[sent]!) {
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
  if (first !== undefined && scan.bySent[sent]!.some((h) => h.start === first.start &&
    (h.cats.includes('presence') || h.cats.includes('realtime')))) return true;
  for (let i = tokenAt(ctx.tokens, s.start); i < ctx.tokens.length && ctx.tokens[i]!.start < s.end; i++) {
    if (SUBJECTS.has(ctx.tokens[i]!.lower)) return true;
  }
  // "Unmarked cars are patrolling …", "PC Smith is parked …".
  return sentenceHas(scan, sent, 'tactic') || sentenceHas(scan, sent, 'colleague');
}

const SPEAKERS = new Set(["we're", 'we', "i'm", 'im', 'i', 'officers', 'team', 'pcsos', 'crew', 'units']);
const BE = new Set(['are', 'is', 'am', 'currently', 'now', 'still', 'out', 'back']);
const PREPS = new Set(['on', 'at', 'outside', 'near', 'in', 'by']);
/** What follows "we're on/at …" when it is not a place ("we're on it", "we're at the scene"). */
const NOT_PLACES = new Set([
  'it', 'our', 'your', 'duty', 'hand', 'scene', 'case', 'lookout', 'look', 'way', 'process', 'risk', 'capacity', 'call',
  'twitter', 'facebook', 'instagram', 'tiktok', 'social', 'standby', 'shift', 'moment', 'least', 'all', 'this', 'that', 'times',
]);

/** "We're on Harborough Road", "officers are at the roundabout": speaker, verb, place preposition. */
function spokenPresence(ctx: RuleContext, scan: Scan, sent: number): TextRange | null {
  const s = scan.sentences[sent]!;
  const toks = ctx.tokens;
  for (let i = tokenAt(toks, s.start); i < toks.length && toks[i]!.start < s.end; i++) {
    if (!SPEAKERS.has(toks[i]!.lower)) continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 2 && BE.has(toks[j]!.lower)) j++;
    const prep = toks[j];
    if (prep === undefined || !PREPS.has(prep.lower) || prep.start >= s.end) continue;
    const n1 = toks[j + 1];
    const n2 = toks[j + 2];
    if (n1 === undefined || NOT_PLACES.has(n1.lower) || (n2 !== undefined && n1.lower === 'the' && NOT_PLACES.has(n2.lower))) continue;
    if ((prep.lower === 'in' || prep.lower === 'by') && !isCapitalisedWord(n1)) continue;
    return { start: toks[i]!.start, end: prep.end };
  }
  return null;
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
    const p = scan.present;
    // Incident and traffic updates say where officers are because that is the news: normal.
    if ((!p.has('realtime') && !p.has('until')) || p.has('engage') || p.has('incident')) return out;
    for (let sent = 0; sent < scan.sentences.length; sent++) {
      const cue = realtimeCue(ctx, scan, sent);
      if (cue === null) continue;
      const hit = hitsOf(scan, 'presence', sent)[0];
      const where = hit !== undefined && policeSubject(ctx, scan, sent) ? { start: hit.start, end: hit.end } : spokenPresence(ctx, scan, sent);
      if (where === null) continue;
      out.push({ messageId: 'live', ranges: [where, cue], confidence: 0.75 });
    }
    return out;
  },
};
