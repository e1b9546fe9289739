import { describe, expect, it } from 'vitest';
import { parseXDate, toIsoTime } from './dates.js';

describe('import dates', () => {
  it.each([
    ['Mon Jan 02 08:26:24 +0000 2023', '2023-01-02T08:26:24.000Z'],
    ['Tue Jan 03 01:00:00 +0100 2023', '2023-01-03T00:00:00.000Z'],
    ['Sun Jan 01 23:30:00 -0130 2023', '2023-01-02T01:00:00.000Z'],
  ])('reads X created_at %s', (s, iso) => expect(parseXDate(s)).toBe(iso));

  it.each([
    ['2023-01-02T08:26:24Z', '2023-01-02T08:26:24.000Z'],
    ['2023-01-02T08:26:24.123+01:00', '2023-01-02T07:26:24.123Z'],
    ['2023-01-02T08:26:24+0100', '2023-01-02T07:26:24.000Z'],
    ['2023-01-02 08:26:24', '2023-01-02T08:26:24.000Z'],
    ['2023-01-02', '2023-01-02T00:00:00.000Z'],
    ['1672647984', '2023-01-02T08:26:24.000Z'],
    [1672647984000, '2023-01-02T08:26:24.000Z'],
  ])('reads %s as UTC', (v, iso) => expect(toIsoTime(v)).toBe(iso));

  it.each(['1', 'yesterday', 'Mon Feb 30 08:26:24 +0000 2023', 'Mon Jan 02 25:26:24 +0000 2023', '', '2023-13-45', null, {}, -5])(
    'refuses %s', (v) => expect(toIsoTime(v)).toBeUndefined(),
  );
});
