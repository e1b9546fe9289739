/**
 * Baseline tagger: runs of capitalised words that are not sentence-initial
 * function words. Kept as a fallback and as a reference in the evaluation.
 */
import type { Token } from '../../pipeline/tokenise.js';
import type { NameSpan, NameTagger } from './types.js';

const STOP = new Set([
  'the', 'a', 'an', 'we', 'i', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'our', 'my', 'rt', 'if',
  'please', 'thanks', 'thank', 'police', 'officers', 'road', 'street', 'court', 'today', 'tonight', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'and', 'or', 'but', 'in', 'on',
]);

const isCap = (t: Token): boolean => {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  const d = t.text.charCodeAt(1);
  return c >= 65 && c <= 90 && !(d >= 65 && d <= 90);
};

/** The baseline tagger. */
export const baselineTagger: NameTagger = {
  name: 'baseline-capitalised',
  tag(tokens: readonly Token[]): NameSpan[] {
    const out: NameSpan[] = [];
    let i = 0;
    while (i < tokens.length) {
      if (!isCap(tokens[i]!) || STOP.has(tokens[i]!.lower)) { i++; continue; }
      let j = i + 1;
      while (j < tokens.length && isCap(tokens[j]!) && !STOP.has(tokens[j]!.lower)) j++;
      if (j - i >= 2) {
        out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, confidence: 0.5, label: 'PER', firstToken: i, endToken: j });
      }
      i = j;
    }
    return out;
  },
};
