import { describe, expect, it } from 'vitest';
import { csvField } from './render-csv.js';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const f of ['=1+1', '+cmd', '-2+3', '@SUM(A1:A2)', '\t=x', '@x y', '=HYPERLINK("http://e.test","x")']) {
      expect(csvField(f).replace(/^"/, '').startsWith("'"), f).toBe(true);
    }
  });

  it('keeps plain handles exactly (open data)', () => {
    for (const h of ['@NorthshirePolice', '@nsh_account_7', '@pc.smith@police.social']) expect(csvField(h)).toBe(h);
  });
});
