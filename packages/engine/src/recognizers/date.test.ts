import { testRecognizer } from '../testing/recognizer-tester.js';
import { dateRecognizer } from './date.js';

testRecognizer(dateRecognizer, {
  positive: [
    { text: 'On 26/01/2020 we attended', expect: ['26/01/2020'] },
    { text: 'Hearing on 4th June 2024', expect: ['4th June 2024'] },
    { text: 'dob 12/03/1990', expect: [{ surface: '12/03/1990', type: 'DATE_OF_BIRTH' }] },
    { text: 'born on 3 May 2001', expect: [{ surface: '3 May 2001', type: 'DATE_OF_BIRTH' }] },
    { text: '2024-03-15T14:30Z', expect: ['2024-03-15T14:30Z'] },
  ],
  negative: [
    'May is a good month',
    'we may attend',
    'Today is5/21',
    '13/13/2020',
    'He was 5 foot tall',
  ],
});
