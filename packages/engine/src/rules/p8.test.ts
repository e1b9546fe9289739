import { testRule } from '../testing/rule-tester.js';
import { p8 } from './p8.js';

testRule(p8, {
  valid: [
    'A woman has died following a collision on the A43.',
    'The family of Gedeon Ngwendema, 21, have paid tribute to him.',
    // A name the tagger surely reads as a person: the family's tribute is what makes it normal.
    'The family of John Smith, 21, have paid tribute to him.',
    'Amy Walker, who died on the A43, has been formally identified; her family are being supported by officers.',
    'Tributes have been paid to a cyclist who died on Tuesday.',
    'Sadly a man has died at the scene. Our thoughts are with his family.',
  ],
  invalid: [
    { text: 'Tributes to Amy Walker killed on the A43', messageId: 'name', flagged: 'Amy Walker', severity: 'advise', output: 'Tributes to a person killed on the A43' },
    { text: 'RIP Jordan Hughes who died in the crash last night', messageId: 'name', flagged: 'Jordan Hughes' },
    { text: 'Sad news: Peter Collins has died after the collision in Brackley', messageId: 'name' },
    { text: 'Emma Stone was killed when her car left the road near Daventry', messageId: 'name' },
    { text: 'A body found in the river is believed to be Daniel Price who was reported missing', messageId: 'name' },
  ],
});
