/**
 * Sentences and quotations, found by hand-written scans that are linear in
 * the text (no regex): the conduct rules read cues sentence by sentence, and
 * treat quoted words in reports as someone else's.
 */
import type { TextRange } from '../../types.js';

// Short words after which a full stop does not end a sentence.
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'pc', 'ps', 'dc', 'ds', 'sgt', 'insp', 'no', 'approx', 'e.g', 'i.e', 'vs']);

/**
 * Split into sentences at ". ", "! ", "? " runs and line breaks: a
 * hand-written scan, linear in the text. Abbreviations ("PC.", "St.") and
 * decimals ("6.30") do not end a sentence.
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  const n = text.length;
  let start = 0;
  // V8 finds the next candidate natively; a charCodeAt loop pays a string-representation dispatch
  // on every character, and a post has only a few candidates.
  BREAK.lastIndex = 0;
  while (BREAK.test(text)) {
    const i = BREAK.lastIndex - 1;
    const c = text.charCodeAt(i);
    let end = -1;
    let j = i;
    if (c === 10) end = i;
    else {
      while (j + 1 < n && (text.charCodeAt(j + 1) === 46 || text.charCodeAt(j + 1) === 33 || text.charCodeAt(j + 1) === 63)) j++;
      const next = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      if ((next === 32 || next === 10 || next === 34 || next === 41) && !(c === 46 && i === j && isAbbrev(text, i))) end = j + 1;
    }
    if (end >= 0) {
      if (end > start) out.push({ start, end });
      start = end;
    }
    BREAK.lastIndex = j + 1;
  }
  if (start < n || out.length === 0) out.push({ start, end: n });
  return out;
}

/** A line break or sentence punctuation: where splitSentences looks (one character class: linear). */
const BREAK = /[\n.!?]/g;

function isAbbrev(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && dot - k < 6 && isLetter(text.charCodeAt(k - 1))) k--;
  return k < dot && ABBREV.has(text.slice(k, dot).toLowerCase());
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Spans inside double quotes, and inside single quotes that open at a word
 * start and close at a word end (so apostrophes in "don't" are not quotes).
 */
export function findQuotes(text: string): TextRange[] {
  if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return [];
  const out: TextRange[] = [];
  const n = text.length;
  let open = -1;
  let single = -1;
  // Only quote marks change the state: jump between them natively (see splitSentences).
  QUOTE.lastIndex = 0;
  while (QUOTE.test(text)) {
    const i = QUOTE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (open < 0) open = i;
      else { out.push({ start: open + 1, end: i }); open = -1; }
    } else if (c === 39 && open < 0) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if (single < 0 && !isLetter(before) && isLetter(after)) single = i;
      else if (single >= 0 && isLetter(before) && !isLetter(after) && after !== 115) {
        out.push({ start: single + 1, end: i });
        single = -1;
      }
    }
  }
  return out;
}

/** A double or single quotation mark: where findQuotes looks (one character class: linear). */
const QUOTE = /["']/g;

/** True if the range holds anything but white space. */
export function hasText(text: string, r: TextRange): boolean {
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return true;
  }
  return false;
}
