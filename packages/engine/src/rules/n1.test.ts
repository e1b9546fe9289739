import type { Policy } from '../policy/types.js';
import { testRule } from '../testing/rule-tester.js';
import { n1Rule } from './n1.js';

const FORCE: Policy = {
  id: 'n1-force', version: '1', name: 'force',
  election: { windows: [], candidates: ['Jane Whitfield'], parties: ['Kettering First'] },
};

testRule(n1Rule, {
  valid: [
    'Our Police and Crime Commissioner visited the Corby hub today to meet the team.',
    'Two men have been charged with forced labour offences after a joint operation with the GLAA.',
    'Vote for PD Finn in the Thin Blue Paw awards! Link below.',
    'This is a conservative estimate of the damage: around £20,000.',
    'Officers will be at polling stations on Thursday; remember to bring photo ID if you vote.',
    'Thanks to the staff of the Labour Ward at Kettering General for their help tonight.',
  ],
  invalid: [
    { text: 'Great to see the Lib Dems backing us on neighbourhood policing!', messageId: 'party', severity: 'review',
      flagged: 'Lib Dems', output: 'Great to see our partners backing us on neighbourhood policing!' },
    { text: 'Thanks to our local Labour councillor for joining the speed watch session.', messageId: 'party', flagged: 'Labour councillor' },
    { text: 'Get Brexit done and stop the boats!', messageId: 'slogan' },
    { text: 'Shame on the Tories for cutting our numbers. #ToriesOut', messageId: 'party' },
    { text: 'Please vote for the candidate who backs your police at the election.', messageId: 'vote' },
    { text: 'Delighted to welcome Jane Whitfield to our station today.', policy: FORCE, messageId: 'candidate' },
    { text: 'Thanks to Kettering First for the new CCTV in the park.', policy: FORCE, messageId: 'party' },
    { text: 'Proud to #VoteReformUK', messageId: 'party', flagged: '#VoteReformUK' },
    { text: 'Good to hear Labour promising more neighbourhood officers.', messageId: 'party', flagged: 'Labour',
      name: 'ambiguous name, capitalised, with a support cue' },
  ],
});
