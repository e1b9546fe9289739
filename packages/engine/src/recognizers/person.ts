/**
 * PERSON and OFFICER: names in running text. Name spans come from the name
 * tagger (names/); a rank before a name ("PC Andrew Harper", "DCI Smith") or a
 * name on the policy's officer list makes it an OFFICER, whose naming in role
 * is normal; an honorific ("Mr Brown") confirms a member of the public.
 */
import type { Token } from '../pipeline/tokenise.js';
import { nameTagger, type NameSpan } from './names/index.js';
import { nameSpans } from './name-spans.js';
import { isHonorific, rankEndingAt } from './ranks.js';
import type { Detected, Recognizer } from './types.js';

const isCapWord = (t: Token | undefined): boolean => {
  if (t === undefined || t.kind !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** Token index at or after a norm offset. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a rank before token `i` would end: `i`, or before a collar number there ("PC 1234 Smith"). */
function rankEndBefore(tokens: readonly Token[], i: number): number {
  return i > 0 && tokens[i - 1]!.kind === 'number' ? i - 1 : i;
}

/**
 * A runner-up name (see NameTagger.tag) as a PERSON at its own confidence.
 * One right after a rank or honorific is left to the rank and honorific
 * rules below, which decide those on the words themselves. (One on the
 * policy's officer list is found as an OFFICER by the list itself.)
 */
function pushRunnerUp(tokens: readonly Token[], s: NameSpan, out: Detected[]): void {
  const prev = tokens[s.firstToken - 1];
  if ((prev !== undefined && isHonorific(prev)) || rankEndingAt(tokens, rankEndBefore(tokens, s.firstToken)) >= 0) return;
  out.push({
    type: 'PERSON', start: s.start, end: s.end, confidence: s.confidence,
    attrs: { tokens: s.endToken - s.firstToken },
    explanation: `name tagger (${nameTagger.name}), second reading`,
  });
}

/** Person and officer recogniser. */
export const personRecognizer: Recognizer = {
  meta: { name: 'person', types: ['PERSON', 'OFFICER'], description: 'Names of people; officers told apart by rank or the policy\'s officer list.' },
  detect({ norm, lex, tokens, policy }) {
    const out: Detected[] = [];
    const covered = new Set<number>();
    const officerNames = policy.officerNames.size > 0 ? policy.officerNames.match(lex) : [];
    // The policy's threshold: below one half the tagger also offers the names its best reading leaves out.
    const spans = nameSpans(tokens, norm.text, policy.personThreshold);
    for (const s of spans) {
      if (s.label !== 'PER') continue;
      if (s.runnerUp === true) {
        pushRunnerUp(tokens, s, out);
        continue;
      }
      let first = s.firstToken;
      // The tagger may include the rank or honorific in the span ("DCI Smith", "Mrs Patel").
      let nameFirst = s.firstToken;
      for (const t of [s.firstToken + 2, s.firstToken + 1]) {
        if (t < s.endToken && rankEndingAt(tokens, t) === s.firstToken) { nameFirst = t; break; }
      }
      if (nameFirst === s.firstToken && s.endToken - s.firstToken > 1 && isHonorific(tokens[s.firstToken]!)) {
        nameFirst = s.firstToken + 1;
      }
      const k = rankEndBefore(tokens, nameFirst);
      const rankStart = nameFirst > s.firstToken ? rankEndingAt(tokens, nameFirst) : rankEndingAt(tokens, k);
      const onList = officerNames.some((m) => m.start <= s.start && m.end >= s.end);
      for (let t = s.firstToken; t < s.endToken; t++) covered.add(t);
      if (rankStart >= 0 || onList) {
        if (rankStart >= 0) first = rankStart;
        out.push({
          type: 'OFFICER', start: tokens[first]!.start, end: s.end, confidence: Math.max(s.confidence, 0.9),
          attrs: { rank: rankStart >= 0 ? tokens.slice(rankStart, k).map((t) => t.text).join(' ') : '' },
          explanation: rankStart >= 0 ? 'name after a police rank' : 'name on the policy\'s officer list',
        });
        continue;
      }
      const prev = nameFirst > s.firstToken ? tokens[s.firstToken] : tokens[s.firstToken - 1];
      const honorific = prev !== undefined && isHonorific(prev);
      out.push({
        type: 'PERSON', start: honorific ? prev.start : s.start, end: s.end,
        confidence: honorific ? Math.max(s.confidence, 0.92) : s.confidence,
        attrs: { tokens: s.endToken - s.firstToken },
        explanation: honorific ? 'name after an honorific' : `name tagger (${nameTagger.name})`,
      });
    }
    // A rank or honorific followed by a capitalised word the tagger missed ("DCI Smith", "Mrs Patel").
    for (let i = 0; i < tokens.length; i++) {
      if (covered.has(i) || !isCapWord(tokens[i])) continue;
      const k = rankEndBefore(tokens, i);
      const rankStart = rankEndingAt(tokens, k);
      const prev = tokens[i - 1];
      const honorific = prev !== undefined && isHonorific(prev) && isCapWord(prev);
      if (rankStart < 0 && !honorific) continue;
      let j = i + 1;
      while (j < tokens.length && isCapWord(tokens[j]) && !covered.has(j) && j - i < 3) j++;
      for (let t = i; t < j; t++) covered.add(t);
      if (rankStart >= 0 && isCapWord(tokens[rankStart]) || rankStart >= 0 && tokens[rankStart]!.lower === 'pc') {
        out.push({ type: 'OFFICER', start: tokens[rankStart]!.start, end: tokens[j - 1]!.end, confidence: 0.85, attrs: { rank: tokens.slice(rankStart, k).map((t) => t.text).join(' ') }, explanation: 'capitalised word after a police rank' });
      } else if (honorific) {
        out.push({ type: 'PERSON', start: prev.start, end: tokens[j - 1]!.end, confidence: 0.9, attrs: { tokens: j - i }, explanation: 'capitalised word after an honorific' });
      }
    }
    // Names on the officer list the tagger did not see at all.
    for (const m of officerNames) {
      const t = tokenAt(tokens, m.start);
      if (covered.has(t)) continue;
      out.push({ type: 'OFFICER', start: m.start, end: m.end, confidence: 0.95, attrs: { rank: '' }, explanation: 'name on the policy\'s officer list' });
    }
    return out;
  },
};
