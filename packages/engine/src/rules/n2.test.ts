import type { Policy } from '../policy/types.js';
import { testRule } from '../testing/rule-tester.js';
import { n2Rule } from './n2.js';

// TEST_NOW is 10 March 2026: inside the window below.
const IN_WINDOW: Policy = {
  id: 'n2-window', version: '1', name: 'force in purdah',
  election: {
    windows: [{ start: '2026-03-01', end: '2026-05-07', name: 'PCC pre-election period' }],
    candidates: ['Jane Whitfield', 'Tom Okafor'],
    parties: ['Kettering First'],
    contact: 'the Corporate Communications election desk',
  },
};
const AFTER: Policy = { ...IN_WINDOW, id: 'n2-after', election: { ...IN_WINDOW.election, windows: [{ start: '2026-01-01', end: '2026-03-09' }] } };

testRule(n2Rule, {
  valid: [
    { text: 'Our Police and Crime Commissioner visited the Corby hub today.', name: 'no window in the default policy' },
    { text: 'Our Police and Crime Commissioner visited the Corby hub today.', policy: AFTER, name: 'window ended yesterday' },
    { text: 'Three arrests after a burglary spree in Rothwell. Thanks to everyone who called in.', policy: IN_WINDOW },
    { text: 'Forced labour: know the signs and call the Modern Slavery Helpline.', policy: IN_WINDOW },
    { text: 'Great to see so many people at the Kettering bike marking event.', policy: IN_WINDOW },
    { text: 'Delighted to welcome Jane Whitfield to our station today.', policy: AFTER, name: 'candidate outside the window' },
  ],
  invalid: [
    { text: 'Delighted to welcome Jane Whitfield to our station today.', policy: IN_WINDOW, messageId: 'candidate', severity: 'block',
      flagged: 'Jane Whitfield' },
    { text: 'Our Police and Crime Commissioner visited the Corby hub today.', policy: IN_WINDOW, messageId: 'election', severity: 'review' },
    { text: 'Hustings for the PCC election are at Kettering Arts Centre tonight.', policy: IN_WINDOW, messageId: 'election' },
    { text: 'Thanks to the Conservative councillors who joined our patrol.', policy: IN_WINDOW, messageId: 'party', flagged: 'Conservative councillors' },
    { text: 'Thanks to Kettering First for the new CCTV.', policy: IN_WINDOW, messageId: 'party' },
    { text: 'Tom 0kafor popped in to see the response team.', policy: IN_WINDOW, messageId: 'candidate', name: 'candidate with leetspeak' },
  ],
});
