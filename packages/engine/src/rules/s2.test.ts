import { testRule } from '../testing/rule-tester.js';
import { s2Rule } from './s2.js';

testRule(s2Rule, {
  valid: [
    'Drink driving? Don’t risk it. Plan your lift home before you go out.',
    'Jones, 31, called the victim a "muppet" before punching him, the court heard. He was jailed for 18 months.',
    'Happy Easter from all at Kettering station 😂🐣',
    'Officers spent four hours with a man in crisis on the bridge last night. He is safe and getting support.',
    'Three people were arrested for shoplifting in Corby town centre this afternoon.',
    'Don’t do anything stupid with your savings: banks will never ask you to move money.',
    'Thick fog on the A14 this morning, please slow down.',
  ],
  invalid: [
    { text: 'Another idiot drink-driver 😂', messageId: 'insult', flagged: 'idiot drink-driver', output: 'Another driver 😂' },
    { text: 'Another idiot drink-driver arrested tonight 😂', messageId: 'laughing', flagged: '😂', name: 'laughing emoji beside an arrest' },
    { text: 'Enjoy your night in the cells, lads.', messageId: 'mock', severity: 'review' },
    { text: 'Caught this muppet doing 95 in a 50 on the A43.', messageId: 'insult', output: 'Caught this person doing 95 in a 50 on the A43.' },
    { text: 'Man tried to steal the car he had already crashed... you couldn’t make it up lol', messageId: 'mock' },
    { text: 'Our frequent flyer is back in custody again tonight.', messageId: 'insult', flagged: 'frequent flyer' },
    { text: 'Stupid drivers parking on the zig-zags outside school again.', messageId: 'insult',
      output: 'Drivers parking on the zig-zags outside school again.' },
    { text: 'Don’t be an idiot, don’t drink and drive.', messageId: 'generic', severity: 'advise' },
    { text: 'Arrested after crashing into a hedge haha', messageId: 'laughing', flagged: 'haha' },
    { text: 'Seized: no insurance, no licence, no brains.', messageId: 'mock', flagged: 'no brains' },
    { text: 'Numpt1es racing on the bypass again, now arrested.', messageId: 'insult', name: 'leetspeak' },
  ],
});
