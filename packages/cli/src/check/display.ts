/**
 * Showing post text in a terminal: safe characters only (a post must not be
 * able to send escape sequences to the officer's terminal), and column
 * widths so that carets line up under emoji and accented letters.
 */

/** Approximate terminal width of a code point (a small wcwidth). */
export function cpWidth(cp: number): number {
  if (
    (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) || (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0000 && cp <= 0xe01ef)
  ) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f680 && cp <= 0x1f6ff) ||
    (cp >= 0x1f900 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/**
 * The printable form of one code point: controls (C0, DEL, C1) and bidi
 * overrides become U+FFFD, a tab a space, a carriage return nothing.
 */
export function safeChar(cp: number): string {
  if (cp === 0x09) return ' ';
  if (cp === 0x0d) return '';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return '\uFFFD';
  }
  return String.fromCodePoint(cp);
}

/** Text made safe for a terminal, newlines kept (each followed by `indent`). */
export function safeText(text: string, indent = ''): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x0a ? `\n${indent}` : safeChar(cp);
  }
  return out;
}

/** How a marked run is drawn in colour mode. */
export type Style = (s: string, mark: number) => string;

/**
 * Render text[from, to) (no newlines inside) with marked characters.
 * `mark(i)` is ≥ 0 for a marked UTF-16 index. With `style`, marked runs are
 * styled inline and `carets` is empty; without, `carets` has '^' under them.
 */
export function renderSpan(
  text: string, from: number, to: number, mark: (i: number) => number, style?: Style,
): { line: string; carets: string } {
  let line = '';
  let carets = '';
  let run = '';
  let runMark = -1;
  const flush = (): void => {
    if (run !== '') line += runMark >= 0 && style !== undefined ? style(run, runMark) : run;
    run = '';
  };
  for (let i = from; i < to;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const shown = safeChar(cp);
    const width = shown === '' ? 0 : shown === '\uFFFD' ? 1 : cpWidth(cp);
    const m = mark(i);
    if (m !== runMark) {
      flush();
      runMark = m;
    }
    run += shown;
    carets += (m >= 0 ? '^' : ' ').repeat(width);
    i += size;
  }
  flush();
  return { line, carets: style === undefined ? carets.trimEnd() : '' };
}

/** The line of `text` around a range, at most about `width` columns: [from, to) and whether it was cut. */
export function excerptBounds(text: string, start: number, end: number, context = 30, maxRange = 80): {
  from: number; to: number; cutStart: boolean; cutEnd: boolean;
} {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  let from = Math.max(lineStart, start - context);
  let to = Math.min(lineEnd, Math.min(end, start + maxRange) + context);
  // Never cut a surrogate pair in half.
  if (from > lineStart && isLow(text.charCodeAt(from))) from--;
  if (to < lineEnd && isLow(text.charCodeAt(to))) to++;
  return { from, to, cutStart: from > lineStart, cutEnd: to < lineEnd };
}

const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;
