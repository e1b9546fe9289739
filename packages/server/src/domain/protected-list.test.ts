import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../storage/testing.js';
import { createDraft } from './drafts.js';
import { currentPolicy } from './forces.js';
import { addProtectedTerm, protectedKeyFor } from './protected-list.js';
import { createWorld, type World } from './testing.js';

process.env.PEEL_PROTECTED_KEY ??= 'test-protected-list-master-key';

describe('protected list (W1) on the server', () => {
  let w: World;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const o = await testTargets()[0].open();
    cleanup = o.cleanup;
    w = await createWorld(o.store);
  });
  afterAll(() => cleanup());

  it('stores only a hash, and a draft naming the term is blocked', async () => {
    const added = await addProtectedTerm(w.env, w.a.desk.actor, { term: 'Operation Nightjar', label: 'Op ref 12', expires: '2099-01-01' });
    expect(added).toEqual({ label: 'Op ref 12', expires: '2099-01-01', words: 2, policyVersion: expect.any(Number) });
    const policy = await currentPolicy(w.env, w.a.desk.actor);
    expect(JSON.stringify(policy.document)).not.toMatch(/nightjar/i);
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.monitored.id, text: 'Officers on operation NIGHTJAR made arrests today' });
    expect(d.verdict).toBe('block');
    expect(d.report.findings.map((f) => f.rule)).toContain('W1');
    expect(d.report.findings.find((f) => f.rule === 'W1')!.message).toContain('Op ref 12');
  });

  it('another force does not match the term (per-force keys)', async () => {
    expect(Buffer.from(protectedKeyFor(w.a.force.id)).equals(Buffer.from(protectedKeyFor(w.b.force.id)))).toBe(false);
    const d = await createDraft(w.env, w.b.officer.actor, { accountId: w.b.monitored.id, text: 'Officers on operation Nightjar made arrests today' });
    expect(d.report.findings.map((f) => f.rule)).not.toContain('W1');
  });

  it('keeps the term out of the audit log', async () => {
    const entries = await w.env.store.audit.range(0, 10_000);
    expect(JSON.stringify(entries)).not.toMatch(/nightjar/i);
  });

  it('refuses officers and empty terms', async () => {
    await expect(addProtectedTerm(w.env, w.a.officer.actor, { term: 'Bellwood' })).rejects.toThrow();
    await expect(addProtectedTerm(w.env, w.a.desk.actor, { term: '!!!' })).rejects.toThrow(/letters or digits/);
  });
});
