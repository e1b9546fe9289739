import { testRule } from '../testing/rule-tester.js';
import { l1 } from './l1.js';

testRule(l1, {
  valid: [
    'A 25-year-old man has been charged with assault and will appear at Northampton Magistrates\' Court on 4 June.',
    'Kaine Smith, 24, who has previous convictions for robbery, was jailed for four years.',
    'CCTV shows how quickly a car can be stolen: lock your doors.',
    'We are appealing for information after a burglary in Corby.',
    'A man has been arrested on suspicion of theft and remains in custody.',
  ],
  invalid: [
    { text: 'A man has been charged with assault, he has a string of previous convictions', messageId: 'character', severity: 'block',
      output: 'A man has been charged with assault' },
    { text: 'A man has been arrested for the burglary. He is well known to police.', messageId: 'character' },
    { text: 'A woman has been charged with theft after CCTV showed her taking the bag', messageId: 'evidence' },
    { text: 'Got him! A man has been arrested after the robbery at the bank', messageId: 'guilt' },
    { text: 'The burglar has been arrested and remains in custody', messageId: 'guilt', flagged: 'The burglar' },
  ],
});
