import { describe, expect, it } from 'vitest';
import type { Account } from '../api/types.js';
import { applyFilter, matchesTraining, readFilter, teamsOf } from './accountFilters.js';

const acc = (id: string, patch: Partial<Account>): Account => ({
  id, forceId: 'f', platform: 'x', handle: `@${id}`, url: null, kind: 'individual', trustTier: 'monitored', status: 'accredited',
  team: 'north', version: 1, createdAt: '', updatedAt: '', ...patch,
});

describe('account filters', () => {
  const now = new Date('2025-03-01T00:00:00Z');
  const list = [acc('a', {}), acc('b', { platform: 'facebook', team: 'south' }), acc('c', { status: 'suspended', team: null })];

  it('reads the address query', () => {
    expect(readFilter(new URLSearchParams('status=suspended&team=north'))).toEqual({ status: 'suspended', platform: '', team: 'north', training: '' });
  });

  it('filters by status, platform and team', () => {
    const f = { status: '', platform: '', team: '', training: '' };
    expect(applyFilter(list, f).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(applyFilter(list, { ...f, platform: 'facebook' }).map((a) => a.id)).toEqual(['b']);
    expect(applyFilter(list, { ...f, team: 'north', status: 'accredited' }).map((a) => a.id)).toEqual(['a']);
    expect(teamsOf(list)).toEqual(['north', 'south']);
  });

  it('filters by training expiry', () => {
    expect(matchesTraining('2025-02-01', 'expired', now)).toBe(true);
    expect(matchesTraining('2025-03-20', 'expired', now)).toBe(false);
    expect(matchesTraining('2025-03-20', '30', now)).toBe(true);
    expect(matchesTraining('2025-06-20', '30', now)).toBe(false);
    expect(matchesTraining('none', '30', now)).toBe(true);
    expect(matchesTraining(undefined, '30', now)).toBe(false);
    const training = new Map([['a', '2025-03-10'], ['b', '2026-01-01']]);
    expect(applyFilter(list, { status: '', platform: '', team: '', training: '30' }, training, now).map((a) => a.id)).toEqual(['a']);
  });
});
