import { testRecognizer } from '../testing/recognizer-tester.js';
import { ninoRecognizer } from './nino.js';

testRecognizer(ninoRecognizer, {
  positive: [
    { text: 'His NI number is AB 12 34 56 C', expect: ['AB 12 34 56 C'] },
    { text: 'nino: tw987654a', expect: ['tw987654a'] },
    { text: 'National Insurance YZ 61 48 68 B found on a letter', expect: ['YZ 61 48 68 B'] },
    { text: 'PR 123612C', expect: ['PR 123612C'] },
    { text: 'hh 01 02 03 d', expect: ['hh 01 02 03 d'] },
  ],
  negative: [
    'AA 12 34 56 H',
    'BG123612A',
    'QQ 12 34 56 A',
    'quote 20BE/58221U/21',
    'NT 99 88 77 A',
  ],
});
