import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './default.js';
import { POLICY_PRESETS } from './presets.js';
import { POLICY_SCHEMA } from './schema.js';
import { validatePolicy } from './validate.js';

describe('policy schema and validation', () => {
  it('the published schema file equals the schema in code', () => {
    const file = JSON.parse(readFileSync(new URL('../../policy.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(POLICY_SCHEMA)));
  });

  it('accepts the default policy and every preset', () => {
    for (const p of [DEFAULT_POLICY, ...Object.values(POLICY_PRESETS)]) expect(validatePolicy(JSON.parse(JSON.stringify(p))).ok).toBe(true);
  });

  it.each([
    [null, '$', 'must be an object'],
    [[], '$', 'must be an object'],
    [{ id: 'x', version: '1.0.0' }, '$.name', 'is required'],
    [{ id: 'X Y', version: '1.0.0', name: 'n' }, '$.id', 'wrong format'],
    [{ id: 'x', version: '1', name: 'n' }, '$.version', 'wrong format'],
    [{ id: 'x', version: '1.0.0', name: 'n', rules: { P99: {} } }, '$.rules.P99', 'must be one of'],
    [{ id: 'x', version: '1.0.0', name: 'n', rules: { P4: { severity: 'maybe' } } }, '$.rules.P4.severity', 'must be one of'],
    [{ id: 'x', version: '1.0.0', name: 'n', colour: 'blue' }, '$.colour', 'not a known field'],
    [{ id: 'x', version: '1.0.0', name: 'n', protected: { entries: [{ hmac: 'Operation Nightjar', words: 2 }] } }, '$.protected.entries[0].hmac', 'wrong format'],
    [{ id: 'x', version: '1.0.0', name: 'n', thresholds: { person: 2 } }, '$.thresholds.person', 'at most 1'],
    [{ id: 'x', version: '1.0.0', name: 'n', election: { windows: [{ start: '2026-05-01', end: '2026-04-01' }] } }, '$.election.windows[0]', 'ends before'],
    [{ id: 'x', version: '1.0.0', name: 'n', allow: { phoneNumbers: '101' } }, '$.allow.phoneNumbers', 'must be an array'],
  ])('rejects %j at %s', (doc, path, message) => {
    const r = validatePolicy(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.path === path && p.message.includes(message))).toBe(true);
  });

  it('reports a bounded number of problems for a hostile document', () => {
    const doc = { id: 'x', version: '1.0.0', name: 'n', lexicon: Array.from({ length: 900 }, () => ({ rule: 'Q', terms: 5 })) };
    const r = validatePolicy(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.length).toBeLessThanOrEqual(50);
  });
});
