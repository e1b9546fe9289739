import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import { ImportFormatError, parseMapping, type ImportRecord } from './record.js';

const bytes = (s: string): AsyncIterable<Uint8Array> => (async function* () {
  // Split into small chunks so lines and multi-byte characters straddle chunk edges.
  const b = new TextEncoder().encode(s);
  for (let i = 0; i < b.length; i += 7) yield b.slice(i, i + 7);
})();

async function all(it: AsyncIterable<ImportRecord>): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

async function failure(it: AsyncIterable<ImportRecord>): Promise<ImportFormatError> {
  try {
    await all(it);
  } catch (e) {
    if (e instanceof ImportFormatError) return e;
    throw e;
  }
  throw new Error('expected an ImportFormatError');
}

describe('JSONL reader', () => {
  it('reads default field names, skips blank lines, handles CRLF, BOM and multi-byte text', async () => {
    const src = '\uFEFF{"id":"1","text":"Café – été","created_at":"Mon Jan 02 08:26:24 +0000 2023"}\r\n\n{"id":2,"text":"b","created_at":"2023-01-03T00:00:00Z","url":"https://x.com/a/status/2"}\n';
    const rs = await all(readJsonl(bytes(src), 'posts.jsonl'));
    expect(rs.map((r) => [r.line, r.externalId, r.text, r.publishedAt])).toEqual([
      [1, '1', 'Café – été', '2023-01-02T08:26:24.000Z'], [3, '2', 'b', '2023-01-03T00:00:00.000Z'],
    ]);
    expect(rs[1]!.url).toBe('https://x.com/a/status/2');
  });

  it('follows a mapping with dot paths', async () => {
    const src = '{"tweet":{"id_str":"9","body":"hi","when":1672647984}}\n';
    const [r] = await all(readJsonl(bytes(src), 'p.jsonl', parseMapping('id=tweet.id_str,text=tweet.body,publishedAt=tweet.when')));
    expect(r).toMatchObject({ externalId: '9', text: 'hi', publishedAt: '2023-01-02T08:26:24.000Z' });
  });

  it.each([
    ['{"id":"1","text":"ok","date":"2023-01-01"}\n{not json}\n', 2, 'not valid JSON'],
    ['{"id":"1","text":"ok","date":"2023-01-01"}\n[1,2]\n', 2, 'expected a JSON object'],
    ['{"id":"1","text":"secret words","date":"soon"}\n', 1, 'field "date" is not a date and time'],
    ['{"text":"secret words","date":"2023-01-01"}\n', 1, 'no post id in field "id"'],
    ['{"id":"1","date":"2023-01-01"}\n', 1, 'no text in field "text"'],
  ])('names the file and line of a bad record', async (src, line, reason) => {
    const e = await failure(readJsonl(bytes(src), 'posts.jsonl'));
    expect(e.message).toBe(`posts.jsonl line ${line}: ${reason}`);
    expect(e.message).not.toContain('secret');
  });

  it('refuses an endless line without holding it', async () => {
    const e = await failure(readJsonl(bytes(`{"id":"1","text":"${'a'.repeat(1_100_000)}"}\n`), 'big.jsonl'));
    expect(e.message).toMatch(/^big\.jsonl line 1: line is longer than/);
  });
});

describe('CSV reader', () => {
  it('reads a header, quoted fields with commas, quotes and newlines, and reports the line of each record', async () => {
    const src = 'post_id,body,posted,link\n1,"Road closed, avoid ""the A43""",2023-01-02T08:00:00Z,\n2,"two\nlines",2023-01-03T08:00:00Z,https://example.org/2\n';
    const rs = await all(readCsv(bytes(src), 'p.csv', parseMapping('id=post_id,text=body,publishedAt=posted,url=link')));
    expect(rs.map((r) => [r.line, r.externalId, r.text, r.url])).toEqual([
      [2, '1', 'Road closed, avoid "the A43"', null], [4, '2', 'two\nlines', 'https://example.org/2'],
    ]);
  });

  it('names a missing column', async () => {
    const e = await failure(readCsv(bytes('id,text\n1,hello\n'), 'p.csv'));
    expect(e.message).toBe('p.csv line 1: no column "publishedAt" for publishedAt in the header');
  });

  it('names the line of malformed CSV without quoting it', async () => {
    const e = await failure(readCsv(bytes('id,text,date\n1,ok,2023-01-01\n2,"secret unclosed,2023-01-01\n'), 'p.csv'));
    expect(e.message).toMatch(/^p\.csv line \d+: malformed CSV \(CSV_/);
    expect(e.message).not.toContain('secret');
  });

  it('refuses a row with the wrong number of fields', async () => {
    const e = await failure(readCsv(bytes('id,text,date\n1,ok,2023-01-01,extra\n'), 'p.csv'));
    expect(e.message).toMatch(/^p\.csv line 2: malformed CSV/);
  });
});

describe('parseMapping', () => {
  it('refuses unknown keys', () => {
    expect(() => parseMapping('idx=foo')).toThrow(/bad mapping/);
  });
});
