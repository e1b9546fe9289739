import { testRule } from '../testing/rule-tester.js';
import { s6Rule } from './s6.js';

testRule(s6Rule, {
  valid: [
    'Officers policed the Brexit march in Northampton today; it passed peacefully.',
    'I think the fun day was brilliant, thank you to everyone who came!',
    'The judge said it was a disgraceful attack on a vulnerable man. Smith was jailed for six years.',
    'Jones shouted "the courts are a joke" as he was led away, the court heard. He was jailed for two years.',
    'Brown failed to appear at court and a warrant was issued. Call 101 if you see him.',
    'We believe the man may have information about the Gaza protest disorder.',
    'The Crown Court sentenced Smith to four years; the sentence was referred under the unduly lenient sentence scheme.',
  ],
  invalid: [
    { text: 'Arrested him for the third time this month and the courts let him off again.', messageId: 'criticism', severity: 'advise' },
    { text: 'In my opinion Brexit has been great for the country.', messageId: 'opinion', flagged: 'In my opinion' },
    { text: 'Another suspended sentence. The justice system is a joke.', messageId: 'criticism' },
    { text: 'Senior management are clueless about what response officers face.', messageId: 'criticism', flagged: 'clueless' },
    { text: 'Six months for that? A slap on the wrist. Great work by the team though.', messageId: 'criticism',
      output: 'Six months for that? Great work by the team though.' },
    { text: 'Honestly, I think the small boats crisis is out of control.', messageId: 'opinion' },
    { text: 'The CPS have let us down again, no charge despite all the evidence.', messageId: 'criticism' },
    { text: 'Bring back hanging, I say.', messageId: 'criticism' },
  ],
});
