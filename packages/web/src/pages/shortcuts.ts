/**
 * Review-queue keyboard shortcuts: j/k move, c confirm, d dismiss, x select.
 * Single-character shortcuts are ignored while typing in a field and can be
 * switched off (WCAG 2.1.4).
 */

/** What a key does. */
export type ShortcutAction = 'next' | 'prev' | 'confirm' | 'dismiss' | 'select';

const KEYS: Record<string, ShortcutAction> = { j: 'next', k: 'prev', c: 'confirm', d: 'dismiss', x: 'select' };

/** The action for a key press, or null (modifier held, typing in a field, or an unbound key). */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: { tagName?: string; isContentEditable?: boolean } | null): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable) return null;
  return KEYS[e.key] ?? null;
}

/** Move the cursor within `[0, length)`. */
export function move(index: number, length: number, by: 1 | -1): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + by));
}
