import { testRule } from '../testing/rule-tester.js';
import { p3 } from './p3.js';

testRule(p3, {
  valid: [
    'A 17-year-old from Corby will appear at Northampton Crown Court with two co-defendants.',
    { text: 'Liam Hart, 17, will appear at Crown Court alongside two adults charged with robbery', name: 'proceedings: P2 blocks it instead' },
    'Congratulations to Amy Walker, 16, who won our cadet of the year award!',
    'Kaine Smith, 24, of Manchester was jailed for four years for robbery.',
    'Teenagers: if you are worried about knife crime, talk to us or to Fearless.',
    'Three men aged 19, 20 and 22 have been charged with affray.',
  ],
  invalid: [
    { text: 'Liam Hart, 17, spotted the stolen car and called us straight away', messageId: 'name', flagged: 'Liam Hart', severity: 'review' },
    { text: 'Thanks to Oliver Bennett, 15, who handed in the knife he found', messageId: 'name', flagged: 'Oliver Bennett' },
    { text: 'Ella Price (16) lost her phone to a theft in the town centre; it has been returned', messageId: 'name', flagged: 'Ella Price' },
    { text: 'Mason Reid, 17, from Rushden, gave a talk on knife crime at the youth club', messageId: 'name', flagged: 'Mason Reid' },
    { text: 'A stolen bike was returned to Chloe Adams, 14, thanks to quick work by the team', messageId: 'name', flagged: 'Chloe Adams' },
  ],
});
