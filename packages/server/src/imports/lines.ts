/**
 * Split a byte stream into lines without ever holding more than one (capped)
 * line: readline would buffer an endless line whole. `\n` or `\r\n` endings;
 * a leading BOM is dropped.
 */

/** One line, or `tooLong` (its text dropped) when it passed the cap. */
export type Line = { line: number; text: string; tooLong?: undefined } | { line: number; text?: undefined; tooLong: true };

/** Yield the lines of `source`; a line longer than `maxLength` UTF-16 units comes back as `{ line, tooLong: true }`. */
export async function* splitLines(source: AsyncIterable<string | Uint8Array>, maxLength: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: string[] = [];
  let held = 0;
  let dropping = false;
  let lineNo = 0;

  const finish = (): Line => {
    lineNo++;
    if (dropping) {
      dropping = false;
      return { line: lineNo, tooLong: true };
    }
    let text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    held = 0;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (lineNo === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    return text.length > maxLength ? { line: lineNo, tooLong: true } : { line: lineNo, text };
  };

  function* take(s: string): Generator<Line> {
    let from = 0;
    for (;;) {
      const nl = s.indexOf('\n', from);
      const piece = nl === -1 ? s.slice(from) : s.slice(from, nl);
      if (!dropping && held + piece.length > maxLength + 1) {
        dropping = true;
        parts = [];
        held = 0;
      }
      if (!dropping && piece !== '') {
        parts.push(piece);
        held += piece.length;
      }
      if (nl === -1) return;
      yield finish();
      from = nl + 1;
    }
  }

  for await (const chunk of source) yield* take(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  const tail = decoder.decode();
  if (tail !== '') yield* take(tail);
  if (dropping || held > 0) yield finish();
}
