/**
 * S1: profanity (review) and slurs (block). Terms are matched on the lexicon
 * view, so leetspeak, spaced letters, repeated letters and look-alike
 * characters do not hide them; masked words ("f**k") are matched letter by
 * letter. Whole words only (no "Scunthorpe" problem); words that are also
 * names ("Dick Turpin") are skipped beside another capitalised word. A word
 * quoted in a court or crime report is reported speech: advise (profanity: mask
 * it) or review (slur) instead; masked profanity quoted there is not flagged.
 */
import { isQuoted, scanPost } from './lexicons/scan.js';
import { findMasked } from './lexicons/masked.js';
import { customFindings, isCapitalisedWord, isUpperAt, removalEdit, tokenAt } from './lexicons/text.js';
import type { Rule, RuleContext, RuleFinding } from './types.js';
import type { TextRange } from '../types.js';

/** "Dick Turpin", "Moby Dick", "Plymouth Hoe": a capitalised word beside a capitalised word. */
function looksLikeName(ctx: RuleContext, r: TextRange): boolean {
  if (!isUpperAt(ctx.norm.text, r.start)) return false;
  const i = tokenAt(ctx.tokens, r.start);
  const prev = ctx.tokens[i - 1];
  const prev2 = ctx.tokens[i - 2];
  const next = ctx.tokens[i + 1];
  return isCapitalisedWord(next) || isCapitalisedWord(prev) || (prev?.lower === "'s" && isCapitalisedWord(prev2));
}

function finding(ctx: RuleContext, r: TextRange, slur: boolean, quoted: boolean, masked: boolean): RuleFinding {
  const f: RuleFinding = {
    messageId: quoted ? (slur ? 'quotedSlur' : 'quotedProfanity') : slur ? 'slur' : masked ? 'masked' : 'profanity',
    ranges: [r],
    confidence: masked ? 0.7 : 0.9,
    suggestion: { description: slur ? 'Remove the slur' : 'Remove the swear word', edits: [removalEdit(ctx.norm.text, r)] },
  };
  if (quoted) f.severity = slur ? 'review' : 'advise';
  else if (slur) f.severity = 'block';
  return f;
}

/** S1 rule. */
export const s1Rule: Rule = {
  meta: {
    id: 'S1',
    description: 'Profanity, slurs and other abusive or discriminatory language.',
    defaultSeverity: 'review',
    explanation:
      'Swearing and slurs in an official account undermine trust in the police and can hurt the people who read them, ' +
      'even when meant as a joke or quoted from someone else. Most of the time it is a slip of habit; taking the word out ' +
      'is usually all that is needed.',
    guidance:
      'Code of Ethics (respect and courtesy, equality and diversity); Standards of Professional Behaviour (Police ' +
      '(Conduct) Regulations 2020, Sch 2): authority, respect and courtesy, equality and diversity, discreditable ' +
      'conduct; College of Policing APP, Media and communications: social media.',
    messages: {
      profanity: 'This contains a swear word.',
      masked: 'This contains a masked swear word; readers will still read it as swearing.',
      slur: 'This contains a slur. It must not be published.',
      quotedProfanity: 'This quotes a swear word. Consider masking it or leaving it out.',
      quotedSlur: 'This quotes a slur. Please check with a supervisor whether it needs to be quoted at all.',
      custom: '{{message}}',
    },
    fixable: true,
  },
  check(ctx) {
    const out = customFindings(ctx, 'S1', 'This word is on your force’s list of unacceptable language.');
    const scan = scanPost(ctx.norm, ctx.lex);
    // Reported speech: words quoted in a court or crime report are the offender's, not the officer's.
    const report = scan.present.has('court') || scan.present.has('crime');
    if (scan.present.has('profanity') || scan.present.has('slur')) {
      for (const h of scan.hits) {
        const slur = h.cats.includes('slur');
        if (!slur && !h.cats.includes('profanity')) continue;
        if (h.cats.includes('nameLike') && looksLikeName(ctx, h)) continue;
        const r = { start: h.start, end: h.end };
        out.push(finding(ctx, r, slur, report && isQuoted(scan, r), false));
      }
    }
    for (const m of findMasked(ctx.lex)) {
      const r = { start: m.start, end: m.end };
      const quoted = report && isQuoted(scan, r);
      // Quoting an offender's swearing, masked, is how forces report it: nothing to change.
      if (quoted && !m.slur) continue;
      out.push(finding(ctx, r, m.slur, quoted, true));
    }
    return out;
  },
};
