/**
 * Stage: facts. Computed once per post from the cue lexicon and the
 * entities: which stages of proceedings the post speaks of, whether
 * proceedings are active, sexual-offence and child context, and the tags the
 * report carries (`stage:*`, `appeal:*`, `update:*`, `offence:*`).
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import type { NormalisedText } from '../pipeline/normalise.js';
import type { Token } from '../pipeline/tokenise.js';
import type { Detected } from '../recognizers/types.js';
import type { TextRange } from '../types.js';
import { CUES, type Cue } from './cues.js';
import type { Facts, Stage } from './types.js';

export type { Facts, Stage } from './types.js';

const ENTRIES: { term: string; cue: Cue }[] = [];
for (const [cue, terms] of Object.entries(CUES) as [Cue, readonly string[]][]) {
  for (const term of terms) ENTRIES.push({ term, cue });
}
const LEXICON = sharedLexicon(ENTRIES.map((e) => e.term));

const ACTIVE: readonly Stage[] = ['suspect', 'arrested', 'warrant', 'summonsed', 'charged', 'remanded', 'bailed', 'trial'];
const CONCLUDED: readonly Stage[] = ['convicted', 'sentenced', 'acquitted', 'released', 'nfa'];
/** Stages that become `stage:*` tags, in tag order (a module constant, not a literal built per post). */
const TAGGED_STAGES: readonly Stage[] = ['arrested', 'charged', 'convicted', 'sentenced', 'remanded', 'bailed', 'acquitted', 'released'];

/** What facts are computed from. */
export interface FactsInput {
  norm: NormalisedText;
  lex: NormalisedText;
  tokens: readonly Token[];
  entities: readonly Detected[];
}

/** Compute the shared facts for one post. */
export function computeFacts({ lex, entities }: FactsInput): Facts {
  const stages = new Map<Stage, TextRange[]>();
  const sexual: TextRange[] = [];
  const child: TextRange[] = [];
  let offence = false;
  // One lexicon never reports overlapping matches (the longest at a start wins and the scan
  // skips past it), so a cue inside a longer cue ("not guilty" in "pleaded not guilty") is not seen.
  for (const m of LEXICON.match(lex)) {
    const cue = ENTRIES[m.index]!.cue;
    const range = { start: m.start, end: m.end };
    if (cue === 'sexual') sexual.push(range);
    else if (cue === 'child') child.push(range);
    else if (cue === 'offence') offence = true;
    else {
      const list = stages.get(cue) ?? [];
      list.push(range);
      stages.set(cue, list);
    }
  }
  for (const e of entities) {
    if (e.type === 'AGE' && e.attrs?.minor === true && e.confidence >= 0.6) child.push({ start: e.start, end: e.end });
  }
  const has = (s: Stage): boolean => stages.has(s);
  const concluded = CONCLUDED.some(has);
  const active = ACTIVE.some(has);
  const activeProceedings = active && !concluded;
  const namingNormal = has('charged') || has('convicted') || has('sentenced') || has('remanded');
  const crimeContext = offence || sexual.length > 0 || active || concluded || has('wanted');

  const tags: string[] = [];
  for (const s of TAGGED_STAGES) {
    if (has(s)) tags.push(`stage:${s}`);
  }
  if (has('sentenced') && !has('convicted')) tags.push('stage:convicted');
  const found = has('found');
  if (has('missing') && !found) tags.push('appeal:missing-person');
  if (found && (has('missing') || !has('wanted'))) tags.push('update:found');
  if (has('wanted')) {
    if (has('arrested') || has('charged')) tags.push('update:arrested');
    else tags.push('appeal:wanted');
  }
  if (has('died')) tags.push(has('identified') ? 'update:died-identified' : 'update:died');
  if (sexual.length > 0) tags.push('offence:sexual');
  if (child.length > 0) tags.push('context:child');

  return { stages, activeProceedings, namingNormal, sexualOffence: sexual, childContext: child, crimeContext, tags };
}
