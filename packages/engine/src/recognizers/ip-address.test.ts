import { describe, expect, it } from 'vitest';
import { testRecognizer } from '../testing/recognizer-tester.js';
import { ipAddressRecognizer, mayHoldV6 } from './ip-address.js';

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

describe('mayHoldV6 (gate before the IPv6 regex)', () => {
  it('passes two colons in one hex run and rejects clock times', () => {
    expect(mayHoldV6('host ::1 up')).toBe(true);
    expect(mayHoldV6('2001:db8::ff00:42:8329')).toBe(true);
    expect(mayHoldV6('fe80:0:0:0:0:0:0:1')).toBe(true);
    expect(mayHoldV6('at 10:30 and 11:45, done')).toBe(false);
    expect(mayHoldV6('11:45: a candidate the regex then rejects')).toBe(true);
    expect(mayHoldV6('RT @x: hello: world')).toBe(false);
    expect(mayHoldV6('no colon')).toBe(false);
  });
});
