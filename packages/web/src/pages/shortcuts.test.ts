import { describe, expect, it } from 'vitest';
import { move, shortcutFor } from './shortcuts.js';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('review shortcuts', () => {
  it('maps j k c d x', () => {
    expect(['j', 'k', 'c', 'd', 'x'].map((k) => shortcutFor(key(k), { tagName: 'BODY' }))).toEqual(['next', 'prev', 'confirm', 'dismiss', 'select']);
    expect(shortcutFor(key('q'), null)).toBeNull();
  });
  it('stays out of the way while typing or with modifiers', () => {
    expect(shortcutFor(key('c'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(shortcutFor(key('c'), { tagName: 'SELECT' })).toBeNull();
    expect(shortcutFor(key('c'), { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(shortcutFor(key('c', { ctrlKey: true }), { tagName: 'BODY' })).toBeNull();
  });
  it('moves within bounds', () => {
    expect(move(0, 3, -1)).toBe(0);
    expect(move(2, 3, 1)).toBe(2);
    expect(move(1, 3, 1)).toBe(2);
    expect(move(5, 0, 1)).toBe(0);
  });
});
