import { testRule } from '../testing/rule-tester.js';
import { o3Rule } from './o3.js';

testRule(o3Rule, {
  valid: [
    'We will never reveal our sources. If you know something, tell us.',
    'Crimestoppers is 100% anonymous: call 0800 555 111. They never ask your name.',
    'Acting on information from the community, officers executed a warrant in Corby this morning.',
    'CCTV surveillance cameras in the town centre helped us trace the car.',
    'You can report anonymously online; your information is treated in confidence.',
    'Thanks to everyone who shared our appeal, the man has been found safe.',
  ],
  invalid: [
    { text: 'Thanks to our informant for the tip about the cannabis farm on Elm Road.', messageId: 'covert', severity: 'block', flagged: 'informant' },
    { text: 'Great work by the undercover team in Wellingborough today.', messageId: 'covert', flagged: 'undercover' },
    { text: 'The address has been under surveillance for weeks. Expect a knock soon.', messageId: 'covert',
      output: 'Expect a knock soon.' },
    { text: 'Our CHIS came good again 👍', messageId: 'covert', flagged: 'CHIS' },
    { text: 'A source told us exactly where the stolen bikes were being kept.', messageId: 'covert' },
    { text: 'Covert officers are in the town centre this weekend.', messageId: 'covert' },
    { text: 'Three dealers were jailed today after undercover officers bought heroin from them.', messageId: 'courtReport', severity: 'review' },
    { text: 'We put a tracking d3vice on the van.', messageId: 'covert', name: 'leetspeak' },
  ],
});
