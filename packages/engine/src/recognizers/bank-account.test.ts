import { testRecognizer } from '../testing/recognizer-tester.js';
import { bankAccountRecognizer } from './bank-account.js';

testRecognizer(bankAccountRecognizer, {
  positive: [
    { text: 'account number 12345678 sort code 12-34-56', expect: ['12345678', { surface: '12-34-56', type: 'SORT_CODE' }] },
    { text: 'Acc 87654321 at the bank', expect: ['87654321'] },
    { text: 'sort code 40 11 62, a/c 55667788', expect: [{ surface: '40 11 62', type: 'SORT_CODE' }, '55667788'] },
    { text: 'Bank account: 11223344', expect: ['11223344'] },
    { text: 'sortcode 20-00-00', expect: [{ surface: '20-00-00', type: 'SORT_CODE' }] },
  ],
  negative: [
    'Incident 12345678 closed',
    'On 12-05-21 we attended',
    'Call 01604 888111',
    'Ref 87654321',
    'The sort of thing we see 12-34-56 times',
  ],
});
