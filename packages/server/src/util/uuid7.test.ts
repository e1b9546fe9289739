import { describe, expect, it } from 'vitest';
import { uuid7 } from './uuid7.js';

describe('uuid7', () => {
  it('is a version 7, variant 1 UUID', () => {
    expect(uuid7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('sorts in creation order, also within one millisecond and when the clock goes back', () => {
    const ids = [uuid7(1_700_000_000_000), uuid7(1_700_000_000_000), uuid7(1_700_000_000_000), uuid7(1_699_999_999_999), uuid7(1_700_000_000_001)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('carries the timestamp', () => {
    const id = uuid7(2_000_000_000_000);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(2_000_000_000_000);
  });
});
