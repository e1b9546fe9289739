/**
 * Suggestion edits: redact a span (with the brackets and spaces that framed
 * it) or generalise it to a description ("a 34-year-old man", "a local
 * school"). Offsets are in the normalised view; check() maps them back.
 */
import type { TextEdit, TextRange } from '../types.js';

/** Remove a span cleanly: surrounding brackets go with it, and one of the spaces around it. */
export function redact(text: string, r: TextRange): TextEdit {
  let start = r.start;
  let end = r.end;
  if (text[start - 1] === '(' && text[end] === ')') {
    start--;
    end++;
  }
  if (text[start - 1] === ' ' && (end >= text.length || /[\s.,;:!?)]/.test(text[end]!))) start--;
  else if (text[end] === ' ') end++;
  return { start, end, replacement: '' };
}

/** Replace a span with a description, keeping a capital at the start of a sentence. */
export function generalise(text: string, r: TextRange, description: string): TextEdit {
  return { start: r.start, end: r.end, replacement: atSentenceStart(text, r.start) ? capitalise(description) : description };
}

/**
 * Replace a place ("on Elm Street", "at 12 Elm Street") by a general one: the
 * preposition before it is replaced too, so the result reads "in the area".
 */
export function generalisePlace(text: string, r: TextRange, place = 'the area'): TextEdit {
  const before = text.slice(Math.max(0, r.start - 3), r.start).toLowerCase();
  if (before === 'on ' || before === 'at ' || before === 'in ') return { start: r.start - 3, end: r.end, replacement: `in ${place}` };
  return generalise(text, r, place);
}

/** The clause (between commas, semicolons or sentence ends) around `offset`, as an edit that removes it. */
export function removeClause(text: string, offset: number): TextEdit {
  const s = sentenceAround(text, offset);
  let start = offset;
  while (start > s.start && !',;'.includes(text[start - 1]!)) start--;
  let end = offset;
  while (end < s.end && !',;.!?'.includes(text[end]!)) end++;
  if (start === s.start && end >= s.end - 1) return removeSentence(text, offset);
  // Take the comma before the clause with it ("…did this, he has…" → "…did this").
  if (start > s.start) start--;
  else if (text[end] === ',' || text[end] === ';') end++;
  while (end < text.length && text[end] === ' ' && start === s.start) end++;
  return { start, end, replacement: '' };
}

/** True when `offset` starts a sentence (only spaces or quotes since the last full stop, or the start). */
export function atSentenceStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '"' || c === '\'' || c === '\n') continue;
    return c === '.' || c === '!' || c === '?';
  }
  return true;
}

/** Upper-case the first letter. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** The sentence (or clause ended by . ! ? or a new line) that contains `offset`. */
export function sentenceAround(text: string, offset: number): TextRange {
  let start = offset;
  while (start > 0 && !'.!?\n'.includes(text[start - 1]!)) start--;
  while (start < offset && text[start] === ' ') start++;
  let end = offset;
  while (end < text.length && !'.!?\n'.includes(text[end]!)) end++;
  if (end < text.length) end++;
  return { start, end };
}

/** Remove a whole sentence (and the space after it). */
export function removeSentence(text: string, offset: number): TextEdit {
  const s = sentenceAround(text, offset);
  let end = s.end;
  while (end < text.length && text[end] === ' ') end++;
  let start = s.start;
  // Removing the last sentence: take the space before it instead.
  if (end >= text.length) while (start > 0 && text[start - 1] === ' ') start--;
  return { start, end, replacement: '' };
}
