/**
 * Phrase lexicons matched on the lexicon view (so "sсum", "s c u m" and
 * "scuuum" all match "scum"). A character trie walked from every word start:
 * O(text length × longest term), no regex, so linear for a fixed lexicon.
 */
import { normaliseTerm, originalEnd, originalStart, type NormalisedText } from './normalise.js';
import { isWordChar } from './word-char.js';

/** A lexicon match, in offsets of the normalised view. */
export interface LexiconMatch {
  start: number;
  end: number;
  /** The lexicon entry as written (before normalisation). */
  term: string;
  /** Index of the entry in the list given to `compileLexicon`. */
  index: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entry index ending here at a word boundary. */
  exact: number;
  /** Entry index ending here that matches any word continuation (`term*`). */
  prefix: number;
}

/** A compiled lexicon. */
export interface Lexicon {
  readonly size: number;
  /** All matches, left to right; overlapping matches at the same start keep the longest. */
  match(lex: NormalisedText): LexiconMatch[];
  /** True if any entry occurs. */
  test(lex: NormalisedText): boolean;
}

function node(): TrieNode {
  return { next: new Map(), exact: -1, prefix: -1 };
}


/**
 * Compile lexicon entries. An entry is a word or phrase; a trailing `*`
 * matches any continuation of the last word ("arrest*" matches "arrested").
 */
export function compileLexicon(entries: readonly string[]): Lexicon {
  const root = node();
  entries.forEach((entry, index) => {
    const star = entry.endsWith('*');
    const term = normaliseTerm(star ? entry.slice(0, -1) : entry);
    if (term.length === 0) return;
    let cur = root;
    for (const ch of term) {
      let nx = cur.next.get(ch);
      if (nx === undefined) {
        nx = node();
        cur.next.set(ch, nx);
      }
      cur = nx;
    }
    if (star) { if (cur.prefix < 0) cur.prefix = index; } else if (cur.exact < 0) cur.exact = index;
  });

  const scan = (lex: NormalisedText, first: boolean): LexiconMatch[] => {
    const text = lex.text;
    const n = text.length;
    const found: LexiconMatch[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
      if (!root.next.has(text[i]!)) continue;
      let cur: TrieNode | undefined = root;
      let best = -1;
      let bestEnd = -1;
      let j = i;
      while (cur !== undefined) {
        const atBoundary = j >= n || !isWordChar(text.charCodeAt(j));
        if (cur.exact >= 0 && atBoundary) { best = cur.exact; bestEnd = j; }
        if (cur.prefix >= 0) {
          let k = j;
          while (k < n && isWordChar(text.charCodeAt(k))) k++;
          best = cur.prefix;
          bestEnd = k;
        }
        if (j >= n) break;
        const ch = text[j]!;
        cur = cur.next.get(ch);
        j++;
        // The lexicon view keeps white space runs; one space in a term matches a run.
        if (ch === ' ') while (j < n && text.charCodeAt(j) === 32) j++;
      }
      if (best >= 0) {
        found.push({
          start: originalStart(lex, i),
          end: originalEnd(lex, bestEnd),
          term: entries[best]!,
          index: best,
        });
        if (first) return found;
        // Skip past the match so one phrase is reported once.
        while (i + 1 < bestEnd) i++;
      }
    }
    return found;
  };

  return {
    size: entries.length,
    match: (lex) => scan(lex, false),
    test: (lex) => scan(lex, true).length > 0,
  };
}
