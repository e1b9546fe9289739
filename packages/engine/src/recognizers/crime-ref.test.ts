import { testRecognizer } from '../testing/recognizer-tester.js';
import { crimeRefRecognizer } from './crime-ref.js';

testRecognizer(crimeRefRecognizer, {
  positive: [
    { text: 'Please quote 20BE/58221U/21', expect: ['20BE/58221U/21'] },
    { text: 'call 101 quoting 691 of 26/01/2020', expect: ['691 of 26/01/2020'] },
    { text: 'ref 961/24Jul', expect: ['961/24Jul'] },
    { text: 'Crime number 41/12345/24.', expect: ['41/12345/24'] },
    { text: 'incident 1234 of 12 May', expect: ['1234 of 12 May'] },
  ],
  negative: [
    'Please quote this tweet',
    'for reference, see our website',
    'log in to the portal',
    'Call 101 today',
    'Incident on the A43',
  ],
});
