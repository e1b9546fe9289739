import { testRecognizer } from '../testing/recognizer-tester.js';
import { ibanRecognizer } from './iban.js';

testRecognizer(ibanRecognizer, {
  positive: [
    { text: 'Pay GB82 WEST 1234 5698 7654 32 now', expect: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'GB82WEST12345698765432', expect: ['GB82WEST12345698765432'] },
    { text: 'DE89 3704 0044 0532 0130 00', expect: ['DE89 3704 0044 0532 0130 00'] },
    { text: 'Dash: AL47-2121-1009-0000-0002-3569-8741', expect: ['AL47-2121-1009-0000-0002-3569-8741'] },
    { text: 'iban FR14 2004 1010 0505 0001 3M02 606.', expect: ['FR14 2004 1010 0505 0001 3M02 606'] },
  ],
  negative: [
    'GB82 WEST 1234 5698 7654 33',
    'AL47/2121/1009/0000/0002/3569/8741',
    'GI75 aWBK 0000 0000 7099 453',
    'NN12 3456',
    'GB82-WEST 1234 5698 7654 32',
  ],
});
