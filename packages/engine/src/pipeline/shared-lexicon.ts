/**
 * Shared lexicons: the engine's built-in phrase lists (facts, rules) live in
 * ONE trie and the post is scanned once; each lexicon then reads its own
 * matches. Same semantics as compileLexicon (word boundaries, `term*`,
 * longest match per start, no overlapping matches within one lexicon), at
 * the cost of one scan instead of one per lexicon.
 */
import { normaliseTerm, originalEnd, originalStart, type NormalisedText } from './normalise.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';

interface Node {
  next: Map<string, Node>;
  /** (lexicon id, entry index) pairs ending here at a word boundary. */
  exact: number[];
  /** (lexicon id, entry index) pairs that match any continuation of the word. */
  prefix: number[];
}

const node = (): Node => ({ next: new Map(), exact: [], prefix: [] });
const root = node();
const lexicons: (readonly string[])[] = [];
let version = 0;
const cache = new WeakMap<NormalisedText, { version: number; matches: LexiconMatch[][] }>();

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 0x7f;
}

// Per-scan scratch: the best match at the current start, per lexicon.
let bestIndex = new Int32Array(16);
let bestEnd = new Int32Array(16);
let nextAllowed = new Int32Array(16);

function scan(lex: NormalisedText): LexiconMatch[][] {
  const hit = cache.get(lex);
  if (hit !== undefined && hit.version === version) return hit.matches;
  const L = lexicons.length;
  if (bestIndex.length < L) {
    bestIndex = new Int32Array(L * 2);
    bestEnd = new Int32Array(L * 2);
    nextAllowed = new Int32Array(L * 2);
  }
  const out: LexiconMatch[][] = Array.from({ length: L }, () => []);
  nextAllowed.fill(0, 0, L);
  const touched: number[] = [];
  const text = lex.text;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    let cur: Node | undefined = root.next.get(text[i]!);
    if (cur === undefined) continue;
    let j = i + 1;
    if (text[i] === ' ') while (j < n && text.charCodeAt(j) === 32) j++;
    touched.length = 0;
    while (cur !== undefined) {
      const atBoundary = j >= n || !isWordChar(text.charCodeAt(j));
      if (atBoundary) {
        for (let k = 0; k < cur.exact.length; k += 2) record(cur.exact[k]!, cur.exact[k + 1]!, j, touched);
      }
      if (cur.prefix.length > 0) {
        let e = j;
        while (e < n && isWordChar(text.charCodeAt(e))) e++;
        for (let k = 0; k < cur.prefix.length; k += 2) record(cur.prefix[k]!, cur.prefix[k + 1]!, e, touched);
      }
      if (j >= n) break;
      const ch = text[j]!;
      cur = cur.next.get(ch);
      j++;
      if (ch === ' ') while (j < n && text.charCodeAt(j) === 32) j++;
    }
    for (const l of touched) {
      if (i >= nextAllowed[l]!) {
        const idx = bestIndex[l]!;
        out[l]!.push({ start: originalStart(lex, i), end: originalEnd(lex, bestEnd[l]!), term: lexicons[l]![idx]!, index: idx });
        nextAllowed[l] = bestEnd[l]!;
      }
    }
  }
  cache.set(lex, { version, matches: out });
  return out;
}

function record(l: number, index: number, end: number, touched: number[]): void {
  // Deeper in the trie means longer, so a later record at the same start wins.
  if (!touched.includes(l)) touched.push(l);
  bestIndex[l] = index;
  bestEnd[l] = end;
}

/**
 * Register a built-in lexicon in the shared trie. Call at module load (the
 * engine's rule and fact modules do); policies use compileLexicon instead.
 */
export function sharedLexicon(entries: readonly string[]): Lexicon {
  const id = lexicons.length;
  lexicons.push(entries);
  version++;
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
    const list = star ? cur.prefix : cur.exact;
    // The first entry for a term within one lexicon wins, as in compileLexicon.
    for (let k = 0; k < list.length; k += 2) if (list[k] === id) return;
    list.push(id, index);
  });
  return {
    size: entries.length,
    match: (lex) => scan(lex)[id]!,
    test: (lex) => scan(lex)[id]!.length > 0,
  };
}
