/**
 * CRIME_REF: crime and incident reference numbers ("quote 20BE/58221U/21",
 * "quote 691 of 26/01/2020", "ref 961/24Jul", "crime number 41/12345/24").
 * They are recognised so that the rules do NOT flag them: asking the public
 * to quote a reference is normal.
 */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, type Anchored } from './digit-words.js';
import { isAlnum } from './util.js';

// After a cue word: a reference token (with a digit), optionally "of <date>" (a log number of a day).
// Sticky: tried only where a word starts with a cue word's first three letters (see eachCued).
const CUED = /(?<![A-Za-z0-9])(?:quote|quoting|ref(?:erence)?|crime (?:ref(?:erence)?|number|no)|incident(?: number| no| log| ref)?|log(?: number| no)?|occurrence(?: number| no)?|cad|urn|case (?:number|no|ref(?:erence)?))(?: number| no| num| ref(?:erence)?)?[.:#]?[ \t]{1,3}(?:no\.? |number |#)?([A-Za-z0-9][A-Za-z0-9/-]{0,30})(?: of (\d{1,2}(?:\/\d{1,2}(?:\/\d{2,4})?|[ -]?[A-Za-z]{3,9}(?:[ -]\d{2,4})?)))?/yi;
// Shapes that are references without a cue: Met style "20BE/58221U/21" and day logs "961/24Jul".
// Sticky: tried where a digit word starts with 1-4 digits.
const BARE: Anchored = anchored(/(?<![A-Za-z0-9/])(?:\d{2}[A-Z]{2}\/\d{4,7}[A-Z]?\/\d{2}|\d{1,4}\/\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\/?\d{2,4})?)(?![A-Za-z0-9/])/yi, digitRun(1, 4));

/**
 * The first three letters of every cue word (quote, ref, crime, incident,
 * log, occurrence, cad, urn, case). A plain literal search, so V8 skips
 * through the text natively; the word-start check is done by hand.
 */
const OPENINGS = /quo|ref|cri|inc|log|occ|cad|urn|cas/gi;

/**
 * Each match of CUED, as the same regex with flag g would find them: tried
 * where a word starts with a cue word's first three letters. (An opening
 * found inside another one is never at a word start, so the literal search
 * missing overlaps loses nothing. A match whose token has no digit is still
 * a match: it is rejected later, but the search resumes after it, as before.)
 */
function eachCued(text: string, fn: (m: RegExpExecArray) => void): void {
  OPENINGS.lastIndex = 0;
  while (OPENINGS.test(text)) {
    const i = OPENINGS.lastIndex - 3;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    CUED.lastIndex = i;
    const m = CUED.exec(text);
    if (m === null) continue;
    fn(m);
    OPENINGS.lastIndex = i + m[0].length;
  }
}

/** Crime/incident reference recogniser. */
export const crimeRefRecognizer: Recognizer = {
  meta: { name: 'crime-ref', types: ['CRIME_REF'], description: 'Crime and incident reference numbers (allowed: asking people to quote one is normal).' },
  detect({ norm }) {
    const text = norm.text;
    const words = digitWords(text);
    if (words.count === 0) return [];
    const out: Detected[] = [];
    eachCued(text, (m) => {
      const ref = m[1]!;
      if (!/\d/.test(ref)) return;
      let refEnd = m.index + m[0].length;
      // Trailing punctuation is not part of the reference.
      while (refEnd > 0 && '/-'.includes(text[refEnd - 1]!)) refEnd--;
      const refStart = m.index + m[0].indexOf(ref);
      out.push({ type: 'CRIME_REF', start: refStart, end: refEnd, confidence: 0.95, attrs: { allowed: true }, explanation: 'reference number after a cue word' });
    });
    eachMatchAt(BARE, text, words, (m) => {
      out.push({ type: 'CRIME_REF', start: m.index, end: m.index + m[0].length, confidence: 0.85, attrs: { allowed: true }, explanation: 'reference number shape' });
    });
    return out;
  },
};
