/**
 * Every item of the "normal" list in guidelines.md, as posts a force really
 * writes: the whole engine (all recognisers and rules) must not ask for review
 * or block. A checker that cries wolf on these gets switched off.
 */
import { describe, expect, it } from 'vitest';
import { check } from './pipeline/check.js';
import { TEST_NOW } from './testing/rule-tester.js';

const NORMAL: Record<string, string[]> = {
  'force numbers and channels': [
    'Call 999 in an emergency. For anything else call 101 or use Live Chat on our website.',
    'You can report anonymously to Crimestoppers on 0800 555 111.',
    'Need medical help that is not an emergency? Call 111.',
    'Email us at 101@northants.police.uk or visit https://www.northants.police.uk/report',
  ],
  'crime reference and incident numbers': [
    'If you have information please call 101 and quote 20BE/58221U/21.',
    'Anyone who saw the collision is asked to call 101 quoting 691 of 26/01/2020.',
    'Please quote ref 961/24Jul when you get in touch.',
    'Call 101 quoting incident number 345 of 12 May.',
  ],
  'names, ages and towns of people charged, convicted, jailed or sentenced': [
    "Kaine O'Connor, 24, of Manchester was jailed for four years at Manchester Crown Court.",
    'John Brown, 34, of Kettering has been charged with burglary and will appear at Northampton Magistrates\' Court on 4 June.',
    'Sarah Jones, 41, of Corby was sentenced to 18 months for fraud.',
    'Mark Taylor, 29, from Wellingborough pleaded guilty to dangerous driving and was banned for three years.',
  ],
  'named officers and staff in their role, police dogs and horses, partner handles': [
    'PC Andrew Harper was a dedicated officer who will be sorely missed.',
    'DCI Smith said: "We will not tolerate knife crime in our county."',
    'Well done to PD Max and his handler PC Jones, who tracked a suspect across three fields last night.',
    'Thanks to @NorthantsFire and @EMAS_NHS for their help at the scene this morning.',
  ],
  'names of people who have died, once formally identified': [
    'The family of Gedeon Ngwendema, 21, have paid tribute to him. Our thoughts are with them.',
    'Amy Walker, who died after a collision on the A43, has been formally identified. Her family are being supported by specially trained officers.',
  ],
  'missing-person and wanted appeals, found updates': [
    'Have you seen Amy Walker, 14, who is missing from Corby? She was last seen on Friday. Call 999 quoting 123 of 12/05.',
    'Wanted: Darren Wells, 31, is wanted on recall to prison. Do not approach him; call 999.',
    'Amy has been found safe and well. Thank you for sharing our appeal.',
    'Update: the man we wanted to speak to about the burglary has been arrested. Thanks for sharing.',
  ],
  'public places and road names in incident reports': [
    'Collision on the A43 at Kettering: please avoid the area while emergency services are at the scene.',
    'Officers are dealing with disorder in Shad Thames. Please avoid the area.',
    'The M1 is closed northbound between J15 and J16 after a collision.',
    'Burglaries reported on Elm Street and Oak Road overnight. Lock your doors and windows.',
  ],
  'replies to the public by handle asking them to use a private channel': [
    '@jsmith Sorry to hear this. Please DM us your details or call 101 so we can help.',
    '@sarah_k1990 Thanks for letting us know. Please report it online or via Live Chat rather than here.',
    '@localresident please don\'t post personal details here; send us a direct message instead.',
  ],
};

describe('normal police posts are not flagged for review or block', () => {
  for (const [item, posts] of Object.entries(NORMAL)) {
    for (const text of posts) {
      it(`${item}: ${text}`, () => {
        const r = check({ text }, undefined, { now: TEST_NOW });
        const serious = r.findings.filter((f) => f.severity === 'review' || f.severity === 'block');
        expect(serious.map((f) => `${f.rule} ${text.slice(f.ranges[0]?.start ?? 0, f.ranges[0]?.end ?? 0)}`)).toEqual([]);
      });
    }
  }
});

describe('the guideline examples: violating posts are caught and their rewrites pass', () => {
  const pairs: [string, string, string][] = [
    ['P1', 'A 15-year-old girl from Hillside Academy was raped on Elm Street',
      "We're investigating a report of a serious sexual offence in Kettering on 3 May. Specialist officers are supporting the victim."],
    ['P2', 'Jake Smith, 16, of Oak Road, appeared at youth court', 'A 16-year-old boy from Northampton appeared at youth court charged with robbery.'],
    ['P4', 'John Brown, 34, arrested on suspicion of burglary',
      'A 34-year-old man from Kettering has been arrested on suspicion of burglary and remains in custody.'],
    ['P5', 'A man was arrested at 12 Elm Street in Kettering', 'A man was arrested in Kettering'],
    ['P6', 'Thanks Sarah (07700 900123) for reporting', 'Thanks to the caller who reported this'],
    ['L1', "We've charged the thug who did this, he has a string of previous convictions",
      "A 25-year-old man has been charged with assault and will appear at Northampton Magistrates' Court on 4 June."],
  ];
  for (const [rule, bad, good] of pairs) {
    it(`${rule}: flags the violating example`, () => {
      const r = check({ text: bad }, undefined, { now: TEST_NOW });
      expect(r.findings.map((f) => f.rule)).toContain(rule);
      expect(['review', 'block']).toContain(r.verdict);
    });
    it(`${rule}: passes the compliant example`, () => {
      const r = check({ text: good }, undefined, { now: TEST_NOW });
      expect(r.findings.filter((f) => f.severity === 'review' || f.severity === 'block')).toEqual([]);
    });
  }
  it('the combined rewrite of a violating post no longer blocks for the same rule', () => {
    const r = check({ text: 'John Brown, 34, arrested on suspicion of burglary' }, undefined, { now: TEST_NOW });
    expect(r.rewrite).toBeDefined();
    const again = check({ text: r.rewrite! }, undefined, { now: TEST_NOW });
    expect(again.findings.filter((f) => f.rule === 'P4')).toEqual([]);
  });
});
