/**
 * Table tests for recognisers: each positive case lists the surfaces it must
 * find (with their type); each negative case must produce no entity of the
 * recogniser's types. Duplicates are an error.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline/check.js';
import { getCompiledPolicy } from '../policy/compile.js';
import { DEFAULT_POLICY } from '../policy/default.js';
import type { Policy } from '../policy/types.js';
import type { Recognizer } from '../recognizers/types.js';
import type { EntityType } from '../types.js';

/** A text that must yield these entities. */
export interface PositiveCase {
  text: string;
  /** Surfaces (as they appear in the text) that must be found; `type` defaults to the recogniser's first type. */
  expect: (string | { surface: string; type?: EntityType; attrs?: Record<string, string | number | boolean> })[];
  policy?: Policy;
}

/** Detect with one recogniser; surfaces are read from the original text. */
export function detectWith(r: Recognizer, text: string, policy: Policy = DEFAULT_POLICY) {
  const p = prepare(text, getCompiledPolicy(policy), [r]);
  return p.entities.map((e) => ({ ...e, surface: p.norm.text.slice(e.start, e.end) }));
}

/** Run a recogniser's tables. */
export function testRecognizer(r: Recognizer, tables: { positive: PositiveCase[]; negative: (string | { text: string; policy?: Policy })[] }): void {
  const seen = new Set<string>();
  const negative = tables.negative.map((n) => (typeof n === 'string' ? { text: n } : n));
  for (const t of [...tables.positive.map((p) => p.text), ...negative.map((n) => n.text)]) {
    if (seen.has(t)) throw new Error(`${r.meta.name}: duplicate case: ${t}`);
    seen.add(t);
  }
  describe(`recognizer ${r.meta.name}`, () => {
    for (const c of tables.positive) {
      it(`finds in: ${c.text}`, () => {
        const got = detectWith(r, c.text, c.policy);
        for (const want of c.expect) {
          const w = typeof want === 'string' ? { surface: want } : want;
          const type = w.type ?? r.meta.types[0];
          const hit = got.find((g) => g.surface === w.surface && g.type === type);
          expect(hit, `${type} "${w.surface}" in ${JSON.stringify(got.map((g) => [g.type, g.surface]))}`).toBeDefined();
          if (w.attrs !== undefined) expect(hit!.attrs).toMatchObject(w.attrs);
        }
      });
    }
    for (const c of negative) {
      it(`finds nothing in: ${c.text}`, () => {
        const got = detectWith(r, c.text, c.policy).filter((g) => r.meta.types.includes(g.type));
        expect(got.map((g) => [g.type, g.surface])).toEqual([]);
      });
    }
  });
}
