import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';
import { TEST_NOW } from '../testing/rule-tester.js';
import { r2 } from './r2.js';

// R2 tracks (severity "track"): the rule tester ignores track findings, so the tables are checked by tag here.
const track = (text: string) => check({ text }, undefined, { rules: [r2], now: TEST_NOW }).findings.filter((f) => f.rule === 'R2');

describe('rule R2 (track)', () => {
  it.each([
    'Do you know Darren Wells? He is wanted in connection with a burglary in Corby.',
    'Wanted: Gary Newman, 31, on recall to prison. Do not approach him; call 999.',
    'Thanks for sharing our appeal: the man wanted for the robbery has been arrested.',
    'We want to speak to this man about a theft. Do you recognise him?',
    'Update: Darren Wells, who was wanted for burglary, has been arrested and charged.',
  ])('tracks: %s', (text) => {
    const f = track(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.severity === 'track')).toBe(true);
  });
  it.each([
    'Great to meet you all at the fun day',
    'A man has been charged with burglary',
    'Road closed on the A43 after a collision',
    'Amy has been found safe and well',
    'Lock your sheds: bikes are being stolen in Corby',
  ])('does not track: %s', (text) => {
    expect(track(text)).toEqual([]);
  });
  it('has complete meta', () => {
    expect(r2.meta.defaultSeverity).toBe('track');
    expect(r2.meta.explanation.length).toBeGreaterThan(10);
  });
  it('never changes the verdict', () => {
    expect(check({ text: 'Wanted: Gary Newman, 31, on recall to prison.' }, undefined, { rules: [r2] }).verdict).toBe('pass');
  });
});

