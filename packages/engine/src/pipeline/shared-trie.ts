/**
 * The shared lexicons' trie (see shared-lexicon.ts): built from linked nodes
 * while modules register their lexicons, then frozen into flat typed arrays
 * for the scan, with a word gate that lets the scan skip most words without
 * walking the trie at all.
 */
import { isWordChar } from './word-char.js';

/** A node of the trie while lexicons are being registered. */
export interface TrieNode {
  /** Children by UTF-16 code unit (integer keys hash faster than one-char strings). */
  next: Map<number, TrieNode>;
  /** (lexicon id, entry index) pairs ending here at a word boundary. */
  exact: number[];
  /** (lexicon id, entry index) pairs that match any continuation of the word. */
  prefix: number[];
}

/** A new empty trie node. */
export const newNode = (): TrieNode => ({ next: new Map(), exact: [], prefix: [] });


/**
 * The trie frozen into flat arrays for scanning. Nodes are numbered depth
 * first, so a chain of single children (most of a trie: the tails of words)
 * is consecutive records and consecutive edges, and a walk down it reads
 * memory in order instead of hopping across a breadth-first layout. Node k's
 * record in `node` (NODE_INTS ints from k * NODE_INTS) holds: its edges'
 * start and end in edgeChar/edgeChild (a lone child is always node k + 1),
 * the offset of its direct ASCII table in directChild or -1 (only nodes with
 * many children have one; the root's is rootAscii), and the offset of its
 * pair ranges in `ranges` or -1 (most nodes end no entry). `ranges` holds,
 * per node with entries, the start and end of its (lexicon id, entry index)
 * pairs in `pairs` that end here at a word boundary, then the start and end
 * of those that match any continuation (`term*`). Rebuilt when a lexicon is
 * added (only at module load).
 */
export interface Frozen {
  version: number;
  node: Int32Array;
  edgeChar: Uint16Array;
  edgeChild: Int32Array;
  rootAscii: Int32Array;
  directChild: Int32Array;
  ranges: Int32Array;
  pairs: Int32Array;
  /** Word gate (see gate()): a bit per hash of the words and stems a walk can match from. */
  gate: Int32Array;
  /** stemLength[k] is 1 when some one-word `stem*` has k characters. */
  stemLength: Uint8Array;
}

/** Ints per node record (four: 16 bytes, four records per cache line). */
export const NODE_INTS = 4;

/** Children at which a node gets a direct table: a linear search over fewer is as quick. */
const DIRECT_MIN = 6;

/** Nodes in depth-first preorder (children in insertion order): a node's first child comes right after it. */
function preorder(root: TrieNode): TrieNode[] {
  const nodes: TrieNode[] = [];
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const nd = stack.pop()!;
    nodes.push(nd);
    const kids = [...nd.next.values()];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return nodes;
}

/** Freeze the trie under `root` (see Frozen), stamped with the registry's `version`. */
export function freeze(root: TrieNode, version: number): Frozen {
  const nodes = preorder(root);
  const ids = new Map<TrieNode, number>();
  nodes.forEach((nd, k) => ids.set(nd, k));
  let edges = 0;
  let wide = 0;
  let withPairs = 0;
  let pairInts = 0;
  for (const nd of nodes) {
    edges += nd.next.size;
    if (nd !== root && nd.next.size >= DIRECT_MIN) wide++;
    if (nd.exact.length + nd.prefix.length > 0) withPairs++;
    pairInts += nd.exact.length + nd.prefix.length;
  }
  const node = new Int32Array(nodes.length * NODE_INTS);
  const edgeChar = new Uint16Array(edges);
  const edgeChild = new Int32Array(edges);
  const rootAscii = new Int32Array(128).fill(-1);
  const directChild = new Int32Array(wide * 128).fill(-1);
  const ranges = new Int32Array(withPairs * 4);
  const pairs = new Int32Array(pairInts);
  let e = 0;
  let w = 0;
  let r = 0;
  let p = 0;
  nodes.forEach((nd, k) => {
    const o = k * NODE_INTS;
    node[o] = e;
    for (const [ch, kid] of nd.next) {
      edgeChar[e] = ch;
      edgeChild[e] = ids.get(kid)!;
      if (nd === root && ch < 128) rootAscii[ch] = edgeChild[e]!;
      e++;
    }
    node[o + 1] = e;
    node[o + 2] = -1;
    if (nd !== root && nd.next.size >= DIRECT_MIN) {
      node[o + 2] = w * 128;
      for (const [ch, kid] of nd.next) if (ch < 128) directChild[w * 128 + ch] = ids.get(kid)!;
      w++;
    }
    node[o + 3] = -1;
    if (nd.exact.length + nd.prefix.length > 0) {
      node[o + 3] = r;
      ranges[r++] = p;
      pairs.set(nd.exact, p);
      p += nd.exact.length;
      ranges[r++] = p;
      ranges[r++] = p;
      pairs.set(nd.prefix, p);
      p += nd.prefix.length;
      ranges[r++] = p;
    }
  });
  const { bits, stemLength } = gate(root);
  return { version, node, edgeChar, edgeChild, rootAscii, directChild, ranges, pairs, gate: bits, stemLength };
}

/** Bits in the word gate: 2^17 (16 KB), so its few thousand keys leave few false hits (each costs a walk). */
const GATE_BITS = 17;
const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Salt that keeps "whole word" keys apart from "stem" keys. */
const WORD_SALT = 0x5bd1e995;
/** Salt of the "word, separator, next character" keys (see gate()). */
const NEXT_SALT = 0x27d4eb2f;
/** Salt of the keys for the first STEM_HEAD characters of stems: other words skip the stem probes. */
const HEAD_SALT = 0x165667b1;
/** Characters of a stem's head (see HEAD_SALT); shorter stems are probed on every word. */
const STEM_HEAD = 3;

/** The key of a word (hash h), then the non-word character sep (a run of spaces for 32), then c. */
function nextKey(h: number, sep: number, c: number): number {
  return Math.imul(Math.imul((h ^ NEXT_SALT) ^ sep, FNV_PRIME) ^ c, FNV_PRIME);
}

/** Bit index of a hash in the gate. */
function slot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - GATE_BITS);
}

/**
 * The word gate. A walk from the start of a word w (a maximal run of word
 * characters) can record an entry only if w is a whole one-word term, the
 * first word of a longer term (w's node has a non-word child), or w starts
 * with a one-word `stem*`: the walk has to leave w at its end, where the text
 * has a non-word character, or stop at a stem inside it. Where w goes on only
 * through a non-word character that ends no entry, the key is w with that
 * character and the next (after a run of spaces, for a space): "in" walks
 * before "in the" only if some term starts "in t". (Most walks used to be such
 * first words whose next word fitted no term.) So the scan hashes each word as
 * it skips it and walks only when a hash bit is set. A false hit costs a walk,
 * never a wrong result.
 */
function gate(root: TrieNode): { bits: Int32Array; stemLength: Uint8Array } {
  const bits = new Int32Array((1 << GATE_BITS) / 32);
  const set = (h: number): void => {
    const b = slot(h);
    bits[b >>> 5]! |= 1 << (b & 31);
  };
  const lengths: number[] = [];
  const visit = (nd: TrieNode, h: number, depth: number, head: number): void => {
    if (nd.prefix.length > 0) {
      set(h);
      lengths[depth] = 1;
      if (depth >= STEM_HEAD) set(head ^ HEAD_SALT);
    }
    let wordEnd = nd.exact.length > 0;
    for (const [ch, kid] of nd.next) {
      if (isWordChar(ch)) {
        const hk = Math.imul(h ^ ch, FNV_PRIME);
        visit(kid, hk, depth + 1, depth + 1 === STEM_HEAD ? hk : head);
      } else if (kid.exact.length + kid.prefix.length === 0) {
        // Only a longer term goes on after this character: the walk needs the character after
        // it too (after a run of spaces, read as one), so key the two.
        for (const c of kid.next.keys()) set(nextKey(h, ch, c));
      } else wordEnd = true;
    }
    if (wordEnd) set(h ^ WORD_SALT);
  };
  // A stem's head is keyed at depth STEM_HEAD (at least 2), below the root's children.
  for (const [ch, kid] of root.next) if (isWordChar(ch)) visit(kid, Math.imul(FNV_BASIS ^ ch, FNV_PRIME), 1, 0);
  const stemLength = new Uint8Array(lengths.length + 1);
  lengths.forEach((v, k) => (stemLength[k] = v));
  return { bits, stemLength };
}

/**
 * Skip the word starting at `i` (text[i] a word character); returns its end,
 * negated (-end - 1) when the gate says a walk from `i` may match.
 */
export function skipWord(f: Frozen, text: string, i: number): number {
  const n = text.length;
  const { gate: bits, stemLength } = f;
  const maxStem = stemLength.length - 1;
  let h = Math.imul(FNV_BASIS ^ text.charCodeAt(i), FNV_PRIME);
  let hit = false;
  // Whether a stem may begin this word: unknown (true) until its first STEM_HEAD characters are read.
  let stems = true;
  let e = i + 1;
  for (;;) {
    const k = e - i;
    if (k === STEM_HEAD) {
      const b = slot(h ^ HEAD_SALT);
      stems = ((bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
    }
    if (!hit && stems && k <= maxStem && stemLength[k] === 1) {
      const b = slot(h);
      hit = ((bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
    }
    if (e >= n) break;
    const c = text.charCodeAt(e);
    if (!isWordChar(c)) break;
    h = Math.imul(h ^ c, FNV_PRIME);
    e++;
  }
  if (!hit) {
    const b = slot(h ^ WORD_SALT);
    hit = ((bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
  }
  if (!hit && e < n) {
    const sep = text.charCodeAt(e);
    let k = e + 1;
    if (sep === 32) while (k < n && text.charCodeAt(k) === 32) k++;
    // At the end of the text the walk stops on the separator's node, which records nothing.
    if (k < n) {
      const b = slot(nextKey(h, sep, text.charCodeAt(k)));
      hit = ((bits[b >>> 5]! >>> (b & 31)) & 1) === 1;
    }
  }
  return hit ? -e - 1 : e;
}

/** Child of `cur` by code unit `ch`, or -1. */
export function child(f: Frozen, cur: number, ch: number): number {
  const o = cur * NODE_INTS;
  const e0 = f.node[o]!;
  const e1 = f.node[o + 1]!;
  // A lone child is the next node (depth-first numbering): no edge table to read beyond its character.
  if (e1 - e0 === 1) return f.edgeChar[e0] === ch ? cur + 1 : -1;
  const d = f.node[o + 2]!;
  if (d >= 0 && ch < 128) return f.directChild[d + ch]!;
  for (let e = e0; e < e1; e++) if (f.edgeChar[e] === ch) return f.edgeChild[e]!;
  return -1;
}
