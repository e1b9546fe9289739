import { testRecognizer } from '../testing/recognizer-tester.js';
import { handleRecognizer } from './handle.js';

testRecognizer(handleRecognizer, {
  positive: [
    { text: 'Thanks @NorthantsPolice', expect: ['@NorthantsPolice'] },
    { text: '@jane please DM us', expect: ['@jane'] },
    { text: 'hi @a_b and @c', expect: ['@a_b', '@c'] },
    { text: 'Follow @NorthantsPolice', expect: [{ surface: '@NorthantsPolice', attrs: { allowed: true } }], policy: { id: 't', version: '1', name: 't', allow: { handles: ['@NorthantsPolice'] } } },
    { text: '(@KetteringPolice)', expect: ['@KetteringPolice'] },
  ],
  negative: [
    'email me at a@b.com',
    'no handles here',
    'at @ 10',
    '#NorthantsPolice',
    'Meet @ the station',
  ],
});
