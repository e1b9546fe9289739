import { describe, expect, it } from 'vitest';
import { lookup, normaliseHandle, PUBLIC_FIELDS, registerCsv, registerJson, toPublic, type PublicAccount } from './register.js';
import type { RegisterRow } from './source.js';

const row = (over: Partial<RegisterRow>): RegisterRow => ({
  platform: 'x', handle: '@NorthshirePolice', url: 'https://x.com/NorthshirePolice', kind: 'force', team: null, status: 'accredited',
  forceCode: 'nsh', forceName: 'Northshire Police', ...over,
});

describe('public register rows', () => {
  it('shows official accounts with their team or role', () => {
    expect(toPublic(row({}))).toEqual({ platform: 'x', handle: '@NorthshirePolice', url: 'https://x.com/NorthshirePolice', forceCode: 'nsh', forceName: 'Northshire Police', teamOrRole: 'Force account', official: true });
    expect(toPublic(row({ kind: 'team', team: 'Roads Policing' })).teamOrRole).toBe('Roads Policing');
    expect(toPublic(row({ kind: 'individual', team: 'Rural Crime' })).teamOrRole).toBe('Officer account, Rural Crime');
    expect(toPublic(row({ status: 'reinstated' })).official).toBe(true);
  });

  it('shows suspended and closed accounts as not official, with nothing but platform, handle and force', () => {
    for (const status of ['suspended', 'closed']) {
      const p = toPublic(row({ status, kind: 'individual', team: 'Rural Crime' }));
      expect(p).toMatchObject({ official: false, url: null, teamOrRole: null });
    }
  });

  it('JSON and CSV carry exactly the public fields', () => {
    const rows = [toPublic(row({})), toPublic(row({ handle: '@old', status: 'closed' }))];
    const json = registerJson(rows, '2025-03-01') as { accounts: Array<Record<string, unknown>> };
    for (const a of json.accounts) expect(Object.keys(a)).toEqual([...PUBLIC_FIELDS]);
    expect(registerCsv(rows).split('\r\n')).toEqual([
      PUBLIC_FIELDS.join(','),
      'x,@NorthshirePolice,https://x.com/NorthshirePolice,nsh,Northshire Police,Force account,yes',
      'x,@old,,nsh,Northshire Police,,no',
      '',
    ]);
  });
});

describe('handle lookup', () => {
  const reg: PublicAccount[] = [
    toPublic(row({})),
    toPublic(row({ platform: 'mastodon', handle: '@northshire@police.social' })),
    toPublic(row({ platform: 'facebook', handle: 'NorthshirePolice', status: 'closed' })),
  ];

  it('normalises @, case, spaces and profile addresses', () => {
    expect(normaliseHandle('  @@NorthshirePolice ')).toBe('northshirepolice');
    expect(normaliseHandle('https://x.com/NorthshirePolice/')).toBe('northshirepolice');
    expect(normaliseHandle('https://police.social/@northshire')).toBe('northshire');
    expect(normaliseHandle('http://[bad')).toBe('');
  });

  it('finds the account on each platform, and a Mastodon user by name', () => {
    expect(lookup(reg, '@northshirepolice').map((a) => [a.platform, a.official])).toEqual([['x', true], ['facebook', false]]);
    expect(lookup(reg, 'northshirepolice', 'facebook').map((a) => a.official)).toEqual([false]);
    expect(lookup(reg, 'northshire').map((a) => a.platform)).toEqual(['mastodon']);
    expect(lookup(reg, '@')).toEqual([]);
    expect(lookup(reg, 'northshirepolic')).toEqual([]);
  });
});
