import { describe, expect, it } from 'vitest';
import { diffTokens, diffWords } from './diff.js';

const join = (parts: ReturnType<typeof diffWords>, keep: 'removed' | 'added'): string =>
  parts.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => p.text).join('');

describe('diffWords', () => {
  it('tokenises words and spaces', () => {
    expect(diffTokens('a  b\nc')).toEqual(['a', '  ', 'b', '\n', 'c']);
    expect(diffTokens("burglary. It's 34-year-old!")).toEqual(['burglary', '.', ' ', "It's", ' ', '34-year-old', '!']);
  });

  it('marks a replaced name', () => {
    const parts = diffWords('John Brown, 34, was arrested', 'A 34-year-old man was arrested');
    expect(join(parts, 'removed')).toBe('John Brown, 34, was arrested');
    expect(join(parts, 'added')).toBe('A 34-year-old man was arrested');
    expect(parts.at(-1)).toEqual({ kind: 'same', text: ' was arrested' });
  });

  it('keeps a word that only gained punctuation', () => {
    expect(diffWords('of burglary', 'of burglary. Thanks')).toEqual([{ kind: 'same', text: 'of burglary' }, { kind: 'added', text: '. Thanks' }]);
  });

  it('returns one same part for equal texts and nothing for two empty ones', () => {
    expect(diffWords('no change', 'no change')).toEqual([{ kind: 'same', text: 'no change' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('falls back to a whole replacement for huge texts', () => {
    const big = 'word '.repeat(3000);
    const parts = diffWords(big, big + 'x');
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});
