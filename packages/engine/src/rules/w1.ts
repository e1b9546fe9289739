/**
 * W1: a term on the force's protected list (live operation names, names under
 * reporting restrictions, victims' names, embargoed information). The list
 * holds keyed hashes only; we hash every n-gram of the post of the lengths the
 * list uses and compare. Expired entries no longer apply.
 */
import { canonicalProtectedTerm } from '../policy/protected.js';
import { redact } from '../rewrite/edits.js';
import { createHmac, toHex, type Hmac } from '../util/sha256.js';
import { utf8Encode } from '../util/utf8.js';
import type { Rule, RuleFinding } from './types.js';

const hmacs = new WeakMap<Uint8Array, Hmac>();

/** Rule W1. */
export const w1: Rule = {
  meta: {
    id: 'W1',
    description: 'A term on the force\'s protected list.',
    defaultSeverity: 'block',
    explanation: 'Your force has marked this term as protected: it may be a live operation, a name under a reporting restriction, a victim\'s name or embargoed information. It must not be published. Ask the digital desk if you think it should no longer be protected.',
    guidance: 'Force protected list; Contempt of Court Act 1981; APP Media and communications.',
    messages: { term: 'This matches an entry on the force\'s protected list ({{label}}).' },
    fixable: true,
  },
  check(ctx) {
    const key = ctx.policy.protectedKey;
    const now = ctx.now.getTime();
    const entries = ctx.policy.protectedEntries.filter((e) => e.expires === undefined || Date.parse(e.expires) + 86_400_000 > now);
    if (key === null || entries.length === 0) return [];
    let hmac = hmacs.get(key);
    if (hmac === undefined) {
      hmac = createHmac(key);
      hmacs.set(key, hmac);
    }
    const byHash = new Map(entries.map((e) => [e.hmac.toLowerCase(), e]));
    const lengths = [...new Set(entries.map((e) => e.words))];
    const words = ctx.tokens.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'hashtag' || t.kind === 'handle');
    const out: RuleFinding[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const n of lengths) {
        if (i + n > words.length) continue;
        const gram = canonicalProtectedTerm(words.slice(i, i + n).map((t) => t.text.replace(/^[#@]/, '')).join(' '));
        if (gram.split(' ').length !== n) continue;
        const entry = byHash.get(toHex(hmac.digest(utf8Encode(gram))));
        if (entry === undefined) continue;
        const range = { start: words[i]!.start, end: words[i + n - 1]!.end };
        out.push({
          messageId: 'term', data: { label: entry.label ?? 'protected term' }, ranges: [range], confidence: 0.99,
          suggestion: { description: 'Remove the protected term.', edits: [redact(ctx.norm.text, range)] },
        });
      }
    }
    return out;
  },
};
