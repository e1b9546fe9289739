/**
 * The conduct lexicons and the per-post scan every conduct rule shares: term
 * hits with their categories, sentence spans and quoted spans. The lexicons
 * live in the engine's shared trie (one walk per post for all built-in
 * lexicons) and are compiled once at module load. The scan is cached on the
 * post's lexicon view.
 */
import type { Lexicon } from '../../pipeline/lexicon.js';
import { normaliseTerm, type NormalisedText } from '../../pipeline/normalise.js';
import { sharedLexicon } from '../../pipeline/shared-lexicon.js';
import type { TextRange } from '../../types.js';
import { memoLast } from '../../util/memo-last.js';
import type { Cat, TermTable } from './categories.js';
import { CONTEXT_TERMS } from './context.js';
import { findQuotes, hasText, splitSentences } from './sentences.js';
import { LANGUAGE_TERMS } from './language.js';
import { OPERATIONS_TERMS } from './operations.js';
import { PUBLIC_TERMS } from './public.js';

/** A conduct-lexicon hit, in normalised-view offsets. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** Every category with a term spanning exactly this range. */
  readonly cats: readonly Cat[];
  /** The (first) lexicon entry as written. */
  readonly term: string;
  /** Index of the sentence the hit starts in. */
  readonly sent: number;
}

/** Everything the conduct rules read from one post. */
export interface Scan {
  /** Sorted by start, longer first at the same start. */
  readonly hits: readonly TermHit[];
  /** Categories present anywhere in the post (for cheap early exits). */
  readonly present: ReadonlySet<Cat>;
  /** Sentence spans in normalised-view offsets, in order, covering the text. */
  readonly sentences: readonly TextRange[];
  /** Spans inside quotation marks (reported speech), in order, not overlapping. */
  readonly quotes: readonly TextRange[];
  /** Hits by sentence index, in order. */
  readonly bySent: readonly (readonly TermHit[])[];
  /** Number of sentences with any non-space text. */
  readonly nonEmpty: number;
}

/**
 * Categories are grouped into a few lexicons (one trie walk serves them all;
 * fewer lexicons keep the shared scan cheap). Within a group the longest term
 * at a position wins, so each group holds categories whose overlaps are
 * intended ("idiot of the day" is one mocking phrase); across groups every
 * term is found.
 */
const GROUPS: readonly (readonly Cat[])[] = [
  ['allow'],
  ['court', 'crime', 'crisis', 'futVerb', 'past', 'pastVerb', 'firstPerson', 'weekday'],
  ['op', 'tactic', 'watch', 'futStrong', 'futWeak', 'ongoing'],
  ['shift', 'schedule', 'homeStrong', 'homeWeak', 'livesIn', 'colleague', 'family', 'myCar', 'carMake', 'colour'],
  ['covert', 'covertSafe'],
  ['presence', 'realtime', 'until', 'engage', 'incident'],
  ['profanity', 'slur', 'nameLike'],
  ['insult', 'insultAdj', 'mock', 'laugh', 'personNoun', 'genericDont'],
  ['endorse', 'praise', 'best', 'fundraise', 'approvedCause', 'scam'],
  ['opinion', 'contested', 'criticTarget', 'negative', 'criticPhrase'],
  ['party', 'partyAmbig', 'polCtx', 'slogan', 'vote', 'support', 'pcc', 'election'],
];

/**
 * Context categories a phrase inherits from the terms inside it in the same
 * group: the trie skips past the longest entry, so "on Friday officers" would
 * otherwise hide "Friday", and "Labour councillor" the political word
 * "councillor". Only context categories are inherited, so that a phrase
 * chosen to avoid a reading keeps avoiding it.
 */
const INHERITED: ReadonlySet<Cat> = new Set<Cat>([
  'court', 'crime', 'crisis', 'firstPerson', 'pcc', 'election', 'polCtx', 'futWeak', 'futStrong', 'schedule',
  'weekday', 'colleague', 'carMake', 'colour', 'past',
]);

interface Group { lexicon: Lexicon; cats: readonly (readonly Cat[])[]; allow: boolean }

function buildGroup(cats: readonly Cat[], tables: readonly TermTable[]): Group {
  const byKey = new Map<string, { entry: string; cats: Cat[] }>();
  for (const cat of cats) {
    for (const table of tables) {
      for (const t of table[cat] ?? []) {
        const star = t.endsWith('*');
        const key = normaliseTerm(star ? t.slice(0, -1) : t) + (star ? '*' : '');
        const got = byKey.get(key);
        if (got === undefined) byKey.set(key, { entry: t, cats: [cat] });
        else if (!got.cats.includes(cat)) got.cats.push(cat);
      }
    }
  }
  inheritContained(byKey);
  const entries: string[] = [];
  const out: Cat[][] = [];
  for (const v of byKey.values()) {
    entries.push(v.entry);
    out.push(v.cats);
  }
  return { lexicon: sharedLexicon(entries), cats: out, allow: cats[0] === 'allow' };
}

function inheritContained(byKey: Map<string, { cats: Cat[] }>): void {
  const stars = new Map<string, readonly Cat[]>();
  for (const [k, v] of byKey) if (k.endsWith('*')) stars.set(k.slice(0, -1), v.cats);
  const add = (to: Cat[], from: readonly Cat[], all: boolean): void => {
    for (const c of from) if ((all || INHERITED.has(c)) && !to.includes(c)) to.push(c);
  };
  for (const [key, v] of byKey) {
    if (key.endsWith('*')) continue;
    const words = key.split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const sub = words.slice(i, j).join(' ');
        const whole = i === 0 && j === words.length;
        if (!whole) {
          const got = byKey.get(sub);
          if (got !== undefined) add(v.cats, got.cats, false);
        }
        // A star entry whose stem begins this span's last word ("arrest*" in "arrested"); the
        // exact word itself inherits everything, being the same term spelt out.
        const head = sub.length - words[j - 1]!.length;
        for (let end = head + 1; end <= sub.length; end++) {
          const st = stars.get(sub.slice(0, end));
          if (st !== undefined) add(v.cats, st, whole);
        }
      }
    }
  }
}

const TABLES = [CONTEXT_TERMS, OPERATIONS_TERMS, LANGUAGE_TERMS, PUBLIC_TERMS];
const LEXICONS: readonly Group[] = GROUPS.map((g) => buildGroup(g, TABLES));

/** Number of distinct terms in the conduct lexicons (for tests and docs). */
export const CONDUCT_LEXICON_SIZE = LEXICONS.reduce((n, g) => n + g.lexicon.size, 0);

const cache = memoLast<NormalisedText, Scan>();

/** Scan a post (cached per lexicon view). */
export function scanPost(norm: NormalisedText, lex: NormalisedText): Scan {
  let s = cache.get(lex);
  if (s === undefined) {
    s = doScan(norm, lex);
    cache.set(lex, s);
  }
  return s;
}

/** A hit while the scan is built: categories merged and sentence set in place. */
interface Building { start: number; end: number; cats: readonly Cat[]; term: string; sent: number }

const byStartLongestFirst = (a: Building, b: Building): number => a.start - b.start || b.end - a.end;

function doScan(norm: NormalisedText, lex: NormalisedText): Scan {
  const sentences = splitSentences(norm.text);
  const raw: Building[] = [];
  let allow: readonly TextRange[] = [];
  for (const g of LEXICONS) {
    const ms = g.lexicon.match(lex);
    if (ms.length === 0) continue;
    if (g.allow) { allow = ms; continue; }
    const cats = g.cats;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k]!;
      // "Allow" phrases ("needle prick", "forced labour", "wanted on warrant") cancel the terms inside
      // them; the allow group comes first, so its matches are known here.
      if (allow.length > 0) {
        const a = allow[lastStartingAtOrBefore(allow, m.start)];
        if (a !== undefined && m.end <= a.end) continue;
      }
      raw.push({ start: m.start, end: m.end, cats: cats[m.index]!, term: m.term, sent: 0 });
    }
  }
  if (raw.length > 1) raw.sort(byStartLongestFirst);
  const present = new Set<Cat>();
  const hits: Building[] = [];
  let sent = 0;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    for (let c = 0; c < r.cats.length; c++) present.add(r.cats[c]!);
    const last = hits[hits.length - 1];
    if (last !== undefined && last.start === r.start && last.end === r.end) {
      // The same words in two groups: one hit with both groups' categories.
      last.cats = [...last.cats, ...r.cats.filter((c) => !last.cats.includes(c))];
      continue;
    }
    while (sent + 1 < sentences.length && sentences[sent]!.end <= r.start) sent++;
    r.sent = sent;
    hits.push(r);
  }
  // Most posts are one sentence: its hits are all the hits.
  let bySent: TermHit[][];
  if (sentences.length === 1) bySent = [hits];
  else {
    bySent = sentences.map(() => []);
    for (const h of hits) bySent[h.sent]!.push(h);
  }
  let nonEmpty = 0;
  for (const st of sentences) if (hasText(norm.text, st)) nonEmpty++;
  return { hits, present, sentences, quotes: findQuotes(norm.text), bySent, nonEmpty };
}

/** Index of the last range (sorted by start) starting at or before `pos`, or -1. Binary search. */
export function lastStartingAtOrBefore(ranges: readonly TextRange[], pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the sentence containing `offset`. */
export function sentenceAt(scan: Scan, offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(scan.sentences, offset));
}

const catsCache = memoLast<Scan, (Set<Cat> | undefined)[]>();

/** The categories present in sentence `sent` (computed once per sentence). */
export function catsOf(scan: Scan, sent: number): ReadonlySet<Cat> {
  let memo = catsCache.get(scan);
  if (memo === undefined) {
    memo = [];
    catsCache.set(scan, memo);
  }
  let set = memo[sent];
  if (set === undefined) {
    set = new Set();
    for (const h of scan.bySent[sent] ?? []) for (const c of h.cats) set.add(c);
    memo[sent] = set;
  }
  return set;
}

/** True if `inner` lies within `outer`. */
export function within(inner: TextRange, outer: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True if the range lies inside a quoted span. */
export function isQuoted(scan: Scan, r: TextRange): boolean {
  const q = scan.quotes[lastStartingAtOrBefore(scan.quotes, r.start)];
  return q !== undefined && r.end <= q.end;
}

/** True if any hit in sentence `sent` has category `cat`. */
export function sentenceHas(scan: Scan, sent: number, cat: Cat): boolean {
  return catsOf(scan, sent).has(cat);
}

/** Hits with category `cat`, optionally only in sentence `sent`. */
export function hitsOf(scan: Scan, cat: Cat, sent?: number): TermHit[] {
  return (sent === undefined ? scan.hits : scan.bySent[sent] ?? []).filter((h) => h.cats.includes(cat));
}
