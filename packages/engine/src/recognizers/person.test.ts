import { describe, expect, it } from 'vitest';
import { STRICT_POLICY } from '../policy/presets.js';
import { detectWith, testRecognizer } from '../testing/recognizer-tester.js';
import { personRecognizer } from './person.js';

testRecognizer(personRecognizer, {
  positive: [
    { text: 'PC Andrew Harper attended the scene', expect: [{ surface: 'PC Andrew Harper', type: 'OFFICER' }] },
    { text: 'Thanks to DCI Smith and the team', expect: [{ surface: 'DCI Smith', type: 'OFFICER' }] },
    { text: 'Well done PC 1234 Jones', expect: [{ surface: 'PC 1234 Jones', type: 'OFFICER' }] },
    { text: 'Mr Brown was arrested last night', expect: ['Mr Brown'] },
    { text: 'Mrs Patel was found safe and well', expect: ['Mrs Patel'] },
    { text: 'Our spokesperson Jane Doe said', expect: [{ surface: 'Jane Doe', type: 'OFFICER' }], policy: { id: 't', version: '1', name: 't', allow: { officerNames: ['Jane Doe'] } } },
    // A policy that would rather review a possible name: the tagger's runner-up (see names/types.ts).
    { text: 'well done to kai for finishing the course today', expect: ['kai'], policy: { id: 't', version: '1', name: 't', thresholds: { person: 0.01 } } },
  ],
  negative: [
    'Officers attended a collision on the A43',
    'Please call 101 with any information',
    'we are out on patrol tonight',
    'Stay safe this weekend',
    'Thanks for all your support',
  ],
});

describe('the strict preset', () => {
  it('counts a possible name the default policy does not', () => {
    const text = 'thanks to kai for handing in the wallet';
    expect(detectWith(personRecognizer, text).filter((e) => e.type === 'PERSON')).toEqual([]);
    const strict = detectWith(personRecognizer, text, STRICT_POLICY).filter((e) => e.type === 'PERSON');
    expect(strict.map((e) => text.slice(e.start, e.end))).toEqual(['kai']);
    expect(strict[0]!.confidence).toBeGreaterThanOrEqual(STRICT_POLICY.thresholds!.person!);
    expect(strict[0]!.explanation).toMatch(/second reading/);
  });

  it('leaves out a possible name on the policy\'s officer list (an officer named in role)', () => {
    const text = 'well done to kai for finishing the course';
    const low = { ...STRICT_POLICY, thresholds: { person: 0.01 } };
    expect(detectWith(personRecognizer, text, low).filter((e) => e.type === 'PERSON')).toHaveLength(1);
    const listed = { ...low, allow: { ...STRICT_POLICY.allow, officerNames: ['kai'] } };
    expect(detectWith(personRecognizer, text, listed).filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});
