import { describe, expect, it } from 'vitest';
import type { TrainingRecord } from '../api/types.js';
import { accountExpiry, personExpiry } from './training.js';

const rec = (expiresOn: string | null): TrainingRecord => ({ id: 'r', forceId: 'f', personId: 'p', course: 'c', completedOn: '2024-01-01', expiresOn, recordedBy: null, createdAt: '' });

describe('training expiry', () => {
  it('takes the latest course of a person', () => {
    expect(personExpiry([])).toBe('none');
    expect(personExpiry([rec('2025-01-01'), rec('2026-01-01')])).toBe('2026-01-01');
    expect(personExpiry([rec(null)])).toBe('9999-12-31');
  });
  it('takes the earliest operator of an account', () => {
    expect(accountExpiry(['2026-01-01', '2025-05-01'])).toBe('2025-05-01');
    expect(accountExpiry(['2026-01-01', 'none'])).toBe('none');
    expect(accountExpiry([])).toBe('none');
  });
});
