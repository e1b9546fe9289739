import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { describeProblems, loadPolicy } from './policy.js';

const dir = mkdtempSync(join(tmpdir(), 'peel-policy-'));
const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

describe('describeProblems', () => {
  it('names the first three problems with their paths and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd', 'e'].map((k) => ({ path: `$.${k}`, message: 'is wrong' }));
    expect(describeProblems({ ok: false, problems })).toBe('$.a: is wrong; $.b: is wrong; $.c: is wrong (and 2 more)');
  });
});

describe('loadPolicy', () => {
  it('loads a valid policy file (a BOM is fine)', async () => {
    const p = await loadPolicy(file('ok.json', '\uFEFF{"id":"x","version":"1.0.0","name":"X"}'));
    expect(p).toMatchObject({ id: 'x', version: '1.0.0' });
  });

  it('gives a one-line usage error naming the file', async () => {
    for (const [name, content] of [['a.json', '{"id":'], ['b.json', '[1]'], ['c.json', '{"id":"x","version":"1.0.0"}']] as const) {
      const err = await loadPolicy(file(name, content)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(name);
      expect((err as Error).message).not.toContain('\n');
    }
    await expect(loadPolicy(join(dir, 'missing.json'))).rejects.toThrow(/cannot read policy .*ENOENT/);
  });

  it('points at the field that is wrong', async () => {
    const bad = file('sev.json', JSON.stringify({ id: 'x', version: '1.0.0', name: 'X', rules: { P4: { severity: 'loud' } } }));
    await expect(loadPolicy(bad)).rejects.toThrow(/\$\.rules\.P4\.severity/);
  });
});
