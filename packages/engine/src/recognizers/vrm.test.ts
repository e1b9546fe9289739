import { testRecognizer } from '../testing/recognizer-tester.js';
import { vrmRecognizer } from './vrm.js';

testRecognizer(vrmRecognizer, {
  positive: [
    { text: 'Silver Ford Focus AB51 ABC seen leaving', expect: ['AB51 ABC'] },
    { text: 'Vehicles AB51 ABC and BD62XYZ were seen', expect: ['AB51 ABC', 'BD62XYZ'] },
    { text: 'van reg LN14-HGT stopped', expect: ['LN14-HGT'] },
    { text: 'prefix plate A123 BCD', expect: ['A123 BCD'] },
    { text: 'suffix plate ABC 123D', expect: ['ABC 123D'] },
    { text: 'NI plate LAZ 1234 stopped in Newry', expect: ['LAZ 1234'] },
    { text: 'car with number plate ABC 123', expect: ['ABC 123'] },
  ],
  negative: [
    'Collision on the A43 near Kettering',
    'Closure on the M1 J15 to J16',
    'AB00 ABC',
    'IB51 ABC',
    'Warrant executed at 6am',
    'ABC 123I',
  ],
});
