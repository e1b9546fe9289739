import { testRecognizer } from '../testing/recognizer-tester.js';
import { postcodeRecognizer } from './postcode.js';

testRecognizer(postcodeRecognizer, {
  positive: [
    { text: 'Stall outside the station, NN1 1DS, 10-12 today.', expect: ['NN1 1DS'] },
    { text: 'Found at SW1A 1AA in the early hours', expect: ['SW1A 1AA'] },
    { text: 'address given as m1 1aa', expect: ['m1 1aa'] },
    { text: 'From EC1A 1BB to W1A 1HQ', expect: ['EC1A 1BB', 'W1A 1HQ'] },
    { text: 'Post code: DN551PT', expect: ['DN551PT'] },
  ],
  negative: [
    'Collision on the M1 near junction 15',
    'Officers on the A43 this morning',
    'QA1 1AA is not a real postcode',
    'Call 101 quoting 1234 of 12 May',
    'ABCM11AADEF',
  ],
});
