import { describe, expect, it } from 'vitest';
import { bulkId } from './ids.js';

describe('bulkId', () => {
  it('makes distinct, sortable UUIDv7 strings', () => {
    const ids = Array.from({ length: 20_000 }, () => bulkId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });
  it('keeps counting within a millisecond and moves on when the counter is full', () => {
    const a = bulkId(1_900_000_000_000);
    const b = bulkId(1_900_000_000_000);
    expect(b > a).toBe(true);
    const many = Array.from({ length: 5000 }, () => bulkId(1_900_000_000_000));
    expect([...many].sort()).toEqual(many);
  });
});
