import { testRule } from '../testing/rule-tester.js';
import { l3 } from './l3.js';

testRule(l3, {
  valid: [
    'A 16-year-old, who cannot be named for legal reasons, appeared at youth court.',
    'The trial of a 40-year-old man continues at Northampton Crown Court.',
    'Mark Taylor was found guilty by the jury and will be sentenced in June.',
    'Reporting restrictions apply to this case; please do not speculate online.',
    'Jury service: thank you to everyone who serves.',
  ],
  invalid: [
    { text: 'Jake Smith, who has anonymity under a court order, was in court today', messageId: 'order', severity: 'block' },
    { text: 'The trial continues, and surely the jury will see through his story', messageId: 'speculation' },
    { text: 'We all know what happened: the trial of the man accused of murder starts today', messageId: 'speculation' },
    { text: 'Reporting restrictions cover Emily Clarke, the girl in this case', messageId: 'order' },
    { text: 'The defendant is clearly lying, the trial resumes tomorrow', messageId: 'speculation' },
  ],
});
