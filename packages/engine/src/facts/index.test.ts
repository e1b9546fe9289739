import { describe, expect, it } from 'vitest';
import { check } from '../pipeline/check.js';

const tags = (text: string): string[] => check({ text }, undefined, { rules: [] }).tags;

describe('facts: tags for stages, appeals and updates', () => {
  it.each([
    ['A 34-year-old man has been arrested on suspicion of burglary', ['stage:arrested']],
    ['John Brown, 24, has been charged with robbery and will appear at court', ['stage:charged']],
    ['Kaine Smith, 24, of Manchester was jailed for four years', ['stage:sentenced', 'stage:convicted']],
    ['Can you help us find Amy, 14, who is missing from Corby?', ['appeal:missing-person', 'context:child']],
    ['Amy has been found safe and well. Thank you for sharing', ['update:found']],
    ['Do you know this man? He is wanted in connection with a burglary', ['appeal:wanted']],
    ['Thanks for sharing our appeal, the man wanted for burglary has been arrested', ['update:arrested']],
    ['A man has been charged with rape', ['offence:sexual']],
  ])('%s', (text, want) => {
    const got = tags(text);
    for (const t of want) expect(got).toContain(t);
  });

  it('does not read "pleaded not guilty" as an acquittal', () => {
    const got = tags('He pleaded not guilty and the trial will start in June');
    expect(got).not.toContain('stage:acquitted');
  });

  it('does not tag a normal community post', () => {
    expect(tags('Great to meet so many of you at the Corby fun day today')).toEqual([]);
  });
});
