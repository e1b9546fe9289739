import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, label } from './format.js';

describe('format', () => {
  it('labels enum values', () => {
    expect(label('data_protection')).toBe('Data protection');
    expect(label('x')).toBe('X');
    expect(label('digital_desk')).toBe('Digital desk');
    expect(label(null)).toBe('—');
  });
  it('formats dates and counts days', () => {
    expect(formatDate('2025-03-01')).toBe('1 Mar 2025');
    expect(formatDate('not a date')).toBe('—');
    expect(daysUntil('2025-03-11', new Date('2025-03-01T00:00:00Z'))).toBe(10);
    expect(daysUntil('2025-02-27', new Date('2025-03-01T00:00:00Z'))).toBe(-2);
  });
});
