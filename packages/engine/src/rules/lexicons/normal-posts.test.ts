/**
 * Normal police posts (synthetic, in the style of real force accounts) that
 * no conduct rule may flag: a checker that cries wolf on ordinary posts gets
 * switched off. Each post passes through the whole pipeline with only the
 * conduct rules.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../pipeline/check.js';
import { DEFAULT_POLICY } from '../../policy/default.js';
import { TEST_NOW } from '../../testing/rule-tester.js';
import { CONDUCT_RULES } from '../group-conduct.js';

const NORMAL: readonly string[] = [
  'Warrants were executed in Eastfield this morning. Two men aged 24 and 31 were arrested on suspicion of supplying class A drugs.',
  "We'll be at the Kettering Tesco tomorrow 10-12 for a crime prevention stall. Come and say hello!",
  'Drink driving? Don’t risk it. If you’re going out tonight, plan how you’re getting home.',
  'Kaine O’Connor, 24, of Manchester was jailed for four years at Manchester Crown Court today for robbery.',
  'Collision on the A43 at Kettering: the road is closed northbound. Please avoid the area and expect delays.',
  'Have you seen Amy, 15, from Corby? She was last seen yesterday on Elizabeth Street. Call 999 quoting log 691 of 26/01/2020.',
  'Update: Amy has been found safe and well. Thank you for sharing our appeal.',
  'PC Andrew Harper’s family have asked us to share their thanks for your support.',
  'Our police dog Finn found a man hiding in a garden in Rothwell last night. Good boy Finn!',
  '@JaneDoe1987 sorry to hear that. Please send us a DM with your details or call 101 so we can help.',
  'Scam alert: fraudsters are cold calling pretending to be your bank. Hang up and call 159.',
  'Report crime anonymously to Crimestoppers on 0800 555 111. They never ask your name.',
  'Join our Special Constabulary! Applications close next Friday: apply at www.northants.police.uk/join.',
  'Officers are currently at the scene of a fire on Station Road. Please keep clear so the fire service can work.',
  'Thanks to everyone who came to our PACT meeting at Desborough library last night.',
  'Burglary in Kettering: a house on Elm Road was broken into overnight. Anyone with information, call 101 quoting 20BE/58221U/21.',
  'A 34-year-old man has been charged with assault and will appear at Northampton Magistrates’ Court on 4 June.',
  'Speeding is a factor in many fatal collisions. Slow down, it is not worth it.',
  'Our new Chief Constable visited the Corby team today and thanked them for their hard work.',
  'Bikes stolen from the station car park? Mark your bike for free at our event on Saturday in Market Square.',
  'Do you recognise this man? We want to speak to him about a theft from Boots in Wellingborough. Quote crime ref 961/24Jul.',
  'The family of Gedeon Ngwendema, 21, have paid tribute to a “kind and caring son”.',
  'Response officers dealt with 212 calls for service over the bank holiday weekend.',
  'Smith admitted dangerous driving and was banned from driving for three years by the judge at Northampton Crown Court.',
  'Following reports of anti-social behaviour, we have increased patrols in the Queensway area.',
  'Police and Crime Commissioner Danielle Stone launched the new victims’ service today.',
  'Lock it or lose it: make sure your car is locked and keep valuables out of sight.',
  'Have a safe and happy Christmas from all of us at Northamptonshire Police.',
  'We’re recruiting police staff investigators. Find out more on our website.',
  'Thank you to Kettering Rotary for donating 50 bike locks to our neighbourhood team.',
  'Great work by PCSO Patel, who helped a lost elderly man find his way home in the snow.',
  'Man charged after cannabis factory found in Corby. He has been remanded in custody.',
  'If you are worried about someone’s mental health, you can call NHS 111 and choose the mental health option.',
  'Quote incident 123 of 12 March if you saw the crash on the A14 near junction 7.',
  'We executed a warrant on Victoria Street yesterday and seized cannabis and cash.',
  'Our Neighbourhood Team will be holding a beat surgery at Asda on Friday from 2pm to 4pm.',
  'A woman has died following a collision on the A6 in Rushden. Her family have been told.',
  'Detective Inspector Hughes said: “This was a callous attack on a vulnerable woman.”',
  'Fraud affects everyone. Visit Action Fraud online or call 0300 123 2040.',
  'Two shoplifters were caught on CCTV stealing from Boots in Corby. Do you know them?',
];

describe('normal posts pass every conduct rule', () => {
  for (const text of NORMAL) {
    it(text, () => {
      const r = check({ text }, DEFAULT_POLICY, { rules: CONDUCT_RULES, now: TEST_NOW });
      expect(r.findings.map((f) => `${f.rule}:${f.messageId}:${f.ranges.map((x) => text.slice(x.start, x.end)).join('|')}`)).toEqual([]);
    });
  }
});
