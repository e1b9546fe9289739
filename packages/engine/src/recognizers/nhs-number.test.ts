import { testRecognizer } from '../testing/recognizer-tester.js';
import { nhsNumberRecognizer } from './nhs-number.js';

testRecognizer(nhsNumberRecognizer, {
  positive: [
    { text: 'NHS number 401 023 2137 on the form', expect: ['401 023 2137'] },
    { text: '401-023-2137', expect: ['401-023-2137'] },
    { text: 'patient 0032698674', expect: ['0032698674'] },
    { text: 'his nhs no. 221 395 1837', expect: ['221 395 1837'] },
    { text: 'Ref 4010232137 passed on', expect: ['4010232137'] },
  ],
  negative: [
    '401-023-2138',
    '401 023-2137',
    'Call 01604 888111 for the station',
    '12345678901',
    'Incident 1234567890 closed',
  ],
});
