import { testRecognizer } from '../testing/recognizer-tester.js';
import { addressRecognizer } from './address.js';

testRecognizer(addressRecognizer, {
  positive: [
    { text: 'arrested at 12 Elm Street last night', expect: ['12 Elm Street'] },
    { text: 'Flat 3, 4a Oak Road', expect: ['Flat 3, 4a Oak Road'] },
    { text: 'a house on 27 Upper Church Lane', expect: ['27 Upper Church Lane'] },
    { text: 'lives at 5 high st', expect: ['5 high st'] },
    { text: 'Burglary at 102 Kingsley Park Terrace.', expect: ['102 Kingsley Park Terrace'] },
  ],
  negative: [
    'Collision on Elm Street this morning',
    '12 people on High Street were spoken to',
    'We made 3 arrests in Abington Park',
    'Road closed on the A43',
    'Disorder in Shad Thames',
  ],
});
