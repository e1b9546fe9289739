/**
 * A line splitter over a byte or string stream that never holds more than one
 * line (capped) in memory. readline would buffer an endless line whole; this
 * drops the rest of an over-long line and reports it, so a batch of any size
 * runs in constant memory.
 */

/** One input line: its 1-based number and text, or `tooLong` when it passed the cap. */
export type Line = { line: number; text: string; tooLong?: undefined } | { line: number; text?: undefined; tooLong: true };

/**
 * Yield the lines of `source` (UTF-8 bytes or strings; `\n` or `\r\n` endings;
 * a leading BOM is dropped). A line longer than `maxLength` UTF-16 units is
 * yielded as `{ line, tooLong: true }` without its text.
 */
export async function* readLines(source: AsyncIterable<string | Uint8Array>, maxLength: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: string[] = [];
  let held = 0;
  let dropping = false;
  let lineNo = 0;

  function* take(s: string): Generator<Line> {
    let from = 0;
    for (;;) {
      const nl = s.indexOf('\n', from);
      const piece = nl === -1 ? s.slice(from) : s.slice(from, nl);
      if (!dropping && held + piece.length > maxLength + 1) {
        // +1 leaves room for the '\r' of a CRLF ending on a line at the cap.
        dropping = true;
        parts = [];
        held = 0;
      }
      if (!dropping) {
        parts.push(piece);
        held += piece.length;
      }
      if (nl === -1) return;
      lineNo++;
      yield finish();
      from = nl + 1;
    }
  }

  function finish(): Line {
    const line = lineNo;
    if (dropping) {
      dropping = false;
      return { line, tooLong: true };
    }
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    held = 0;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    if (text.length > maxLength) return { line, tooLong: true };
    return { line, text };
  }

  for await (const chunk of source) {
    yield* take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  const tail = decoder.decode();
  if (tail !== '') yield* take(tail);
  if (dropping || held > 0) {
    lineNo++;
    yield finish();
  }
}
