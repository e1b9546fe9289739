import { describe, expect, it } from 'vitest';
import { needsCurrentTraining, transitionProblem, TRANSITIONS } from './lifecycle.js';
import { ACCOUNT_STATUSES, type AccountStatus } from './model.js';

describe('account lifecycle', () => {
  const allowed: Array<[AccountStatus, AccountStatus]> = [
    ['applied', 'accredited'], ['applied', 'closed'], ['accredited', 'suspended'], ['accredited', 'closed'],
    ['suspended', 'reinstated'], ['suspended', 'closed'], ['reinstated', 'suspended'], ['reinstated', 'closed'],
  ];
  for (const from of ACCOUNT_STATUSES) {
    for (const to of ACCOUNT_STATUSES) {
      const ok = allowed.some(([f, t]) => f === from && t === to);
      it(`${from} → ${to} is ${ok ? 'allowed' : 'refused'}`, () => {
        const req = { to, reasonCategory: to === 'closed' ? 'leaver' as const : null, reason: to === 'suspended' ? 'r' : null };
        expect(transitionProblem(from, req) === null).toBe(ok);
      });
    }
  }

  it('needs a category to close and a reason to suspend', () => {
    expect(transitionProblem('accredited', { to: 'closed' })).toMatch(/reason category/);
    expect(transitionProblem('accredited', { to: 'suspended' })).toMatch(/needs a reason/);
    expect(transitionProblem('applied', { to: 'accredited', reasonCategory: 'other' })).toMatch(/only for closing/);
    expect(transitionProblem('suspended', { to: 'reinstated', conditions: ['training'] })).toMatch(/only for suspensions/);
  });

  it('needs current training to accredit, and to reinstate after a training suspension', () => {
    expect(needsCurrentTraining('applied', { to: 'accredited' }, [])).toBe(true);
    expect(needsCurrentTraining('suspended', { to: 'reinstated' }, ['training'])).toBe(true);
    expect(needsCurrentTraining('suspended', { to: 'reinstated' }, ['supervisor_review'])).toBe(false);
    expect(needsCurrentTraining('accredited', { to: 'closed', reasonCategory: 'leaver' }, [])).toBe(false);
  });

  it('closed is final', () => {
    expect(TRANSITIONS.closed).toEqual([]);
  });
});
