import { testRule } from '../testing/rule-tester.js';
import { l2 } from './l2.js';

testRule(l2, {
  valid: [
    'A man has been arrested on suspicion of burglary.',
    'Kaine Smith, 24, was jailed for four years. A prolific offender is off our streets.',
    'The jury found him not guilty of all charges.',
    'Criminal damage to cars on Elm Street overnight: call 101.',
    'Thanks to everyone who came to the crime prevention stall.',
  ],
  invalid: [
    { text: 'Culprit caught!', messageId: 'word', severity: 'advise', output: 'Suspect caught!' },
    { text: 'This thug has been arrested on suspicion of assault', messageId: 'word', severity: 'block', flagged: 'thug' },
    { text: 'Scum like this will be charged and brought before the court', messageId: 'word' },
    { text: 'Caught red-handed: a man was arrested in the act of stealing a bike', messageId: 'word' },
    { text: 'The criminals responsible are now in custody', messageId: 'word', severity: 'block' },
  ],
});
