import { describe, expect, it } from 'vitest';
import { tweetToRecord, unescapeHtml } from './tweets.js';

describe('X archive tweets', () => {
  it.each([
    ['Fish &amp; chips &lt;3 &gt;', 'Fish & chips <3 >'],
    ['&quot;hi&quot; &#39;x&#39; &#x1F600; &#128512;', '"hi" \'x\' 😀 😀'],
    ['&amp;amp; stays one level', '&amp; stays one level'],
    ['&unknown; &#xD800; &#99999999;', '&unknown; &#xD800; &#99999999;'],
  ])('unescapes %s', (s, out) => expect(unescapeHtml(s)).toBe(out));

  it('reads wrapped and old-style tweets', () => {
    const t = { id_str: '1610000000000000001', full_text: 'A &amp; B', created_at: 'Mon Jan 02 08:26:24 +0000 2023' };
    expect(tweetToRecord({ tweet: t }, 'a.zip/data/tweets.js', 5)).toEqual({
      line: 5, file: 'a.zip/data/tweets.js', externalId: '1610000000000000001', text: 'A & B',
      publishedAt: '2023-01-02T08:26:24.000Z', url: 'https://x.com/i/web/status/1610000000000000001', media: [],
    });
    expect(tweetToRecord({ ...t, full_text: undefined, text: 'old' }, 'f', 1).text).toBe('old');
  });

  it.each([
    [{ tweet: { full_text: 'x', created_at: 'Mon Jan 02 08:26:24 +0000 2023' } }, 'f line 9: tweet without a numeric id_str'],
    [{ tweet: { id_str: '../1', full_text: 'x', created_at: 'Mon Jan 02 08:26:24 +0000 2023' } }, 'f line 9: tweet without a numeric id_str'],
    [{ tweet: { id_str: '1', created_at: 'Mon Jan 02 08:26:24 +0000 2023' } }, 'f line 9: tweet without full_text'],
    [{ tweet: { id_str: '1', full_text: 'private', created_at: '2023-01-02' } }, 'f line 9: tweet created_at is not like "Mon Jan 02 08:26:24 +0000 2023"'],
    [[1], 'f line 9: expected a tweet object'],
  ])('names the line of a bad tweet', (v, message) => {
    expect(() => tweetToRecord(v, 'f', 9)).toThrow(message);
  });
});
