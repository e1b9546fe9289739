import { describe, expect, it } from 'vitest';
import { lexView, normalise, normaliseTerm, originalEnd, originalStart } from './normalise.js';

describe('normalise', () => {
  it('keeps plain ASCII as is with the identity map', () => {
    const n = normalise('PC Smith on patrol');
    expect(n.text).toBe('PC Smith on patrol');
    expect(n.toOriginal).toBeNull();
  });
  it('folds look-alike letters and drops zero-width characters, mapping back', () => {
    const s = 'ѕс\u200bum here';
    const n = normalise(s);
    expect(n.text).toBe('scum here');
    const at = n.text.indexOf('here');
    expect(s.slice(originalStart(n, at), originalEnd(n, at + 4))).toBe('here');
    expect(s.slice(originalStart(n, 0), originalEnd(n, 4))).toBe('ѕс\u200bum');
  });
  it('applies NFKC (full-width, ligatures) and keeps ranges in the original', () => {
    const s = 'ＳＣＵＭ ﬁne';
    const n = normalise(s);
    expect(n.text).toBe('SCUM fine');
    expect(originalEnd(n, n.text.length)).toBe(s.length);
  });
  it('replaces lone surrogates and NUL without throwing', () => {
    const n = normalise('a\ud800b\u0000c\udc00');
    expect(n.text).toBe('a\ufffdb c\ufffd');
  });
  it('drops right-to-left overrides', () => {
    expect(normalise('abc\u202edef').text).toBe('abcdef');
  });
});

describe('lexView', () => {
  const lex = (s: string) => lexView(normalise(s)).text;
  it('undoes leetspeak inside words but leaves numbers alone', () => {
    expect(lex('sh1t happens at 10 on the A43, call 999')).toBe('shit happens at 10 on the a43, call 999');
  });
  it('puts leet letters in beside separators, for a few changes and for many', () => {
    expect(lex('Sh1t-h3ad_x\nb@stard')).toBe('shit head x bastard');
    expect(lex('sh1t-'.repeat(40))).toBe('shit '.repeat(40));
  });
  it('joins spaced-out letters and collapses repeats', () => {
    expect(lex('s h i t and s.c.u.m and fuuuuck but cool')).toBe('shit and scum and fuck but cool');
  });
  it('does not join the next word onto a spaced run', () => {
    expect(lex('a b c de')).toBe('abc de');
  });
  it('treats hyphens and white space runs alike', () => {
    expect(lex('red-handed  now')).toBe('red handed  now');
  });
  it('maps back into the normalised view', () => {
    const n = normalise('X s h i t Y');
    const l = lexView(n);
    const at = l.text.indexOf('shit');
    expect(n.text.slice(originalStart(l, at), originalEnd(l, at + 4))).toBe('s h i t');
  });
  it('normalises terms the same way', () => {
    expect(normaliseTerm('Red-Handed')).toBe('red handed');
  });
});
