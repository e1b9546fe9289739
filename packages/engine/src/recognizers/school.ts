/** SCHOOL: named schools, academies and colleges ("Hillside Academy", "St Mary's Primary School"). */
import type { Detected, Recognizer } from './types.js';
import { SCHOOL_WORDS } from './triggers.js';
import { eachMatch } from './util.js';

const SCHOOL = /(?<![A-Za-z])((?:St\.? |Saint )?(?:[A-Z][A-Za-z'’-]{1,20} ){1,4})(Primary School|Secondary School|High School|Grammar School|Infant School|Junior School|Nursery School|Primary Academy|Primary|School|Academy|College|Sixth Form|Infants|Juniors|Nursery)(?![A-Za-z])/g;
const LOWER = /(?<![A-Za-z])([a-z][a-z'-]{2,20} )(primary school|high school|grammar school|academy|primary)(?![A-Za-z])/g;
// Police and training establishments are not schools that identify a child.
const NOT = new Set(['police', 'training', 'staff', 'driving', 'the', 'a', 'our', 'local', 'this', 'that', 'royal', 'national', 'cadet', 'cadets', 'leadership', 'defence', 'every', 'all', 'at', 'from']);

/** School recogniser. */
export const schoolRecognizer: Recognizer = {
  meta: { name: 'school', types: ['SCHOOL'], description: 'Named schools, academies and colleges.' },
  detect({ norm, lex }) {
    const text = norm.text;
    const out: Detected[] = [];
    if (!SCHOOL_WORDS.test(lex)) return out;
    eachMatch(SCHOOL, text, (m) => {
      const words = m[1]!.trim().split(' ');
      // Drop leading words that are not part of the name ("The", "Our").
      let skip = 0;
      let at = m.index;
      while (skip < words.length && NOT.has(words[skip]!.toLowerCase())) {
        at += words[skip]!.length + 1;
        skip++;
      }
      if (skip === words.length) return;
      if (words.some((w) => w.toLowerCase() === 'police')) return;
      out.push({ type: 'SCHOOL', start: at, end: m.index + m[0].length, confidence: 0.85, explanation: 'named school' });
    });
    eachMatch(LOWER, text, (m) => {
      if (NOT.has(m[1]!.trim())) return;
      out.push({ type: 'SCHOOL', start: m.index, end: m.index + m[0].length, confidence: 0.6, explanation: 'school name in lower case' });
    });
    return out;
  },
};
