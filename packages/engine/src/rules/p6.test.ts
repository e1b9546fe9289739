import { testRule } from '../testing/rule-tester.js';
import { p6 } from './p6.js';

testRule(p6, {
  valid: [
    'Call 999 in an emergency, 101 otherwise, or Crimestoppers anonymously on 0800 555 111.',
    'Email us at 101@northants.police.uk or visit https://www.northants.police.uk',
    'Please call 101 quoting incident 123 of 26/01/2020.',
    'Stolen silver Ford Focus AB51 ABC taken from Corby overnight: have you seen it?',
    '@jsmith sorry to hear that, please DM us your details and we will call you back.',
  ],
  invalid: [
    { text: 'Thanks Sarah (07700 900123) for reporting', messageId: 'phone', flagged: '07700 900123', severity: 'review', output: 'Thanks Sarah for reporting' },
    { text: 'Found: a wallet with NI number AB 12 34 56 C, owner please call 101', messageId: 'nino', severity: 'block' },
    { text: 'The victim, born 12/03/1990, was treated in hospital', messageId: 'dob', flagged: '12/03/1990' },
    { text: 'Contact the witness at jane.doe@example.com if you have her bag', messageId: 'email', flagged: 'jane.doe@example.com' },
    { text: 'Found bank card 4111 1111 1111 1111 in Abington Park', messageId: 'card', severity: 'block' },
    { text: 'Mark Taylor was seen driving his car AB51 ABC dangerously', messageId: 'vrm', flagged: 'AB51 ABC' },
  ],
});
