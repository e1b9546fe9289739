import { testRule } from '../testing/rule-tester.js';
import { p5 } from './p5.js';

testRule(p5, {
  valid: [
    'A man was arrested in Kettering on suspicion of burglary.',
    'Officers were called to Elm Street after reports of a disturbance; a man was arrested.',
    'A 40-year-old woman was charged with theft and will appear at court.',
    'Burglary at 12 Elm Street overnight: call 101 if you saw anything.',
    'Two men were jailed for the robbery at 4 High Street last year.',
  ],
  invalid: [
    { text: 'A man was arrested at 12 Elm Street in Kettering', messageId: 'address', flagged: '12 Elm Street', output: 'A man was arrested in Kettering' },
    { text: 'A woman, 31, was arrested at 4a Oak Road on suspicion of fraud', messageId: 'address', flagged: '4a Oak Road' },
    { text: 'Drugs warrant: one man arrested at 27 Upper Church Lane, Corby', messageId: 'address', flagged: '27 Upper Church Lane' },
    { text: 'Arrested on suspicion of assault at 9 Victoria Terrace this morning', messageId: 'address', flagged: '9 Victoria Terrace' },
    { text: 'In custody: a 22-year-old from 15 Mill Lane, arrested for burglary', messageId: 'address', flagged: '15 Mill Lane' },
  ],
});
