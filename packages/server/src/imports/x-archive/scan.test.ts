import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../record.js';
import { scanElements, type Element } from './scan.js';
import { tweetsJs } from './testing.js';

const chunks = (s: string, size: number): AsyncIterable<string> => (async function* () {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
})();

async function all(s: string, size = 5): Promise<Element[]> {
  const out: Element[] = [];
  for await (const e of scanElements(chunks(s, size), 'data/tweets.js')) out.push(e);
  return out;
}

async function error(s: string): Promise<string> {
  try {
    await all(s);
  } catch (e) {
    if (e instanceof ImportFormatError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('X archive array scanner', () => {
  it('yields each element with its starting line, across chunk edges', async () => {
    const src = tweetsJs([{ id: '1', text: 'a' }, { id: '2', text: 'b' }]);
    for (const size of [1, 3, 7, 64, 100_000]) {
      const els = await all(src, size);
      expect(els.map((e) => (JSON.parse(e.json) as { tweet: { id_str: string } }).tweet.id_str)).toEqual(['1', '2']);
      expect(els[0]!.line).toBe(2);
      expect(els[1]!.line).toBeGreaterThan(els[0]!.line);
    }
  });

  it('is not fooled by brackets, braces and quotes inside strings', async () => {
    const text = 'odd } ] { [ "quoted" \\ back\nslash';
    const els = await all(`window.YTD.tweets.part0 = [ ${JSON.stringify({ t: text, n: [1, { x: '}' }] })} ,{"t":"]"} ]`);
    expect(JSON.parse(els[0]!.json)).toEqual({ t: text, n: [1, { x: '}' }] });
    expect(JSON.parse(els[1]!.json)).toEqual({ t: ']' });
  });

  it('reads an empty array and a BOM', async () => {
    expect(await all('\uFEFFwindow.YTD.tweet.part0 = []')).toEqual([]);
  });

  it.each([
    ['var x = [{}]', 'data/tweets.js line 1: not an X archive data file (expected "window.YTD.….part0 = [")'],
    ['{"tweets": []}', 'data/tweets.js line 1: not an X archive data file (expected "window.YTD.….part0 = [")'],
    ['window.YTD.tweets.part0 = [\n{"a":1},\n{"b":2', 'data/tweets.js line 3: the file ends before its array is closed (truncated?)'],
    ['window.YTD.tweets.part0 = [\n{"a":1}\n{"b":2}]', 'data/tweets.js line 3: expected "," or "]" between tweets'],
    ['window.YTD.tweets.part0 = [\n{"a":1},\n7]', 'data/tweets.js line 3: expected a tweet object'],
    ['window.YTD.tweets.part0 = [{"a":1}]\nalert(1)', 'data/tweets.js line 2: unexpected text after the end of the array'],
  ])('refuses malformed input, naming the line: %s', async (src, message) => {
    expect(await error(src)).toBe(message);
  });
});
