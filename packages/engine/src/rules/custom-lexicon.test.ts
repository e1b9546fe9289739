import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';
import type { Policy } from '../policy/types.js';
import { l1 } from './l1.js';
import { l2 } from './l2.js';
import { l3 } from './l3.js';
import { p6 } from './p6.js';

const policy: Policy = {
  id: 'test-force', version: '1.0.0', name: 'Test',
  lexicon: [
    { rule: 'L2', terms: ['wrong un'], message: 'Local slang for an offender: describe the person neutrally.' },
    { rule: 'L1', terms: ['frequent flyer'], severity: 'review' },
    { rule: 'P6', terms: ['flat 4b'] },
    { rule: 'L3', terms: ['the Bellwood girl'] },
  ],
};

describe('force lexicon entries raise findings under their rule', () => {
  it.each([
    [l2, 'A wrong un was arrested last night', 'Local slang for an offender'],
    [l1, 'A man has been charged; he is a frequent flyer with us', 'force’s list'],
    [p6, 'Burglary reported at Flat 4B overnight', 'personal data'],
    [l3, 'Update on the Bellwood girl case', 'court order'],
  ])('%#', (rule, text, message) => {
    const r = check({ text }, policy, { rules: [rule] });
    const f = r.findings.find((x) => x.messageId === 'custom');
    expect(f).toBeDefined();
    expect(f!.message).toContain(message);
  });

  it('uses the entry severity when given', () => {
    const r = check({ text: 'A man has been charged; he is a frequent flyer with us' }, policy, { rules: [l1] });
    expect(r.findings.find((x) => x.messageId === 'custom')!.severity).toBe('review');
  });

  it('without the policy nothing custom is found', () => {
    expect(check({ text: 'A wrong un was arrested last night' }, undefined, { rules: [l2] }).findings.filter((f) => f.messageId === 'custom')).toEqual([]);
  });
});
