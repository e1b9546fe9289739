import { describe, expect, it } from 'vitest';
import { lowerCase } from './lower-case.js';

describe('lowerCase', () => {
  it('lower-cases like toLowerCase, including characters that lengthen', () => {
    for (const s of ['Hello World', 'ÀÉÎ', 'İstanbul', '', 'already lower']) expect(lowerCase(s)).toBe(s.toLowerCase());
  });
  it('answers a repeated text from its memo and a new one afresh', () => {
    expect(lowerCase('ABC')).toBe('abc');
    expect(lowerCase('ABC')).toBe('abc');
    expect(lowerCase('DEF')).toBe('def');
    expect(lowerCase('ABC')).toBe('abc');
  });
});
