import { Readable, Writable } from 'node:stream';
import { DEFAULT_POLICY } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { parseLine, runBatch } from './batch.js';

/** A reader that takes one chunk at a time, late: forces the batch to wait for 'drain'. */
function slowSink(): { sink: Writable; lines: string[]; maxBuffered: () => number } {
  const lines: string[] = [];
  let max = 0;
  const sink = new Writable({
    highWaterMark: 64,
    write(chunk: Buffer, _enc, done): void {
      lines.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  const write = sink.write.bind(sink);
  sink.write = ((chunk: string) => {
    const ok = write(chunk);
    max = Math.max(max, sink.writableLength);
    return ok;
  }) as typeof sink.write;
  return { sink, lines, maxBuffered: () => max };
}

describe('runBatch', () => {
  it('waits for the reader, so output never piles up in memory', async () => {
    const n = 2000;
    const input = Readable.from(Array.from({ length: n }, (_, i) => `post number ${i}\n`));
    const { sink, lines, maxBuffered } = slowSink();
    const summary = await runBatch(input, sink, { policy: DEFAULT_POLICY, checkOptions: {} });
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(summary).toEqual({ checked: n, failed: 0, internal: 0, reached: false });
    expect(lines).toHaveLength(n);
    expect(lines.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // Without awaiting 'drain' every report would sit in the buffer at once.
    const oneReport = Math.max(...lines.map((l) => l.length));
    expect(maxBuffered()).toBeLessThanOrEqual(oneReport);
  });

  it('counts bad lines and reports them without their text', async () => {
    const input = Readable.from(['{"id":"x","text":"secret words", "date":"not a date"}\n{not json secret\n']);
    const { sink, lines } = slowSink();
    const summary = await runBatch(input, sink, { policy: DEFAULT_POLICY, checkOptions: {} });
    expect(summary.failed).toBe(2);
    expect(lines.join('')).not.toContain('secret');
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'x', line: 1, error: { code: 'BAD_FIELD' } });
  });
});

describe('parseLine', () => {
  it('treats a line not starting with { as the text, with the line number as id', () => {
    expect(parseLine('  hello {x}', 4)).toEqual({ id: 4, post: { text: '  hello {x}' } });
  });

  it('keeps a string or number id and the other post fields', () => {
    expect(parseLine('{"id":"a1","text":"t","platform":"x"}', 1)).toEqual({ id: 'a1', post: { id: 'a1', text: 't', platform: 'x' } });
    expect(parseLine(' {"id":0,"text":"t"}', 9).id).toBe(0);
    expect(parseLine('{"text":"t"}', 9).id).toBe(9);
  });

  it('rejects bad JSON and ids that are not strings or numbers', () => {
    expect(() => parseLine('{"text": "unterminated', 1)).toThrow(expect.objectContaining({ code: 'BAD_JSON' }));
    expect(() => parseLine('{"id":[1],"text":"t"}', 1)).toThrow(expect.objectContaining({ code: 'BAD_ID' }));
  });
});
