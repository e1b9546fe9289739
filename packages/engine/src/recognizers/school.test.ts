import { testRecognizer } from '../testing/recognizer-tester.js';
import { schoolRecognizer } from './school.js';

testRecognizer(schoolRecognizer, {
  positive: [
    { text: 'A girl from Hillside Academy', expect: ['Hillside Academy'] },
    { text: "pupils at St Mary's Primary School", expect: ["St Mary's Primary School"] },
    { text: 'outside Kettering Grammar School today', expect: ['Kettering Grammar School'] },
    { text: 'near Weston Favell Academy', expect: ['Weston Favell Academy'] },
    { text: 'a pupil at oakway primary', expect: ['oakway primary'] },
  ],
  negative: [
    'New recruits at the Police Academy',
    'Our school visits continue this week',
    'Officers trained at the Police College',
    'The academy trust thanked officers',
    'Back to school safety tips',
  ],
});
