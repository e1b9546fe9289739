/**
 * Word-level diff for the side-by-side view a supervisor sees when editing a
 * draft. Longest common subsequence over word-and-space tokens; texts too big
 * for the table (beyond a few thousand words) are shown as one replacement.
 */

/** One piece of the diff. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

type CharClass = 'space' | 'word' | 'other';

function classOf(c: string): CharClass {
  if (/\s/.test(c)) return 'space';
  return /[\p{L}\p{N}'’-]/u.test(c) ? 'word' : 'other';
}

/**
 * Words, runs of whitespace and single punctuation marks, in order (one
 * hand-written pass), so "burglary" and "burglary." share the word.
 */
export function diffTokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classOf(text[i]!);
    let j = i + 1;
    if (cls !== 'other') while (j < text.length && classOf(text[j]!) === cls) j++;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

const MAX_CELLS = 4_000_000;

/** Diff `before` → `after` into same/removed/added parts (adjacent parts of a kind merged). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  };
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    push('removed', before);
    push('added', after);
    return parts;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { push('same', a[i]!); i++; j++; }
    else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}
