/**
 * A one-entry memo keyed by object identity: the value computed for the most
 * recent key. Stages of one check share per-post work this way (the lexicon
 * scan, the name tags). It replaces WeakMaps there because a check runs to
 * completion before the next begins, so one entry is all that is ever hit,
 * and WeakMap entries are costly to add and to collect (ephemerons), per post.
 * Holding the last key alive until the next check is harmless.
 */
export interface MemoLast<K extends object, V> {
  /** The cached value for `key`, or undefined. */
  get(key: K): V | undefined;
  /** Remember `value` for `key` (forgetting the previous key). */
  set(key: K, value: V): void;
}

/** Create a one-entry identity memo. */
export function memoLast<K extends object, V>(): MemoLast<K, V> {
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return {
    get: (key) => (key === lastKey ? lastValue : undefined),
    set: (key, value) => {
      lastKey = key;
      lastValue = value;
    },
  };
}
