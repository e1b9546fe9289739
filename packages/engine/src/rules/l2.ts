/**
 * L2: presumption of innocence in wording — "thug", "scum", "culprit",
 * "criminal", "caught red-handed" about someone only arrested or charged.
 * Block when proceedings are active, advise otherwise.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { generalise } from '../rewrite/edits.js';
import { customFindings } from './lexicons/text.js';
import type { Rule } from './types.js';

const TERMS: [string, string][] = [
  ['thug', 'man'], ['thugs', 'people'], ['scum', 'person'], ['scumbag', 'person'], ['scumbags', 'people'], ['yob', 'person'], ['yobs', 'people'],
  ['culprit', 'suspect'], ['culprits', 'suspects'], ['offender', 'person'], ['offenders', 'people'], ['criminal', 'person'], ['criminals', 'people'],
  ['crook', 'person'], ['crooks', 'people'], ['villain', 'person'], ['villains', 'people'], ['lowlife', 'person'], ['low life', 'person'],
  ['perp', 'suspect'], ['perpetrator', 'suspect'], ['perpetrators', 'suspects'], ['wrongdoer', 'person'], ['guilty party', 'suspect'],
  ['caught red handed', 'arrested'], ['caught red-handed', 'arrested'], ['banged to rights', 'arrested'], ['bang to rights', 'arrested'],
  ['got what he deserved', ''], ['got what they deserved', ''], ['brought to justice', 'arrested'], ['guilty', ''],
];
const LEXICON = sharedLexicon(TERMS.map((t) => t[0]));
// Phrases where the word names a thing, not a person: "criminal damage", "offender management".
const NEUTRAL = sharedLexicon(['criminal damage', 'criminal record', 'criminal records', 'criminal investigation', 'criminal justice',
  'criminal behaviour', 'criminal exploitation', 'criminal gang', 'criminal gangs', 'criminal activity', 'criminal offence',
  'criminal proceedings', 'criminal court', 'criminal courts', 'criminal law', 'offender management', 'offender manager',
  'sex offender register', 'not guilty', 'guilty plea', 'pleaded guilty', 'found guilty', 'criminal cases review']);

const FALLBACK = 'This term is on your force’s list of words that presume guilt.';

/** Rule L2. */
export const l2: Rule = {
  meta: {
    id: 'L2',
    description: 'Wording that presumes guilt ("thug", "culprit", "caught red-handed").',
    defaultSeverity: 'advise',
    explanation: 'Everyone is innocent until proven guilty. Words like "thug", "culprit" or "criminal" about someone who is only arrested or charged presume guilt and can prejudice a trial. Describe them neutrally: "a man", "a 25-year-old woman".',
    guidance: 'Contempt of Court Act 1981; Code of Ethics (fairness, respect); APP Media and communications.',
    messages: {
      custom: '{{message}}', word: '"{{word}}" presumes guilt; describe the person neutrally.' },
    fixable: true,
  },
  check(ctx) {
    const f = ctx.facts;
    // After conviction the words are accurate, if not always kind (S2 covers tone).
    if (f.stages.has('convicted') || f.stages.has('sentenced')) return [];
    const active = f.activeProceedings;
    const neutral = NEUTRAL.match(ctx.lex);
    return [...customFindings(ctx, 'L2', FALLBACK), ...LEXICON.match(ctx.lex).flatMap((m) => {
      if (neutral.some((n) => n.start <= m.start && n.end >= m.end)) return [];
      const [word, replacement] = TERMS[m.index]!;
      if (word === 'guilty' && !active) return [];
      if (word === 'guilty' && /not guilty/.test(ctx.lex.text.slice(Math.max(0, m.start - 4), m.end))) return [];
      return [{
        messageId: 'word', data: { word }, ranges: [{ start: m.start, end: m.end }], severity: active ? 'block' as const : undefined,
        confidence: active ? 0.85 : 0.6,
        suggestion: replacement === '' ? undefined : { description: 'Use neutral words.', edits: [generalise(ctx.norm.text, m, replacement)] },
      }];
    })];
  },
};
