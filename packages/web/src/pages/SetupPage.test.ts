import { describe, expect, it } from 'vitest';
import { setupToken } from './SetupPage.js';

describe('setupToken', () => {
  it('reads the token from the fragment', () => {
    expect(setupToken('#token=abcdefghijklmnop')).toBe('abcdefghijklmnop');
    expect(setupToken('#token=short')).toBeNull();
    expect(setupToken('')).toBeNull();
  });
});
