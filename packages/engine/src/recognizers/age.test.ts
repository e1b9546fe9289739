import { testRecognizer } from '../testing/recognizer-tester.js';
import { ageRecognizer } from './age.js';

testRecognizer(ageRecognizer, {
  positive: [
    { text: 'A 15-year-old boy was arrested', expect: [{ surface: '15-year-old', attrs: { years: 15, minor: true } }] },
    { text: 'a man aged 34 was charged', expect: [{ surface: 'aged 34', attrs: { years: 34, minor: false } }] },
    { text: 'Jake Smith (16) appeared in court', expect: [{ surface: '(16)', attrs: { minor: true } }] },
    { text: 'John Brown, 34, of Kettering', expect: [{ surface: '34', attrs: { years: 34 } }] },
    { text: 'A schoolboy was hurt', expect: [{ surface: 'schoolboy', attrs: { minor: true } }] },
  ],
  negative: [
    'Officers attended at 10:30',
    'Call 101 quoting 691',
    'We seized 15 cannabis plants',
    'the A43 was closed',
    'Thanks to all who came',
  ],
});
