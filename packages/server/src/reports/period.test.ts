import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { inPeriod, parsePeriod, periodBounds } from './period.js';

describe('report periods', () => {
  it('turns inclusive dates into a half-open UTC range and its months', () => {
    const b = periodBounds(parsePeriod('2024-11-15', '2025-02-28'));
    expect(b).toEqual({
      start: '2024-11-15T00:00:00.000Z', endExclusive: '2025-03-01T00:00:00.000Z', lastDay: '2025-02-28',
      months: ['2024-11', '2024-12', '2025-01', '2025-02'],
    });
    expect(inPeriod('2025-02-28T23:59:59.999Z', b)).toBe(true);
    expect(inPeriod('2025-03-01T00:00:00.000Z', b)).toBe(false);
    expect(inPeriod('2024-11-14T23:59:59.999Z', b)).toBe(false);
    expect(periodBounds(parsePeriod('2025-03-01', '2025-03-01')).months).toEqual(['2025-03']);
  });

  it('refuses impossible or reversed dates and very long periods', () => {
    for (const [a, b] of [['2025-02-29', '2025-03-01'], ['2025-13-01', '2025-12-01'], ['2025-03-02', '2025-03-01'], ['25-01-01', '2025-01-01'], ['2000-01-01', '2025-01-01']]) {
      expect(() => parsePeriod(a, b), `${a}..${b}`).toThrow(DomainError);
    }
    expect(parsePeriod('2024-02-29', '2024-03-01')).toEqual({ from: '2024-02-29', to: '2024-03-01' });
  });
});
