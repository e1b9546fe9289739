/** Every conduct rule matches its force's own lexicon entries (policy.lexicon), evasion included. */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/check.js';
import type { Policy } from '../../policy/types.js';
import { TEST_NOW } from '../../testing/rule-tester.js';
import { CONDUCT_RULES } from '../group-conduct.js';

describe('custom lexicon entries', () => {
  for (const rule of CONDUCT_RULES) {
    const id = rule.meta.id;
    const policy: Policy = {
      id: `custom-${id}`, version: '1', name: 'custom',
      // N2 applies only inside a pre-election window, its custom terms too.
      election: { windows: [{ start: '2026-03-01', end: '2026-03-31' }] },
      lexicon: [{ rule: id, terms: ['Operation Zorblax'], severity: 'block', message: 'Force list term.' }],
    };
    it(`${id} flags a force term, with the force's message and severity`, () => {
      const text = 'Update on 0peration Z0rblax for residents.';
      const r = check({ text }, policy, { rules: [rule], now: TEST_NOW });
      const f = r.findings.find((x) => x.messageId === 'custom');
      expect(f?.severity).toBe('block');
      expect(f?.message).toBe('Force list term.');
      expect(text.slice(f!.ranges[0]!.start, f!.ranges[0]!.end)).toBe('0peration Z0rblax');
    });
    it(`${id} ignores another rule's force terms`, () => {
      const other = { ...policy, id: `custom-other-${id}`, lexicon: [{ rule: id === 'S1' ? 'S2' as const : 'S1' as const, terms: ['Operation Zorblax'] }] };
      const r = check({ text: 'Update on Operation Zorblax.' }, other, { rules: [rule], now: TEST_NOW });
      expect(r.findings.filter((x) => x.messageId === 'custom')).toEqual([]);
    });
  }
});
