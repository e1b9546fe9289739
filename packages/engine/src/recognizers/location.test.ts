import { testRecognizer } from '../testing/recognizer-tester.js';
import { locationRecognizer } from './location.js';

testRecognizer(locationRecognizer, {
  positive: [
    { text: 'Collision on the A43 near Kettering', expect: ['A43', 'Kettering'] },
    { text: 'A 34-year-old man from Northampton was charged', expect: ['Northampton'] },
    { text: 'Closure on the M1 tonight', expect: ['M1'] },
    { text: 'Disorder in Shad Thames', expect: ['Shad Thames'] },
    { text: 'Patrols across Corby this weekend', expect: ['Corby'] },
  ],
  negative: [
    'we are here to help',
    'Please call 101',
    'in the morning we will be out',
    'Thanks from all of us',
    'A1B2 is not a road',
  ],
});
