import { testRecognizer } from '../testing/recognizer-tester.js';
import { cardRecognizer } from './card.js';

testRecognizer(cardRecognizer, {
  positive: [
    { text: 'card number 4111 1111 1111 1111 was used', expect: ['4111 1111 1111 1111'] },
    { text: '5555-5555-5555-4444', expect: ['5555-5555-5555-4444'] },
    { text: 'Amex 3714 496353 98431', expect: ['3714 496353 98431'] },
    { text: 'my credit card: 122000000000003', expect: ['122000000000003'] },
    { text: '4012888888881881 stolen', expect: ['4012888888881881'] },
  ],
  negative: [
    '4012-8888-8888-1882',
    '1748503543012',
    '1234 5678 9012 3456',
    'Incident 0000000000000000',
    '4111 1111-1111 1111',
  ],
});
