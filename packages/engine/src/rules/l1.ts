/**
 * L1: while proceedings are active (arrest, warrant, summons, charge, trial)
 * no suggestion of guilt, no previous convictions or bad character, no
 * discussion of the evidence. Strict-liability contempt.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { removeClause } from '../rewrite/edits.js';
import { customFindings } from './lexicons/text.js';
import type { Rule } from './types.js';

const TERMS: { term: string; kind: 'character' | 'guilt' | 'evidence' }[] = [
  ...['previous convictions', 'previous conviction', 'string of previous', 'criminal record', 'criminal past', 'long record', 'known to police',
    'well known to police', 'well known to us', 'known to us', 'prolific', 'serial offender', 'career criminal', 'repeat offender', 'has form',
    'previous for', 'history of violence', 'history of offending', 'previously convicted', 'previously jailed', 'previously served',
    'on licence', 'out on licence', 'just out of prison', 'recently released from prison', 'has done this before', 'not the first time']
    .map((term) => ({ term, kind: 'character' as const })),
  ...['he did it', 'she did it', 'they did it', 'the man who did this', 'the person who did this', 'the people who did this', 'who did this',
    'responsible for this', 'the man responsible', 'the person responsible', 'those responsible', 'got our man', 'got him', 'we got them',
    'justice will be served', 'bang to rights', 'banged to rights', 'caught red handed', 'caught red-handed', 'no doubt he', 'no doubt she',
    'definitely', 'clearly guilty', 'is guilty', 'was guilty', 'guilty of', 'the attacker', 'the burglar', 'the robber', 'the thief',
    'the killer', 'the murderer', 'the rapist', 'the thug who', 'the offender']
    .map((term) => ({ term, kind: 'guilt' as const })),
  ...['cctv shows', 'cctv showed', 'caught on cctv', 'caught on camera', 'the evidence', 'evidence shows', 'evidence against', 'dna evidence',
    'dna match', 'fingerprints', 'forensic evidence', 'confessed', 'confession', 'admitted to officers', 'admitted it', 'witnesses saw him',
    'witnesses saw her', 'found with', 'found in possession', 'in his pocket', 'in her pocket', 'the weapon used', 'his phone showed']
    .map((term) => ({ term, kind: 'evidence' as const })),
];
const LEXICON = sharedLexicon(TERMS.map((t) => t.term));

const FALLBACK = 'This term is on your force’s list of words to avoid while proceedings are active.';

/** Rule L1. */
export const l1: Rule = {
  meta: {
    id: 'L1',
    description: 'Suggesting guilt, mentioning previous convictions or discussing evidence while proceedings are active.',
    defaultSeverity: 'block',
    explanation: 'Once someone is arrested or charged, anything that suggests they are guilty, mentions their past, or discusses the evidence can prejudice a trial. It can collapse the case and is contempt of court. State the facts: age, town, charge, court and date.',
    guidance: 'Contempt of Court Act 1981 ss.1–3 and Schedule 1; Attorney General\'s guidance on contempt and social media; APP Media and communications.',
    messages: {
      custom: '{{message}}',
      character: 'This mentions the past or character of someone in active proceedings.',
      guilt: 'This suggests guilt while proceedings are active.',
      evidence: 'This discusses evidence while proceedings are active.',
    },
    fixable: true,
  },
  check(ctx) {
    if (!ctx.facts.activeProceedings) return [];
    return [...customFindings(ctx, 'L1', FALLBACK), ...LEXICON.match(ctx.lex).map((m) => ({
      messageId: TERMS[m.index]!.kind, ranges: [{ start: m.start, end: m.end }], confidence: 0.8,
      suggestion: { description: 'Remove this sentence and state only the facts of the arrest or charge.', edits: [removeClause(ctx.norm.text, m.start)] },
    }))];
  },
};
