import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';
import { hashProtectedTerm } from '../policy/protected.js';
import type { Policy } from '../policy/types.js';
import { testRule } from '../testing/rule-tester.js';
import { w1 } from './w1.js';

const KEY = 'test-key-not-a-secret';
const policy: Policy = {
  id: 'test-force', version: '1.0.0', name: 'Test force',
  protected: {
    keyId: 'k1',
    entries: [
      hashProtectedTerm(KEY, 'Operation Nightjar', { label: 'Op ref 12' }),
      hashProtectedTerm(KEY, 'Bellwood', { label: 'Case 7' }),
      hashProtectedTerm(KEY, 'Old Mill Farm', { label: 'Embargo 3', expires: '2026-01-01' }),
    ],
  },
};
const withKey = { policy, protectedListKey: KEY };

testRule(w1, {
  valid: [
    { text: 'Great work by the team on the operation today', ...withKey },
    { text: 'Nightjars are lovely birds', ...withKey },
    { text: 'Visit to Old Mill Farm today', ...withKey, name: 'expired entry no longer applies' },
    { text: 'Operation Nightjar', policy, name: 'no key: nothing can match' },
    { text: 'Bell wood is a place?', ...withKey, name: 'different word boundaries' },
  ],
  invalid: [
    { text: 'Officers on Operation Nightjar made three arrests', ...withKey, flagged: 'Operation Nightjar', severity: 'block', output: 'Officers on made three arrests' },
    { text: 'Update on the Bellwood case', ...withKey, flagged: 'Bellwood' },
    { text: 'OPERATION   nightjar starts now', ...withKey, flagged: 'OPERATION   nightjar' },
    { text: 'operation n1ghtj4r is go', ...withKey, flagged: 'operation n1ghtj4r' },
    { text: '#Bellwood update', ...withKey, flagged: '#Bellwood' },
  ],
});

describe('W1 protected list storage', () => {
  it('stores only a keyed hash, never the term', () => {
    const json = JSON.stringify(policy);
    expect(json).not.toMatch(/nightjar|bellwood|mill farm/i);
    expect(policy.protected!.entries[0]!.hmac).toMatch(/^[0-9a-f]{64}$/);
  });
  it('a different key matches nothing', () => {
    expect(check({ text: 'Operation Nightjar' }, policy, { protectedListKey: 'other', rules: [w1] }).findings).toEqual([]);
  });
  it('says which entry matched by its label only', () => {
    const r = check({ text: 'Operation Nightjar' }, policy, { protectedListKey: KEY, rules: [w1] });
    expect(r.findings[0]!.message).toContain('Op ref 12');
    expect(r.findings[0]!.message).not.toMatch(/nightjar/i);
  });
});
