import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Policy } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { fromResult, loadPolicy } from './policy.js';

const parsed: Policy = { id: 'f', version: '1', name: 'F' };
const dir = mkdtempSync(join(tmpdir(), 'peel-policy-'));
const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

describe('fromResult (shapes validatePolicy may return)', () => {
  it('accepts the policy itself, { policy }, true or nothing', () => {
    const other = { ...parsed, name: 'Other' };
    expect(fromResult(other, parsed)).toBe(other);
    expect(fromResult({ ok: true, policy: other }, parsed)).toBe(other);
    expect(fromResult(true, parsed)).toBe(parsed);
    expect(fromResult(undefined, parsed)).toBe(parsed);
  });

  it('turns failures into a message naming the first problems', () => {
    expect(() => fromResult({ ok: false, errors: [{ path: ['rules', 'P4'], message: 'unknown severity' }] }, parsed))
      .toThrow('rules.P4: unknown severity');
    expect(() => fromResult({ valid: false, errors: ['bad id'] }, parsed)).toThrow('bad id');
    expect(() => fromResult(false, parsed)).toThrow('not valid');
  });
});

describe('loadPolicy', () => {
  it('loads a policy file', async () => {
    const p = await loadPolicy(file('ok.json', '\uFEFF{"id":"x","version":"1.0.0","name":"X"}'));
    expect(p).toMatchObject({ id: 'x', version: '1.0.0' });
  });

  it('gives a usage error naming the file, not its content', async () => {
    for (const [name, content] of [['a.json', '{"id":'], ['b.json', '[1]'], ['c.json', '{"id":"x","version":"1"}']] as const) {
      const err = await loadPolicy(file(name, content)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(name);
    }
    await expect(loadPolicy(join(dir, 'missing.json'))).rejects.toThrow(/cannot read policy .*ENOENT/);
  });
});
