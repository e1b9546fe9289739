import { describe, expect, it } from 'vitest';
import { tokenise } from './tokenise.js';

const kinds = (s: string) => tokenise(s).map((t) => `${t.kind}:${t.text}`);

describe('tokenise', () => {
  it('splits words, numbers and punctuation', () => {
    expect(kinds('PC Smith, 34.')).toEqual(['word:PC', 'word:Smith', 'punct:,', 'number:34', 'punct:.']);
  });
  it('keeps handles, hashtags and URLs whole', () => {
    expect(kinds('@NorthantsPolice #StaySafe https://www.police.uk/x).')).toEqual([
      'handle:@NorthantsPolice', 'hashtag:#StaySafe', 'url:https://www.police.uk/x', 'punct:)', 'punct:.',
    ]);
  });
  it("keeps inner apostrophes and hyphens but splits a possessive 's", () => {
    expect(kinds("Kaine O'Connor's drink-driver")).toEqual(["word:Kaine", "word:O'Connor", "word:'s", 'word:drink-driver']);
  });
  it('does not treat an e-mail @ as a handle', () => {
    expect(kinds('a@b.com').map((k) => k.split(':')[0])).not.toContain('handle');
  });
  it('records offsets and space before', () => {
    const t = tokenise('hi  there');
    expect(t[1]).toMatchObject({ start: 4, end: 9, spaceBefore: true });
  });
  it('handles emoji and lone symbols as single tokens', () => {
    expect(kinds('ok 😂')).toEqual(['word:ok', 'other:😂']);
  });
});
