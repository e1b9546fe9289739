import { describe, expect, it } from 'vitest';
import { graphemeCount, lengthRows, limitFor, linkRanges, platformLength, PLATFORM_LIMITS } from './platforms.js';

describe('platform limits', () => {
  it('has the published limits', () => {
    const byId = Object.fromEntries(PLATFORM_LIMITS.map((p) => [p.id, p.limit]));
    expect(byId).toEqual({ x: 280, bluesky: 300, mastodon: 500, facebook: 63206, instagram: 2200, threads: 500, tiktok: 2200, youtube: 5000, nextdoor: 8000 });
    expect(limitFor('other')).toBeUndefined();
  });

  it('counts user-perceived characters, not UTF-16 units', () => {
    expect(graphemeCount('abc')).toBe(3);
    expect(graphemeCount('👮‍♀️ on patrol')).toBe(11);
    expect(graphemeCount('café')).toBe(4);
  });

  it('finds links and trims sentence punctuation', () => {
    const t = 'See https://example.police.uk/news. Or (http://a.uk/x) now; httpfoo is not a link';
    const r = linkRanges(t).map((x) => t.slice(x.start, x.end));
    expect(r).toEqual(['https://example.police.uk/news', 'http://a.uk/x']);
  });

  it('counts links as 23 on X but in full on Bluesky', () => {
    const url = 'https://www.example.police.uk/news/a-very-long-article-path-that-goes-on-and-on';
    const text = `Read more ${url}`;
    expect(platformLength(text, limitFor('x')!)).toBe(10 + 23);
    expect(platformLength(text, limitFor('bluesky')!)).toBe(text.length);
  });

  it('marks rows over the limit', () => {
    const rows = lengthRows('a'.repeat(290));
    expect(rows.find((r) => r.platform.id === 'x')).toMatchObject({ over: true, remaining: -10 });
    expect(rows.find((r) => r.platform.id === 'bluesky')).toMatchObject({ over: false, remaining: 10 });
  });

  it('scans a long hostile input quickly', () => {
    const t = 'http'.repeat(20000);
    const a = performance.now();
    expect(linkRanges(t)).toEqual([]);
    expect(performance.now() - a).toBeLessThan(200);
  });
});
