import { describe, expect, it } from 'vitest';
import { anchored, digitRun, DIGITS, digitWords, eachMatchAt, LETTER, LOWER, OTHER, runStartBefore, UPPER } from './digit-words.js';

const starts = (text: string): number[] => [...digitWords(text).starts];

/** Matches of a global regex over the whole text, as [index, length]. */
const globalMatches = (re: RegExp, text: string): [number, number][] => [...text.matchAll(re)].map((m) => [m.index, m[0].length]);

/** Random texts over a small alphabet, so digits, letters and separators meet often. */
function randomTexts(count: number, alphabet: string): string[] {
  let seed = 11;
  const rand = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  return Array.from({ length: count }, () => Array.from({ length: rand(24) }, () => alphabet[rand(alphabet.length)]!).join(''));
}

describe('digitWords', () => {
  it('finds the letter-and-digit runs that hold a digit', () => {
    expect(starts('no digits at all')).toEqual([]);
    expect(starts('')).toEqual([]);
    expect(starts('AB51 ABC and 12-34.')).toEqual([0, 13, 16]);
    expect(starts('x9y2z, é7, 😀8 a1b2 c')).toEqual([0, 8, 13, 15]);
  });

  it('notes how each word starts', () => {
    expect(digitWords('1 22 333 A1 b2 12345678901234567890123').classes).toEqual([digitRun(1), digitRun(2), digitRun(3), UPPER, LOWER, digitRun(20)]);
  });

  it('answers the same text from its memo', () => {
    const text = 'call 101';
    expect(digitWords(text)).toBe(digitWords(text));
    expect(starts('call 999')).toEqual([5]);
  });
});

describe('runStartBefore', () => {
  it('walks back over letters and digits only', () => {
    expect(runStartBefore('aged 15', 4)).toBe(0);
    expect(runStartBefore('x, aged: 15', 7)).toBe(3);
    expect(runStartBefore('a  b', 2)).toBe(2);
  });
});

describe('eachMatchAt', () => {
  const texts = randomTexts(4000, 'AB12 9x-');

  it('finds what the global regex finds when every match starts at a digit word', () => {
    const sticky = /(?<![A-Za-z0-9])\d{1,2}[ -]?[A-B]?\d(?![A-Za-z0-9])/y;
    const global = new RegExp(sticky.source, 'g');
    // Matches begin with one or two digits (then a separator, a letter or the third digit) or with three.
    const at = anchored(sticky, digitRun(1, 3));
    for (const text of texts) {
      const got: [number, number][] = [];
      eachMatchAt(at, text, digitWords(text), (m) => got.push([m.index, m[0].length]));
      expect(got).toEqual(globalMatches(global, text));
    }
  });

  it('finds matches that start before the digit word at the positions `back` adds', () => {
    const sticky = /(?<![A-Za-z0-9])[A-B]{1,2} ?\d{2}/y;
    const global = new RegExp(sticky.source, 'g');
    const lettersBefore = (text: string, ws: number, push: (s: number) => void): void => {
      if (text.charCodeAt(ws - 1) === 32) {
        push(ws - 3);
        push(ws - 2);
      }
    };
    const at = anchored(sticky, UPPER, lettersBefore);
    for (const text of texts) {
      const got: [number, number][] = [];
      eachMatchAt(at, text, digitWords(text), (m) => got.push([m.index, m[0].length]));
      expect(got).toEqual(globalMatches(global, text));
    }
  });

  it('misses matches whose start is not a candidate (the caller must add them)', () => {
    const got: number[] = [];
    eachMatchAt(anchored(/[A-B] \d/y, LETTER), 'A 1', digitWords('A 1'), (m) => got.push(m.index));
    expect(got).toEqual([]);
  });

  it('skips candidates whose start class is not listed', () => {
    const found = (starts: number, text: string): number[] => {
      const got: number[] = [];
      eachMatchAt(anchored(/\d+|[a-z]\d/y, starts), text, digitWords(text), (m) => got.push(m.index));
      return got;
    };
    expect(found(DIGITS, '12 345 a6')).toEqual([0, 3]);
    expect(found(digitRun(3), '12 345 a6')).toEqual([3]);
    expect(found(digitRun(2) | LETTER, '12 345 a6')).toEqual([0, 7]);
    expect(found(OTHER, '12 345 a6')).toEqual([]);
  });

  it('wants sticky regexes', () => {
    expect(() => anchored(/\d/g, DIGITS)).toThrow();
  });
});
