/**
 * An ESLint-style rule tester: tables of valid and invalid posts, run through
 * the whole pipeline (all recognisers, this rule only). Duplicate cases are an
 * error, and each table needs at least five cases, as issue #2 asks.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';
import { DEFAULT_POLICY } from '../policy/default.js';
import type { Policy } from '../policy/types.js';
import type { Rule } from '../rules/types.js';
import type { Post, Severity } from '../types.js';

/** A post the rule must not flag. */
export interface ValidCase {
  text: string;
  post?: Partial<Post>;
  policy?: Policy;
  protectedListKey?: string;
  /** Why this is fine (shown in the test name). */
  name?: string;
}

/** A post the rule must flag. */
export interface InvalidCase extends ValidCase {
  messageId?: string;
  severity?: Severity;
  /** The flagged text of the first range, to check the range is right. */
  flagged?: string;
  /** The text after applying the first finding's suggestion. */
  output?: string;
}

/** Fixed time for date-dependent rules. */
export const TEST_NOW = new Date('2026-03-10T09:00:00Z');

/** Run a rule's tables. */
export function testRule(rule: Rule, tables: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const valid = tables.valid.map((v) => (typeof v === 'string' ? { text: v } : v));
  const seen = new Set<string>();
  for (const c of [...valid, ...tables.invalid]) {
    const key = JSON.stringify([c.text, c.post ?? null, c.policy?.id ?? null]);
    if (seen.has(key)) throw new Error(`${rule.meta.id}: duplicate test case: ${c.text}`);
    seen.add(key);
  }
  if (valid.length < 5 || tables.invalid.length < 5) {
    throw new Error(`${rule.meta.id}: at least 5 valid and 5 invalid cases are required`);
  }
  const run = (c: ValidCase) =>
    check({ ...c.post, text: c.text }, c.policy ?? DEFAULT_POLICY, {
      rules: [rule], now: TEST_NOW, protectedListKey: c.protectedListKey,
    }).findings.filter((f) => f.rule === rule.meta.id && f.severity !== 'track');

  describe(`rule ${rule.meta.id}`, () => {
    it('has complete meta', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.explanation.length).toBeGreaterThan(10);
      expect(rule.meta.guidance.length).toBeGreaterThan(5);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    for (const c of valid) {
      it(`valid: ${c.name ?? c.text}`, () => {
        expect(run(c).map((f) => f.messageId)).toEqual([]);
      });
    }
    for (const c of tables.invalid) {
      it(`invalid: ${c.name ?? c.text}`, () => {
        const found = run(c);
        expect(found.length, 'expected a finding').toBeGreaterThan(0);
        const f = found[0]!;
        if (c.messageId !== undefined) expect(found.map((x) => x.messageId)).toContain(c.messageId);
        if (c.severity !== undefined) expect(f.severity).toBe(c.severity);
        if (c.flagged !== undefined) {
          expect(found.flatMap((x) => x.ranges.map((r) => c.text.slice(r.start, r.end)))).toContain(c.flagged);
        }
        if (c.output !== undefined) expect(f.suggestion?.text).toBe(c.output);
      });
    }
  });
}

/** Run a rule that only tags (track findings) — checks tags instead. */
export function runForTags(rule: Rule, text: string, post: Partial<Post> = {}): { tags: string[]; track: number } {
  const r = check({ ...post, text }, DEFAULT_POLICY, { rules: [rule], now: TEST_NOW });
  return { tags: r.tags, track: r.findings.filter((f) => f.rule === rule.meta.id && f.severity === 'track').length };
}
