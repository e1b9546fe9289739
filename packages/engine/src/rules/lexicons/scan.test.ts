import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/check.js';
import { lexView, normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { DEFAULT_POLICY } from '../../policy/default.js';
import { CONDUCT_RULES } from '../group-conduct.js';
import { findMasked } from './masked.js';
import { scanPost } from './scan.js';
import { findQuotes, splitSentences } from './sentences.js';
import { clockTimeAt, dateAt } from './when.js';

const slices = (text: string, rs: { start: number; end: number }[]) => rs.map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at stops, line breaks and runs of ?!, not at abbreviations or decimals', () => {
    const t = 'PC. Smith found it at 6.30am! Really?! Yes.\nNew line';
    expect(slices(t, splitSentences(t)).map((s) => s.trim())).toEqual(['PC. Smith found it at 6.30am!', 'Really?!', 'Yes.', 'New line']);
  });
});

describe('findQuotes', () => {
  it('finds double and single quoted spans but not apostrophes', () => {
    const t = `He said "you're nicked" and called him a 'grass'; don't worry, it's fine`;
    expect(slices(t, findQuotes(t))).toEqual(["you're nicked", 'grass']);
  });
});

describe('scanPost', () => {
  it('finds overlapping terms of different groups and cancels terms inside allow phrases', () => {
    const norm = normalise("I'm on earlies. A needle prick, and he is wanted on warrant.");
    const scan = scanPost(norm, lexView(norm));
    expect(scan.present.has('firstPerson')).toBe(true);
    expect(scan.present.has('shift')).toBe(true);
    expect(scan.present.has('profanity')).toBe(false);
    expect(scan.present.has('op')).toBe(false);
  });
  it('gives a word the categories of every group it is in, and of the star entry it spells out', () => {
    const norm = normalise('He was arrested.');
    const hit = scanPost(norm, lexView(norm)).hits.find((h) => norm.text.slice(h.start, h.end) === 'arrested')!;
    expect(hit.cats).toEqual(expect.arrayContaining(['crime', 'pastVerb']));
  });
});

describe('findMasked', () => {
  const masked = (s: string) => {
    const norm = normalise(s);
    return findMasked(lexView(norm)).map((m) => [norm.text.slice(m.start, m.end), m.slur]);
  };
  it('matches masks letter by letter', () => {
    expect(masked('f**k off, sh*t, n*****, free* offer, ***')).toEqual([['f**k', false], ['sh*t', false], ['n*****', true]]);
  });
});

describe('clock times and dates', () => {
  const now = new Date('2026-03-10T09:00:00Z');
  const times = (s: string) => {
    const toks = tokenise(s);
    const out: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const e = clockTimeAt(toks, i);
      if (e > 0) { out.push(s.slice(toks[i]!.start, toks[e - 1]!.end)); i = e - 1; }
    }
    return out;
  };
  it('reads clock times in their usual forms', () => {
    expect(times('at 6am, 06:00, 6.30pm, 0600hrs, 10 pm and 2024 people')).toEqual(['6am', '06:00', '6.30pm', '0600hrs', '10 pm']);
  });
  it('resolves dates against the publication time', () => {
    const day = (s: string, at = now) => {
      const toks = tokenise(s);
      for (let i = 0; i < toks.length; i++) { const d = dateAt(toks, i, at); if (d !== null) return new Date(d.found.day).toISOString().slice(0, 10); }
      return null;
    };
    expect(day('on 14 March')).toBe('2026-03-14');
    expect(day('on the 2nd of January')).toBe('2026-01-02');
    expect(day('on the 2nd of January', new Date('2026-12-20T09:00:00Z')), 'a yearless date long past means next year').toBe('2027-01-02');
    expect(day('14/03/2025')).toBe('2025-03-14');
    expect(day('March 9th')).toBe('2026-03-09');
    expect(day('you may 2 go')).toBeNull();
  });
});

describe('hostile input', () => {
  it('runs every conduct rule in linear time', () => {
    const parts = ['we are on ', 'f*', 'warrant tomorrow ', 'my wife ', '"q ', "'x ", 'a'.repeat(50), ' 😂 ', '#voteLabour '];
    let text = '';
    while (text.length < 90_000) text += parts[text.length % parts.length];
    const t0 = Date.now();
    check({ text }, DEFAULT_POLICY, { rules: CONDUCT_RULES, recognizers: [] });
    // A loose bound that only a super-linear blow-up (minutes on 90k characters) can break, even on a
    // loaded CI machine; the real figures are printed by `npm run bench`.
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});
