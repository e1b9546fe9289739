/**
 * Shared lexicons: the engine's built-in phrase lists (facts, rules) live in
 * ONE trie and the post is scanned once; each lexicon then reads its own
 * matches. Same semantics as compileLexicon (word boundaries, `term*`,
 * longest match per start, no overlapping matches within one lexicon), at
 * the cost of one scan instead of one per lexicon.
 */
import { normaliseTerm, originalEnd, originalStart, type NormalisedText } from './normalise.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';
import { memoLast } from '../util/memo-last.js';
import { child, freeze, newNode, NODE_INTS, skipWord, type Frozen } from './shared-trie.js';
import { isWordChar } from './word-char.js';

/** Shared empty result (never pushed to: a lexicon with matches gets its own array). */
const NONE: LexiconMatch[] = [];
const root = newNode();
const lexicons: (readonly string[])[] = [];
let version = 0;
const cache = memoLast<NormalisedText, { version: number; matches: LexiconMatch[][] }>();

// Per-scan scratch: the best match at the current start, per lexicon, and
// which lexicons were touched at this start (stamp[l] === start + 1).
let bestIndex = new Int32Array(16);
let bestEnd = new Int32Array(16);
let nextAllowed = new Int32Array(16);
let stamp = new Int32Array(16);
let touched = new Int32Array(16);
let touchedCount = 0;

/** The frozen trie, rebuilt when a lexicon is added (only at module load). */
let frozen: Frozen | null = null;

function record(l: number, index: number, end: number, start: number): void {
  // Deeper in the trie means longer, so a later record at the same start wins.
  if (stamp[l] !== start + 1) {
    stamp[l] = start + 1;
    touched[touchedCount++] = l;
  }
  bestIndex[l] = index;
  bestEnd[l] = end;
}

/** Record the entries that end at node `cur` when the walk has read text up to `j`. */
function recordPairs(f: Frozen, d: number, text: string, j: number, start: number): void {
  const n = text.length;
  const x0 = f.ranges[d]!;
  const x1 = f.ranges[d + 1]!;
  if (x1 > x0 && (j >= n || !isWordChar(text.charCodeAt(j)))) {
    for (let k = x0; k < x1; k += 2) record(f.pairs[k]!, f.pairs[k + 1]!, j, start);
  }
  const p0 = f.ranges[d + 2]!;
  const p1 = f.ranges[d + 3]!;
  if (p1 > p0) {
    let e = j;
    while (e < n && isWordChar(text.charCodeAt(e))) e++;
    for (let k = p0; k < p1; k += 2) record(f.pairs[k]!, f.pairs[k + 1]!, e, start);
  }
}

/** Every lexicon's result when no entry occurs (shared: never pushed to). */
let allNone: LexiconMatch[][] = [];

function scan(lex: NormalisedText): LexiconMatch[][] {
  const hit = cache.get(lex);
  if (hit !== undefined && hit.version === version) return hit.matches;
  if (frozen === null || frozen.version !== version) frozen = freeze(root, version);
  const f = frozen;
  const L = lexicons.length;
  if (bestIndex.length < L) {
    bestIndex = new Int32Array(L * 2);
    bestEnd = new Int32Array(L * 2);
    nextAllowed = new Int32Array(L * 2);
    stamp = new Int32Array(L * 2);
    touched = new Int32Array(L * 2);
  }
  if (allNone.length !== L) allNone = new Array<LexiconMatch[]>(L).fill(NONE);
  let out: LexiconMatch[][] | null = null;
  nextAllowed.fill(0, 0, L);
  stamp.fill(0, 0, L);
  const { node, rootAscii } = f;
  const text = lex.text;
  const n = text.length;
  // Candidate starts are the positions after a non-word character (and 0).
  // After a word, the character that ends it is no start, so the next one is
  // the position after it.
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let next = i + 1;
    if (isWordChar(c)) {
      const e = skipWord(f, text, i);
      next = (e < 0 ? -e - 1 : e) + 1;
      if (e >= 0) {
        i = next;
        continue;
      }
    }
    let cur = c < 128 ? rootAscii[c]! : child(f, 0, c);
    if (cur < 0) {
      i = next;
      continue;
    }
    let j = i + 1;
    touchedCount = 0;
    for (;;) {
      const d = node[cur * NODE_INTS + 3]!;
      if (d >= 0) recordPairs(f, d, text, j, i);
      if (j >= n) break;
      const ch = text.charCodeAt(j);
      cur = child(f, cur, ch);
      if (cur < 0) break;
      j++;
      if (ch === 32) while (j < n && text.charCodeAt(j) === 32) j++;
    }
    for (let t = 0; t < touchedCount; t++) {
      const l = touched[t]!;
      if (i >= nextAllowed[l]!) {
        const idx = bestIndex[l]!;
        out ??= allNone.slice();
        if (out[l] === NONE) out[l] = [];
        out[l]!.push({ start: originalStart(lex, i), end: originalEnd(lex, bestEnd[l]!), term: lexicons[l]![idx]!, index: idx });
        nextAllowed[l] = bestEnd[l]!;
      }
    }
    i = next;
  }
  const matches = out ?? allNone;
  cache.set(lex, { version, matches });
  return matches;
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
    for (let k = 0; k < term.length; k++) {
      const ch = term.charCodeAt(k);
      let nx = cur.next.get(ch);
      if (nx === undefined) {
        nx = newNode();
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
