/**
 * Hostile input never crashes or hangs: empty and white-space text, lone
 * surrogates, right-to-left overrides, NUL bytes, long repeats, over-limit
 * input, wrong types. Times are checked loosely here (a hang would blow the
 * test timeout); `npm run bench` prints the real figures.
 */
import { describe, expect, it } from 'vitest';
import { PeelInputError } from './errors.js';
import { check } from './pipeline/check.js';

const cases: [string, string][] = [
  ['empty', ''],
  ['white space only', ' \n\t  \u00a0\u2003 '],
  ['lone high surrogate', 'PC Smith \ud800 arrested John Brown'],
  ['lone low surrogate', '\udc00\udc00 call 07700 900123'],
  ['right-to-left override', 'call \u202e321009 00770\u202c now, John Brown arrested'],
  ['NUL bytes', 'John\u0000 Brown\u0000, 34, arrested\u0000'],
  ['zero-width everywhere', 'J\u200bo\u200bh\u200bn B\u200br\u200bo\u200bw\u200bn arrested'],
  ['combining marks', 'Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303l\u0304g\u0305o'.repeat(200)],
  ['emoji and flags', '🚓🚨👮‍♀️🇬🇧'.repeat(500)],
];
const repeats = ['a', ' ', '@', '1', '.', 'é', '😂', '\u200b', '-', '/', ':', 'A1', '0 ', 'ab ', '(', '#'];

describe('hostile input', () => {
  for (const [name, text] of cases) {
    it(`does not crash: ${name}`, () => {
      const r = check({ text });
      expect(['pass', 'advise', 'review', 'block']).toContain(r.verdict);
      for (const f of r.findings) for (const g of f.ranges) {
        expect(g.start).toBeGreaterThanOrEqual(0);
        expect(g.end).toBeLessThanOrEqual(text.length);
        expect(g.start).toBeLessThanOrEqual(g.end);
      }
    });
  }

  for (const unit of repeats) {
    it(`10,000 repeats of ${JSON.stringify(unit)} finish`, () => {
      const text = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
      const t0 = performance.now();
      check({ text });
      // Generous bound so a slow CI machine does not flake; a super-linear regex would take seconds.
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  }

  it('ranges point into the original text even with look-alikes and invisibles', () => {
    const text = '\u200bThanks Sаrah (07700\u00a0900123) for reporting'; // Cyrillic а, NBSP
    const r = check({ text });
    const f = r.findings.find((x) => x.rule === 'P6');
    expect(f).toBeDefined();
    expect(text.slice(f!.ranges[0]!.start, f!.ranges[0]!.end)).toBe('07700\u00a0900123');
  });

  it('rejects over-limit input with a clear error that does not echo the text', () => {
    const text = 'x'.repeat(100_001);
    expect(() => check({ text })).toThrow(PeelInputError);
    try {
      check({ text });
    } catch (e) {
      expect((e as PeelInputError).code).toBe('TEXT_TOO_LONG');
      expect((e as Error).message.length).toBeLessThan(200);
    }
  });

  it.each([
    [null, 'NOT_A_POST'], [42, 'NOT_A_POST'], ['text', 'NOT_A_POST'], [[], 'NOT_A_POST'],
    [{}, 'TEXT_NOT_STRING'], [{ text: 5 }, 'TEXT_NOT_STRING'], [{ text: 'a', date: 'yesterday' }, 'BAD_FIELD'],
    [{ text: 'a', accountKind: 'personal' }, 'BAD_FIELD'], [{ text: 'a', media: 'x.jpg' }, 'BAD_FIELD'], [{ text: 'a', media: [{}] }, 'BAD_FIELD'],
  ])('rejects wrong types: %j', (post, code) => {
    expect(() => check(post as never)).toThrow(expect.objectContaining({ code }));
  });
});
