import { testRecognizer } from '../testing/recognizer-tester.js';
import { personRecognizer } from './person.js';

testRecognizer(personRecognizer, {
  positive: [
    { text: 'PC Andrew Harper attended the scene', expect: [{ surface: 'PC Andrew Harper', type: 'OFFICER' }] },
    { text: 'Thanks to DCI Smith and the team', expect: [{ surface: 'DCI Smith', type: 'OFFICER' }] },
    { text: 'Well done PC 1234 Jones', expect: [{ surface: 'PC 1234 Jones', type: 'OFFICER' }] },
    { text: 'Mr Brown was arrested last night', expect: ['Mr Brown'] },
    { text: 'Mrs Patel was found safe and well', expect: ['Mrs Patel'] },
    { text: 'Our spokesperson Jane Doe said', expect: [{ surface: 'Jane Doe', type: 'OFFICER' }], policy: { id: 't', version: '1', name: 't', allow: { officerNames: ['Jane Doe'] } } },
  ],
  negative: [
    'Officers attended a collision on the A43',
    'Please call 101 with any information',
    'we are out on patrol tonight',
    'Stay safe this weekend',
    'Thanks for all your support',
  ],
});
