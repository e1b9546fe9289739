import { testRule } from '../testing/rule-tester.js';
import { p2 } from './p2.js';

testRule(p2, {
  valid: [
    'A 16-year-old boy from Northampton appeared at youth court charged with robbery.',
    'Well done to the pupils of Hillside Academy who won the road safety poster competition!',
    'A 15-year-old has been arrested on suspicion of criminal damage in Wellingborough.',
    'Our PCSOs visited St Mary\'s Primary School to teach pupils about stranger danger.',
    'John Brown, 34, of Kettering has been charged with assaulting a teenager.',
  ],
  invalid: [
    { text: 'Jake Smith, 16, of Oak Road, appeared at youth court', messageId: 'name', flagged: 'Jake Smith', severity: 'block',
      output: 'A 16-year-old young person of Oak Road, appeared at youth court' },
    { text: 'A 14-year-old boy from Hillside Academy was assaulted outside the shops', messageId: 'school', flagged: 'Hillside Academy' },
    { text: 'Emily Clarke (15) was a witness to the stabbing and we thank her', messageId: 'name', flagged: 'Emily Clarke' },
    { text: 'A schoolboy who lives at 22 Park Road was attacked on his way home', messageId: 'address', flagged: '22 Park Road' },
    { text: 'Two teenagers, Liam Hart, 17, and a 16-year-old, were arrested for robbery', messageId: 'name', flagged: 'Liam Hart' },
  ],
});
