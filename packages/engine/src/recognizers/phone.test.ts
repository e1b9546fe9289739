import { testRecognizer } from '../testing/recognizer-tester.js';
import { phoneRecognizer } from './phone.js';

testRecognizer(phoneRecognizer, {
  positive: [
    { text: 'Thanks Sarah (07700 900123) for reporting', expect: ['07700 900123'] },
    { text: 'call 01604 888111 for the front desk', expect: ['01604 888111'] },
    { text: '+44 (0)20 7946 0958', expect: ['+44 (0)20 7946 0958'] },
    { text: 'Call 999 in an emergency, 101 otherwise', expect: [{ surface: '999', type: 'SERVICE_NUMBER' }, { surface: '101', type: 'SERVICE_NUMBER' }] },
    { text: 'Crimestoppers on 0800 555 111', expect: [{ surface: '0800 555 111', type: 'SERVICE_NUMBER', attrs: { allowed: true } }] },
    { text: 'Ring +33 1 42 68 53 00', expect: ['+33 1 42 68 53 00'] },
  ],
  negative: [
    'quote 691 of 26/01/2020',
    'Born in 1990, aged 34',
    '9171234567',
    'A total of 12345 miles',
    '0917123456',
  ],
});
