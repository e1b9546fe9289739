import { describe, expect, it } from 'vitest';
import { compileLexicon } from './lexicon.js';
import { lexView, normalise } from './normalise.js';

const find = (entries: string[], s: string) => {
  const norm = normalise(s);
  return compileLexicon(entries).match(lexView(norm)).map((m) => norm.text.slice(m.start, m.end));
};

describe('compileLexicon', () => {
  it('matches whole words and phrases', () => {
    expect(find(['scum', 'caught red handed'], 'Caught red-handed, scum! scummy')).toEqual(['Caught red-handed', 'scum']);
  });
  it('matches prefixes with a star', () => {
    expect(find(['arrest*'], 'He was arrested; an arrest')).toEqual(['arrested', 'arrest']);
  });
  it('sees through evasion', () => {
    expect(find(['scum'], 'what ѕ c u m')).toEqual(['s c u m']);
    expect(find(['idiot'], 'an 1d10t driver')).toEqual(['1d10t']);
  });
  it('matches a phrase across a run of spaces or a line break', () => {
    expect(find(['red handed'], 'red  \n handed')).toEqual(['red  \n handed']);
  });
  it('ends a word at an emoji or symbol glued to it, not at a non-ASCII letter', () => {
    expect(find(['idiot', 'scum'], 'what an idiot😂 and scum…')).toEqual(['idiot', 'scum']);
    expect(find(['idiot'], 'idiot\u2764\ufe0f idiot→ idiot×2')).toEqual(['idiot', 'idiot', 'idiot']);
    expect(find(['scum'], 'scumñ scumж')).toEqual([]);
  });
  it('prefers the longest entry at a position', () => {
    expect(find(['red', 'red handed'], 'red handed')).toEqual(['red handed']);
  });
  it('is linear on long hostile input', () => {
    const t0 = Date.now();
    find(['aaaa', 'aaab'], 'a'.repeat(100_000));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
