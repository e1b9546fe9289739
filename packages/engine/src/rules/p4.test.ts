import { testRule } from '../testing/rule-tester.js';
import { p4 } from './p4.js';

testRule(p4, {
  valid: [
    'A 34-year-old man from Kettering has been arrested on suspicion of burglary and remains in custody.',
    'John Brown, 34, of Kettering has been charged with burglary and will appear at court tomorrow.',
    'PC Andrew Harper arrested a man on suspicion of drink-driving on the A43.',
    'Kaine Smith, 24, of Manchester was jailed for four years after being arrested in May.',
    'Do you know Darren Wells? He is wanted in connection with a burglary in Corby.',
  ],
  invalid: [
    { text: 'John Brown, 34, arrested on suspicion of burglary', messageId: 'name', flagged: 'John Brown', severity: 'block',
      output: 'A 34-year-old person arrested on suspicion of burglary' },
    { text: 'We have arrested Mark Taylor on suspicion of assault. He remains in custody.', messageId: 'name', flagged: 'Mark Taylor' },
    { text: 'Sophie Turner, 29, has been released on bail pending further enquiries', messageId: 'name', flagged: 'Sophie Turner' },
    { text: 'Darren Wells has been arrested on suspicion of murder', messageId: 'approved', post: { approvalRef: 'SIO-2026-114' }, severity: 'review' },
    { text: 'Gary Newman was detained by officers last night on suspicion of theft', messageId: 'name', flagged: 'Gary Newman' },
  ],
});
