/**
 * Hashing for the name tagger's features. Strings are hashed once per token
 * with FNV-1a over UTF-16 code units; features combine those token hashes with
 * a template id through an integer mixer, so no feature string is ever built.
 * Every function returns a signed 32-bit integer (`| 0`): an unsigned result
 * above 2^31 would be a heap-allocated double in V8, and these run ~600 times
 * per post.
 */

/** FNV-1a 32-bit offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a of `s[from, to)`, as a signed 32-bit integer. */
export function fnv1a(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** One more code unit into an FNV-1a state (for prefixes built a character at a time). */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/**
 * Mix a template id with a value hash (a murmur3-style finaliser). Distinct
 * templates must not collide on equal values, so the id goes in first.
 */
export function mix(template: number, value: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return h ^ (h >>> 15);
}

/** Combine two hashes into one value (order matters). */
export function pair(a: number, b: number): number {
  return Math.imul(a, 0x01000193) ^ b;
}
