import { testRecognizer } from '../testing/recognizer-tester.js';
import { drivingLicenceRecognizer } from './driving-licence.js';

testRecognizer(drivingLicenceRecognizer, {
  positive: [
    { text: 'Licence: MORGA607054SM9IJ ok', expect: ['MORGA607054SM9IJ'] },
    { text: 'driving licence SMIT9801015JK2CD was found', expect: ['SMIT9801015JK2CD'] },
    { text: 'fo999512018aa1ab', expect: ['fo999512018aa1ab'] },
    { text: 'JONES710153J99EF', expect: ['JONES710153J99EF'] },
    { text: 'SMITH862310AB1CD and more', expect: ['SMITH862310AB1CD'] },
  ],
  negative: [
    'MORGA613054SM9IJ',
    '99999657054SM9IJ',
    'MO9G9657054SM9IJ',
    'MORGA6570544SM9IJ',
    'The driving licence was seized',
  ],
});
