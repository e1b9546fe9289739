/**
 * AGE: "15-year-old", "aged 15", "age 15", "(15)", "John Brown, 34, of …",
 * and words that say a person is a child ("teenager", "schoolboy", "youth").
 * attrs.years is the age when stated; attrs.minor is true under 18.
 */
import type { Detected, Recognizer } from './types.js';
import { CHILD_LEXICON, CHILD_WORDS } from './triggers.js';
import { anchored, digitRun, digitWords, eachMatchAt, LETTER, OTHER, runStartBefore, type Anchored, type Back } from './digit-words.js';

/** "aged 15", "age: 15": the word before the space (and colon) in front of the digits, when it starts with an a. */
const ageWordBefore: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) !== 32) return;
  const end = text.charCodeAt(ws - 2) === 58 ? ws - 2 : ws - 1;
  const s = runStartBefore(text, end);
  if (s < end && (text.charCodeAt(s) | 0x20) === 97) push(s);
};
/** "(15)". */
const bracketBefore: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) === 40) push(ws - 1);
};
/** ", 34". */
const commaBefore: Back = (text, ws, push) => {
  if (text.charCodeAt(ws - 1) === 32 && text.charCodeAt(ws - 2) === 44) push(ws - 2);
};
// Sticky: tried where a digit word starts with 1-3 digits, and where "age", "aged:", "(" or ", " before one starts.
const NUMERIC: Anchored = anchored(/(?<![A-Za-z0-9])(?:(\d{1,3})[- ]years?[- ]old|aged?:? (\d{1,3})|(\d{1,3}) ?(?:yrs?|years) of age|(\d{1,2})[- ]month[- ]old)(?![A-Za-z0-9])/yi, digitRun(1, 3) | LETTER, ageWordBefore);
const BRACKET: Anchored = anchored(/(?<=[A-Za-z] )\((\d{1,2})\)/y, OTHER, bracketBefore, false);
const COMMA: Anchored = anchored(/(?<=[A-Za-z]), (\d{1,2})(?:,|(?= (?:of|from|who|and|was|has|is|were|have|arrested|charged|jailed|appeared|died|remains)\b))/y, OTHER, commaBefore, false);
const MINOR_WORDS: Readonly<Record<string, number>> = {
  teenager: 0.8, teen: 0.7, schoolboy: 0.95, schoolgirl: 0.95, 'school children': 0.95, schoolchildren: 0.95,
  'school kids': 0.9, schoolkids: 0.9, pupil: 0.85, juvenile: 0.95, youth: 0.7, youngster: 0.8, child: 0.9,
  children: 0.9, kid: 0.8, kids: 0.8, toddler: 0.99, baby: 0.99, babies: 0.99, infant: 0.99, minor: 0.9, boy: 0.75,
  girl: 0.7, 'young boy': 0.95, 'young girl': 0.95, 'young person': 0.8, 'young people': 0.75, 'young man': 0.3,
  'young woman': 0.3, 'under 18': 0.95, 'under-18': 0.95, 'under 16': 0.95, 'under-16': 0.95,
};

/** Age recogniser. */
export const ageRecognizer: Recognizer = {
  meta: { name: 'age', types: ['AGE'], description: 'Ages ("15-year-old", "aged 15", "(15)") and words that say someone is a child.' },
  detect({ norm, lex }) {
    const text = norm.text;
    const out: Detected[] = [];
    const words = digitWords(text);
    if (words.count > 0) {
    const push = (start: number, end: number, years: number, how: string, confidence: number): void => {
      if (years > 120) return;
      out.push({ type: 'AGE', start, end, confidence, attrs: { years, minor: years < 18 }, explanation: how });
    };
    eachMatchAt(NUMERIC, text, words, (m) => {
      const months = m[4] !== undefined;
      const years = months ? 0 : Number(m[1] ?? m[2] ?? m[3]);
      push(m.index, m.index + m[0].length, years, months ? 'age in months' : 'stated age', 0.95);
    });
    eachMatchAt(BRACKET, text, words, (m) => push(m.index, m.index + m[0].length, Number(m[1]), 'age in brackets after a name', 0.8));
    eachMatchAt(COMMA, text, words, (m) => {
      const start = m.index + 2;
      push(start, start + m[1]!.length, Number(m[1]), 'age between commas after a name', 0.8);
    });
    }
    for (const m of CHILD_LEXICON.match(lex)) {
      const word = CHILD_WORDS[m.index]!.replace('-', ' ');
      const key = word in MINOR_WORDS ? word : word.replace(/s$/, '');
      const p = MINOR_WORDS[key] ?? MINOR_WORDS[key.replace(/s$/, '')] ?? 0.6;
      out.push({ type: 'AGE', start: m.start, end: m.end, confidence: p, attrs: { minor: p >= 0.5, word: key }, explanation: 'word describing a child or young person' });
    }
    return out;
  },
};
