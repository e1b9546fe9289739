/**
 * The one edit applier. Edits are applied right to left so earlier offsets
 * stay valid; overlapping edits are a programming error and are rejected.
 */
import type { TextEdit } from '../types.js';

/** Apply non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error('applyEdits: overlapping edits');
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end > text.length || e.start > e.end) throw new Error('applyEdits: edit out of range');
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Merge edit lists from several suggestions into one list, dropping any edit
 * that overlaps one already taken (earlier lists win).
 */
export function mergeEdits(lists: readonly (readonly TextEdit[])[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const list of lists) {
    for (const e of list) {
      if (taken.some((t) => e.start < t.end && t.start < e.end)) continue;
      taken.push(e);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
