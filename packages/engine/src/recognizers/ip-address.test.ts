import { testRecognizer } from '../testing/recognizer-tester.js';
import { ipAddressRecognizer } from './ip-address.js';

testRecognizer(ipAddressRecognizer, {
  positive: [
    { text: 'logged from 192.168.0.1 at noon', expect: ['192.168.0.1'] },
    { text: 'Server IP: 2001:db8::1', expect: ['2001:db8::1'] },
    { text: 'range 10.0.0.0/8', expect: ['10.0.0.0/8'] },
    { text: 'Connect to [2001:db8::1]:8080', expect: ['2001:db8::1'] },
    { text: 'fe80::1%eth0', expect: ['fe80::1%eth0'] },
  ],
  negative: [
    'my ip: 192.168.0',
    '300.1.1.1',
    'Meet at 10:30 by the station',
    '684D:1111:222:3333:4444:5555:77',
    'Score 12:30:45 final',
  ],
});
