import { DEFAULT_POLICY, validatePolicy, type Policy } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { parseLines, setAllow, setElection, setRule } from './policyEdit.js';

const base: Policy = { id: 'test', version: '1.0.0', name: 'Test' };

describe('policy edits', () => {
  it('turns rules off and overrides severity, dropping defaults', () => {
    let p = setRule(base, 'S6', { enabled: false }, 'advise');
    expect(p.rules).toEqual({ S6: { enabled: false } });
    p = setRule(p, 'S6', { enabled: true }, 'advise');
    expect(p.rules).toBeUndefined();
    p = setRule(p, 'P6', { severity: 'block' }, 'review');
    expect(p.rules).toEqual({ P6: { severity: 'block' } });
    p = setRule(p, 'P6', { severity: 'review' }, 'review');
    expect(p.rules).toBeUndefined();
    expect(base.rules).toBeUndefined();
  });

  it('edits allow-lists from lines', () => {
    expect(parseLines(' 101 \n\n0800 555 111\n101')).toEqual(['101', '0800 555 111']);
    const p = setAllow(base, 'domains', ['northants.police.uk']);
    expect(p.allow).toEqual({ domains: ['northants.police.uk'] });
    expect(setAllow(p, 'domains', []).allow).toBeUndefined();
  });

  it('edits the election window and keeps the policy valid', () => {
    const p = setElection(base, [{ start: '2025-04-01', end: '2025-05-01', name: '' }, { start: '', end: '' }], ' Comms desk ');
    expect(p.election).toEqual({ windows: [{ start: '2025-04-01', end: '2025-05-01' }], contact: 'Comms desk' });
    expect(validatePolicy(p).ok).toBe(true);
    expect(setElection(p, [], '').election).toBeUndefined();
  });

  it('keeps the default policy valid through a round of edits', () => {
    const p = setAllow(setRule(DEFAULT_POLICY, 'P4', { severity: 'review' }, 'block'), 'handles', ['@northantspolice']);
    expect(validatePolicy(p).ok).toBe(true);
  });
});
