import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';
import { TEST_NOW } from '../testing/rule-tester.js';
import { r1 } from './r1.js';

// R1 tracks (severity "track"): the rule tester ignores track findings, so the tables are checked by tag here.
const track = (text: string) => check({ text }, undefined, { rules: [r1], now: TEST_NOW }).findings.filter((f) => f.rule === 'R1');

describe('rule R1 (track)', () => {
  it.each([
    'Have you seen Amy Walker, 14, who is missing from Corby?',
    'Concern for the welfare of a missing 80-year-old man from Daventry',
    'Amy has been found safe and well. Thank you for sharing our appeal.',
    'Missing: Jordan Hughes, last seen in Brackley on Friday',
    'Update: Peter Collins has been found. Thanks for sharing.',
  ])('tracks: %s', (text) => {
    const f = track(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'track')).toBe(true);
  });
  it.each([
    'Great to meet you all at the fun day',
    'A man has been charged with burglary',
    'Road closed on the A43 after a collision',
    'Thanks to PC Harper for his talk at the school',
    'Lock your sheds: bikes are being stolen in Corby',
  ])('does not track: %s', (text) => {
    expect(track(text)).toEqual([]);
  });
  it('has complete meta', () => {
    expect(r1.meta.defaultSeverity).toBe('track');
    expect(r1.meta.explanation.length).toBeGreaterThan(10);
  });
  it('never changes the verdict', () => {
    expect(check({ text: 'Have you seen Amy Walker, 14, who is missing from Corby?' }, undefined, { rules: [r1] }).verdict).toBe('pass');
  });
});

