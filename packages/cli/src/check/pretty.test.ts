import type { Finding, Report } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { formatPretty, verdictLine, wrap } from './pretty.js';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'P6', severity: 'review', messageId: 'm', message: 'A phone number.', explanation: 'Why it matters.',
  guidance: 'APP guidance.', ranges: [], confidence: 0.9, ...over,
});
const report = (findings: Finding[], verdict: Report['verdict']): Report => ({
  verdict, findings, entities: [], tags: [], engineVersion: '0', policyVersion: 'p@1',
});

describe('formatPretty', () => {
  const text = 'Hi 😀 call 07700 900123 now';
  const start = text.indexOf('07700');
  const r = report([finding({ ranges: [{ start, end: start + 12 }] })], 'review');

  it('puts carets under the range, counting display columns, not code units', () => {
    const lines = formatPretty(text, r, { color: false }).split('\n');
    expect(lines[0]).toBe(text);
    // The emoji is two code units and two columns.
    expect(lines[1]).toBe(`${' '.repeat(start)}${'^'.repeat(12)}`);
    // Two wide CJK characters (one unit, two columns each) and a combining accent (one unit, no column).
    const wide = 'Hi 日本 cafe\u0301 07700 900123';
    const w = wide.indexOf('07700');
    const out = formatPretty(wide, report([finding({ ranges: [{ start: w, end: w + 12 }] })], 'review'), { color: false });
    expect(out.split('\n')[1]).toBe(`${' '.repeat(w + 2 - 1)}${'^'.repeat(12)}`);
  });

  it('shows severity, rule, message, why, guidance, rewrite and the verdict', () => {
    const withRewrite = report([finding({
      ranges: [{ start, end: start + 12 }],
      suggestion: { description: 'Remove the number', edits: [], text: 'Hi 😀 call now' },
    })], 'review');
    const out = formatPretty(text, withRewrite, { color: false });
    expect(out).toContain('REVIEW  P6  A phone number.');
    expect(out).toContain('Why: Why it matters.');
    expect(out).toContain('Guidance: APP guidance.');
    expect(out).toContain('Suggestion: Remove the number');
    expect(out).toContain('Rewrite: Hi 😀 call now');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Verdict: REVIEW (1 finding: 1 review)');
  });

  it('uses no escape codes without colour, and coloured underlines with it', () => {
    expect(formatPretty(text, r, { color: false })).not.toContain('\x1b');
    const coloured = formatPretty(text, r, { color: true });
    expect(coloured).toContain('\x1b[4;33m07700 900123\x1b[0m');
    expect(coloured).not.toContain('^^^');
  });

  it('never passes control characters from the post to the terminal', () => {
    const evil = 'a\x1b[2Jb\u202ec 07700 900123';
    const s = evil.indexOf('07700');
    const out = formatPretty(evil, report([finding({ ranges: [{ start: s, end: s + 12 }] })], 'review'), { color: false });
    expect(out).not.toMatch(/[\x1b\u202e]/);
    expect(out.split('\n')[1]!.indexOf('^')).toBe(s);
  });

  it('cuts a long line around the range in the finding', () => {
    const long = `${'word '.repeat(100)}07700 900123${' more'.repeat(100)}`;
    const s = long.indexOf('07700');
    const out = formatPretty(long, report([finding({ ranges: [{ start: s, end: s + 12 }] })], 'review'), { color: false });
    const excerpt = out.split('\n').find((l) => l.startsWith('        …'));
    expect(excerpt).toBeDefined();
    expect(excerpt!.length).toBeLessThan(90);
    expect(excerpt).toContain('07700 900123');
  });

  it('shows the combined rewrite when several findings have one', () => {
    const sug = (t: string): Finding['suggestion'] => ({ description: 'd', edits: [], text: t });
    const two = { ...report([finding({ suggestion: sug('x') }), finding({ suggestion: sug('y') })], 'review'), rewrite: 'Hi call now' };
    expect(formatPretty(text, two, { color: false })).toContain('Suggested post: Hi call now\n');
    const one = { ...report([finding({ suggestion: sug('x') })], 'review'), rewrite: 'x' };
    expect(formatPretty(text, one, { color: false })).not.toContain('Suggested post');
  });

  it('prints only the verdict when there is nothing to say', () => {
    expect(formatPretty('hello', report([], 'pass'), { color: false })).toBe('Verdict: PASS (no findings)\n');
  });
});

describe('verdictLine', () => {
  it('counts findings by severity, highest first', () => {
    const fs = [finding({ severity: 'advise' }), finding({ severity: 'block' }), finding({ severity: 'advise' })];
    expect(verdictLine('block', fs, false)).toBe('Verdict: BLOCK (3 findings: 1 block, 2 advise)');
  });
});

describe('wrap', () => {
  it('wraps at the width with a hanging indent, and not at all without a width', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(wrap(text, undefined, '  ')).toBe(text);
    const lines = wrap(text, 30, '  ').split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines.slice(1)) expect(l.startsWith('  ')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text);
  });
});
