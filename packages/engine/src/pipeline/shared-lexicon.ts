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

interface Node {
  /** Children by UTF-16 code unit (integer keys hash faster than one-char strings). */
  next: Map<number, Node>;
  /** (lexicon id, entry index) pairs ending here at a word boundary. */
  exact: number[];
  /** (lexicon id, entry index) pairs that match any continuation of the word. */
  prefix: number[];
}

/** Shared empty result (never pushed to: a lexicon with matches gets its own array). */
const NONE: LexiconMatch[] = [];
const node = (): Node => ({ next: new Map(), exact: [], prefix: [] });
const root = node();
const lexicons: (readonly string[])[] = [];
let version = 0;
const cache = memoLast<NormalisedText, { version: number; matches: LexiconMatch[][] }>();

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c > 0x7f;
}

// Per-scan scratch: the best match at the current start, per lexicon.
let bestIndex = new Int32Array(16);
let bestEnd = new Int32Array(16);
let nextAllowed = new Int32Array(16);

/**
 * The trie frozen into flat arrays for scanning. Node k's record in `node`
 * (NODE_INTS ints from k * NODE_INTS) holds: its edges' start and end in
 * edgeChar/edgeChild (a short linear search beats hashing here), the offset
 * of its direct ASCII table in directChild or -1 (only nodes with many
 * children have one; the root's is rootAscii), and the start and end of its
 * (lexicon id, entry index) pairs in exactData and in prefixData (`term*`).
 * One record per node keeps a step of the walk on one cache line. Rebuilt
 * when a lexicon is added (only at module load).
 */
interface Frozen {
  version: number;
  node: Int32Array;
  edgeChar: Uint16Array;
  edgeChild: Int32Array;
  rootAscii: Int32Array;
  directChild: Int32Array;
  exactData: Int32Array;
  prefixData: Int32Array;
}

/** Flatten per-node pair lists into offsets and one typed array (no pointer chasing while scanning). */
function flatten(lists: readonly number[][]): { start: Int32Array; data: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let size = 0;
  lists.forEach((l, k) => {
    start[k] = size;
    size += l.length;
  });
  start[lists.length] = size;
  const data = new Int32Array(size);
  lists.forEach((l, k) => data.set(l, start[k]!));
  return { start, data };
}
let frozen: Frozen | null = null;

function freeze(): Frozen {
  const nodes: Node[] = [];
  const ids = new Map<Node, number>();
  const queue: Node[] = [root];
  ids.set(root, 0);
  nodes.push(root);
  for (let q = 0; q < queue.length; q++) {
    for (const child of queue[q]!.next.values()) {
      ids.set(child, nodes.length);
      nodes.push(child);
      queue.push(child);
    }
  }
  const edgeStart = new Int32Array(nodes.length + 1);
  let edges = 0;
  nodes.forEach((nd, k) => {
    edgeStart[k] = edges;
    edges += nd.next.size;
  });
  edgeStart[nodes.length] = edges;
  const edgeChar = new Uint16Array(edges);
  const edgeChild = new Int32Array(edges);
  nodes.forEach((nd, k) => {
    let e = edgeStart[k]!;
    for (const [ch, child] of nd.next) {
      edgeChar[e] = ch;
      edgeChild[e] = ids.get(child)!;
      e++;
    }
  });
  const rootAscii = new Int32Array(128).fill(-1);
  for (const [ch, child] of root.next) if (ch < 128) rootAscii[ch] = ids.get(child)!;
  const direct = new Int32Array(nodes.length).fill(-1);
  const wide = nodes.filter((nd, k) => k > 0 && nd.next.size >= DIRECT_MIN);
  const directChild = new Int32Array(wide.length * 128).fill(-1);
  wide.forEach((nd, w) => {
    direct[ids.get(nd)!] = w * 128;
    for (const [ch, child] of nd.next) if (ch < 128) directChild[w * 128 + ch] = ids.get(child)!;
  });
  const exact = flatten(nodes.map((nd) => nd.exact));
  const prefix = flatten(nodes.map((nd) => nd.prefix));
  const node = new Int32Array(nodes.length * NODE_INTS);
  for (let k = 0; k < nodes.length; k++) {
    const o = k * NODE_INTS;
    node[o] = edgeStart[k]!; node[o + 1] = edgeStart[k + 1]!; node[o + 2] = direct[k]!;
    node[o + 3] = exact.start[k]!; node[o + 4] = exact.start[k + 1]!;
    node[o + 5] = prefix.start[k]!; node[o + 6] = prefix.start[k + 1]!;
  }
  return { version, node, edgeChar, edgeChild, rootAscii, directChild, exactData: exact.data, prefixData: prefix.data };
}

/** Ints per node record (seven used, padded to eight: two records per cache line). */
const NODE_INTS = 8;

/** Children at which a node gets a direct table: a linear search over fewer is as quick. */
const DIRECT_MIN = 6;

function child(f: Frozen, node: number, ch: number): number {
  if (node === 0 && ch < 128) return f.rootAscii[ch]!;
  const o = node * NODE_INTS;
  const d = f.node[o + 2]!;
  if (d >= 0 && ch < 128) return f.directChild[d + ch]!;
  const end = f.node[o + 1]!;
  for (let e = f.node[o]!; e < end; e++) if (f.edgeChar[e] === ch) return f.edgeChild[e]!;
  return -1;
}

function scan(lex: NormalisedText): LexiconMatch[][] {
  const hit = cache.get(lex);
  if (hit !== undefined && hit.version === version) return hit.matches;
  if (frozen === null || frozen.version !== version) frozen = freeze();
  const f = frozen;
  const L = lexicons.length;
  if (bestIndex.length < L) {
    bestIndex = new Int32Array(L * 2);
    bestEnd = new Int32Array(L * 2);
    nextAllowed = new Int32Array(L * 2);
  }
  const out: LexiconMatch[][] = new Array<LexiconMatch[]>(L).fill(NONE);
  nextAllowed.fill(0, 0, L);
  const touched: number[] = [];
  const text = lex.text;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    let cur = child(f, 0, text.charCodeAt(i));
    if (cur < 0) continue;
    let j = i + 1;
    touched.length = 0;
    while (cur >= 0) {
      const o = cur * NODE_INTS;
      const x0 = f.node[o + 3]!, x1 = f.node[o + 4]!;
      if (x1 > x0 && (j >= n || !isWordChar(text.charCodeAt(j)))) {
        for (let k = x0; k < x1; k += 2) record(f.exactData[k]!, f.exactData[k + 1]!, j, touched);
      }
      const p0 = f.node[o + 5]!, p1 = f.node[o + 6]!;
      if (p1 > p0) {
        let e = j;
        while (e < n && isWordChar(text.charCodeAt(e))) e++;
        for (let k = p0; k < p1; k += 2) record(f.prefixData[k]!, f.prefixData[k + 1]!, e, touched);
      }
      if (j >= n) break;
      const ch = text.charCodeAt(j);
      cur = child(f, cur, ch);
      j++;
      if (ch === 32) while (j < n && text.charCodeAt(j) === 32) j++;
    }
    for (const l of touched) {
      if (i >= nextAllowed[l]!) {
        const idx = bestIndex[l]!;
        if (out[l] === NONE) out[l] = [];
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
    for (let k = 0; k < term.length; k++) {
      const ch = term.charCodeAt(k);
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
