/**
 * S5: endorsing a commercial product or business, or fundraising for causes
 * the force has not approved. Judgement calls, made on purpose:
 * - Thanking a business or group ("thanks to Kettering Rotary for the donation
 *   of bike locks") is acknowledgement, not endorsement, and is not flagged:
 *   gifts and sponsorship are approved off-line under force policy, and a
 *   public thank-you is how forces normally record them. Praise or a call to buy
 *   ("best coffee in town", "use code POLICE10") is flagged.
 * - Scam warnings quote the bait ("50% off", "donate now") and are not flagged.
 * - Police charities and national appeals forces routinely back (Police Care
 *   UK, COPS, Children in Need …) are treated as approved, and so are the
 *   causes in the policy's `allow.causes`; anything else is advice only, since
 *   a force may well have approved it.
 */
import type { TextRange } from '../types.js';
import { scanPost, sentenceAt, type TermHit } from './lexicons/scan.js';
import { customFindings, isCapitalisedWord, sentenceRemoval, tokenAt } from './lexicons/text.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';

const STAR = 0x2b50;

/** "best pizza in town", "best chippy in Kettering", "best coffee around". */
function bestIn(ctx: RuleContext, h: TermHit): TextRange | null {
  const toks = ctx.tokens;
  const i = tokenAt(toks, h.start);
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct') return null;
    const next = toks[j + 1];
    if (t.lower === 'around' || (t.lower === 'in' && next !== undefined &&
      (next.lower === 'town' || next.lower === 'the' || isCapitalisedWord(next)))) {
      return { start: h.start, end: (t.lower === 'in' ? next! : t).end };
    }
  }
  return null;
}

/** "20% off", and a run of five stars about a named business. */
function tokenEndorsements(ctx: RuleContext, business: boolean): TextRange[] {
  const out: TextRange[] = [];
  const text = ctx.norm.text;
  if (text.indexOf('%') < 0 && text.indexOf('\u2b50') < 0) return out;
  const toks = ctx.tokens;
  let stars = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'number' && toks[i + 1]?.text === '%' && toks[i + 2]?.lower === 'off') out.push({ start: t.start, end: toks[i + 2]!.end });
    stars = t.text.codePointAt(0) === STAR ? stars + 1 : t.kind === 'other' && stars > 0 ? stars : 0;
    if (stars === 5 && business) out.push({ start: t.start, end: t.end });
  }
  return out;
}

const CALENDAR = new Set(['christmas', 'easter', 'halloween', 'diwali', 'eid', 'ramadan', 'new', 'bonfire', 'the']);
const PLACE_WORDS = new Set(['to', 'at', 'from', 'by', 'with']);

/** A business named in the post: "thanks to Greggs", "lunch at Mario's", "from Nando's". */
function namesBusiness(ctx: RuleContext): boolean {
  const toks = ctx.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!PLACE_WORDS.has(toks[i]!.lower)) continue;
    const t = toks[i + 1]!;
    if (isCapitalisedWord(t) && !CALENDAR.has(t.lower)) return true;
  }
  return false;
}

/** S5 rule. */
export const s5Rule: Rule = {
  meta: {
    id: 'S5',
    description: 'Endorsing a commercial product or business, or fundraising for causes the force has not approved.',
    defaultSeverity: 'advise',
    explanation:
      'A police account has to stay even-handed: praising one business or product, or asking people to give money to ' +
      'a cause, can look like the force favours it, or that it was paid for. Thanking partners is fine; just leave out ' +
      'the advert, or check the cause is one your force supports.',
    guidance:
      'Code of Ethics (integrity; gifts and hospitality; impartiality); Standards of Professional Behaviour (Police ' +
      '(Conduct) Regulations 2020, Sch 2): honesty and integrity; College of Policing APP, Media and communications: ' +
      'social media; force sponsorship and fundraising policy.',
    messages: {
      endorse: 'This reads as an endorsement of a business or product.',
      fundraise: 'This asks for money for a cause. Please check your force has approved it.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'S5', 'This is on your force’s list of commercial names.');
    const scan = scanPost(ctx.norm, ctx.lex);
    const p = scan.present;
    if (p.has('scam')) return out;
    const found: { r: TextRange; id: 'endorse' | 'fundraise'; sent: number }[] = [];
    // Praise ("delicious", "best chippy in town") is only an endorsement when it is about a named business.
    const business = p.has('praise') || p.has('best') || ctx.norm.text.indexOf('\u2b50') >= 0 ? namesBusiness(ctx) : false;
    const approved = p.has('approvedCause') ||
      (ctx.policy.approvedCauses.size > 0 && ctx.policy.approvedCauses.test(ctx.lex));
    for (const h of scan.hits) {
      if (h.cats.includes('endorse') || (business && h.cats.includes('praise'))) found.push({ r: h, id: 'endorse', sent: h.sent });
      else if (business && h.cats.includes('best')) {
        const r = bestIn(ctx, h);
        if (r !== null) found.push({ r, id: 'endorse', sent: h.sent });
      } else if (h.cats.includes('fundraise') && !approved) found.push({ r: h, id: 'fundraise', sent: h.sent });
    }
    for (const r of tokenEndorsements(ctx, business)) found.push({ r, id: 'endorse', sent: sentenceAt(scan, r.start) });
    const done = new Set<string>();
    for (const f of found) {
      if (done.has(`${f.id}${f.sent}`)) continue;
      done.add(`${f.id}${f.sent}`);
      const finding: RuleFinding = { messageId: f.id, ranges: [{ start: f.r.start, end: f.r.end }], confidence: 0.7 };
      // Fundraising may well be approved: the fix is a check, not a deletion.
      const edit = f.id === 'endorse' ? sentenceRemoval(ctx, scan, f.sent) : null;
      if (edit !== null) finding.suggestion = { description: 'Remove the endorsement', edits: [edit] };
      out.push(finding);
    }
    return out;
  },
};
