import { testRecognizer } from '../testing/recognizer-tester.js';
import { passportRecognizer } from './passport.js';

testRecognizer(passportRecognizer, {
  positive: [
    { text: 'passport AB1234567 handed in', expect: ['AB1234567'] },
    { text: 'Passports: AB1234567 and XY9876543', expect: ['AB1234567', 'XY9876543'] },
    { text: 'Lost passport number 123456789, please return', expect: ['123456789'] },
    { text: 'cd7654321', expect: ['cd7654321'] },
    { text: 'My passport number is CD7654321 and it expires soon', expect: ['CD7654321'] },
  ],
  negative: [
    'A12345678',
    'AB 1234567',
    'ABC123456',
    'Quote 123456789 when you call',
    'XYZAB1234567QRS',
  ],
});
