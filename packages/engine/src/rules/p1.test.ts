import { testRule } from '../testing/rule-tester.js';
import { p1 } from './p1.js';

testRule(p1, {
  valid: [
    "We're investigating a report of a serious sexual offence in Kettering on 3 May. Specialist officers are supporting the victim.",
    'A 45-year-old man from Corby has been charged with rape and will appear at Northampton Crown Court on 4 June.',
    'Our school liaison officers visited Hillside Academy today to talk about online safety.',
    'A man has been jailed for sexual assault. Thank you to the victim for her courage in coming forward.',
    'Burglary at 12 Elm Street overnight: anyone with doorbell footage please call 101.',
    'If you have been affected by sexual violence, support is available 24/7 from our partners.',
  ],
  invalid: [
    { text: 'A 15-year-old girl from Hillside Academy was raped on Elm Street', messageId: 'school', flagged: 'Hillside Academy', severity: 'block',
      output: 'A 15-year-old girl from a local school was raped on Elm Street' },
    { text: 'A woman was sexually assaulted at 14 Mill Lane last night', messageId: 'address', flagged: '14 Mill Lane',
      output: 'A woman was sexually assaulted in the area last night' },
    { text: 'Sarah Jones was raped on her way home from work, we are appealing for witnesses', messageId: 'name', flagged: 'Sarah Jones' },
    { text: 'A 16-year-old girl was indecently assaulted on Queen Street in Kettering', messageId: 'street', flagged: 'Queen Street' },
    { text: 'John Smith, 52, was jailed for sexually abusing his stepdaughter over many years', messageId: 'relationship', flagged: 'his stepdaughter' },
  ],
});
