import { describe, expect, it } from 'vitest';
import { readLines, type Line } from './lines.js';

async function collect(chunks: (string | Uint8Array)[], max = 100): Promise<Line[]> {
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const l of readLines(source(), max)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF and numbers lines from 1', async () => {
    expect(await collect(['a\r\nb\nc'])).toEqual([{ line: 1, text: 'a' }, { line: 2, text: 'b' }, { line: 3, text: 'c' }]);
  });

  it('joins a line split across chunks, including a UTF-8 character split in two', async () => {
    const bytes = new TextEncoder().encode('café\nnext\n');
    const cut = 4; // inside the two bytes of é
    expect(await collect([bytes.slice(0, cut), bytes.slice(cut)])).toEqual([
      { line: 1, text: 'café' }, { line: 2, text: 'next' },
    ]);
  });

  it('drops a byte-order mark and yields nothing for empty input', async () => {
    expect(await collect([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])])).toEqual([{ line: 1, text: 'a' }]);
    expect(await collect([])).toEqual([]);
    expect(await collect(['\n'])).toEqual([{ line: 1, text: '' }]);
  });

  it('reports an over-long line without its text and carries on', async () => {
    const long = 'x'.repeat(30);
    const lines = await collect(['ok\n', long.slice(0, 15), long.slice(15), '\nafter\n', long], 20);
    expect(lines).toEqual([
      { line: 1, text: 'ok' }, { line: 2, tooLong: true }, { line: 3, text: 'after' }, { line: 4, tooLong: true },
    ]);
  });

  it('accepts a line exactly at the cap, with or without CR', async () => {
    const at = 'y'.repeat(20);
    expect(await collect([`${at}\r\n${at}\n${at}y\n`], 20)).toEqual([
      { line: 1, text: at }, { line: 2, text: at }, { line: 3, tooLong: true },
    ]);
  });
});
