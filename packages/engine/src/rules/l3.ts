/**
 * L3: people covered by a court order or reporting restriction, and
 * speculation during a trial. (Protected-list terms are W1.)
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { removeSentence } from '../rewrite/edits.js';
import { publicPersons } from './people.js';
import { customFindings } from './lexicons/text.js';
import type { Rule, RuleFinding } from './types.js';

const ORDER = sharedLexicon(['reporting restriction', 'reporting restrictions', 'section 45 order', 'section 39 order', 's45 order', 's39 order',
  'anonymity order', 'court order', 'cannot be named', 'can\'t be named', 'not be named for legal reasons', 'lifelong anonymity', 'anonymity']);
const SPECULATION = sharedLexicon(['surely', 'we all know', 'everyone knows', 'no doubt', 'obviously', 'clearly', 'bound to be convicted',
  'will be convicted', 'expect a guilty verdict', 'guilty verdict', 'lying', 'liar', 'lied', 'his story', 'her story', 'doesn\'t add up',
  'does not add up', 'the jury should', 'the jury will', 'we hope the jury', 'hope he goes down', 'hope she goes down', 'throw away the key']);

const FALLBACK = 'This term is on your force’s list for cases under a court order.';

/** Rule L3. */
export const l3: Rule = {
  meta: {
    id: 'L3',
    description: 'Naming someone covered by a court order, or speculating during a trial.',
    defaultSeverity: 'block',
    explanation: 'Court orders and reporting restrictions must be obeyed exactly, and comment during a trial can cause it to collapse. If a post touches a case under an order, or a trial is running, keep to what the court has allowed to be published.',
    guidance: 'Contempt of Court Act 1981 ss.2 and 4; Youth Justice and Criminal Evidence Act 1999 s.45; APP Media and communications.',
    messages: {
      custom: '{{message}}',
      order: 'This names someone in a post about a court order or reporting restriction.',
      speculation: 'This comments on a trial that is under way.',
    },
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = customFindings(ctx, 'L3', FALLBACK);
    const f = ctx.facts;
    if (ORDER.test(ctx.lex)) {
      for (const p of publicPersons(ctx)) out.push({ messageId: 'order', ranges: [p], confidence: 0.75 });
    }
    if (f.stages.has('trial') && !f.stages.has('convicted') && !f.stages.has('sentenced') && !f.stages.has('acquitted')) {
      for (const m of SPECULATION.match(ctx.lex)) {
        out.push({ messageId: 'speculation', ranges: [{ start: m.start, end: m.end }], confidence: 0.7, suggestion: { description: 'Remove the comment; give only the facts the court has made public.', edits: [removeSentence(ctx.norm.text, m.start)] } });
      }
    }
    return out;
  },
};
