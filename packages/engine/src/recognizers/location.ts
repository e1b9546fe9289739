/**
 * LOCATION: public places — roads (A43, M1), towns after "in/of/from/near",
 * and place names the name tagger labels LOC. Places are normal in police
 * posts; the rules use them to offer "in Kettering" instead of an address.
 */
import { nameSpans } from './name-spans.js';
import type { Detected, Recognizer } from './types.js';
import { STREET_WORDS } from './triggers.js';
import { eachMatch } from './util.js';

const ROAD = /(?<![A-Za-z0-9])[ABM]\d{1,4}(?:\(M\))?(?![A-Za-z0-9])/g;
/** A capitalised place of one to three words, tried (sticky) right after "in ", "near " and the like. */
const TOWN_NAME = /[A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20}){0,2}(?![A-Za-z])/y;
/** Where a town can start: a space and a capital letter. Rarer than any of the prepositions' letters. */
const SPACE_CAPITAL = / (?=[A-Z])/g;
const TOWN_PREPOSITIONS = ['in', 'of', 'from', 'near', 'around', 'across', 'at'];
const STREET = /(?<![A-Za-z0-9])(?:[A-Z][A-Za-z'’-]{1,20} ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Grove|Gardens|Terrace|Walk|Row|Mews|Square|Parade|Hill)(?![A-Za-z])/g;
const NOT_TOWN = new Set(['the', 'our', 'this', 'that', 'police', 'court', 'custody', 'charge', 'hospital', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'crown', 'magistrates', 'his', 'her', 'their']);

/**
 * Each capitalised place after a preposition ("in Kettering", "near Market Harborough"), left to right and not
 * overlapping: what `/\b(?:in|of|…|at) (Place)/g` finds, without trying the pattern at every "a", "i" or "o" of
 * the post. A match always has a space before a capital letter, so only those spaces are looked at.
 */
export function eachTown(text: string, fn: (start: number, end: number) => void): void {
  SPACE_CAPITAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACE_CAPITAL.exec(text)) !== null) {
    const space = m.index;
    if (!prepositionEndsAt(text, space)) continue;
    TOWN_NAME.lastIndex = space + 1;
    if (!TOWN_NAME.test(text)) continue;
    fn(space + 1, TOWN_NAME.lastIndex);
    SPACE_CAPITAL.lastIndex = TOWN_NAME.lastIndex;
  }
}

/** Whether one of the prepositions ends at `end`, as a whole word on its left (`\b`: no [A-Za-z0-9_] before it). */
function prepositionEndsAt(text: string, end: number): boolean {
  for (const p of TOWN_PREPOSITIONS) {
    const start = end - p.length;
    if (start < 0 || !text.startsWith(p, start)) continue;
    return start === 0 || !/\w/.test(text[start - 1]!);
  }
  return false;
}

/** Location recogniser. */
export const locationRecognizer: Recognizer = {
  meta: { name: 'location', types: ['LOCATION'], description: 'Roads, towns and places.' },
  detect({ norm, lex, tokens }) {
    const text = norm.text;
    const out: Detected[] = [];
    eachMatch(ROAD, text, (m) => out.push({ type: 'LOCATION', start: m.index, end: m.index + m[0].length, confidence: 0.8, attrs: { kind: 'road' }, explanation: 'road number' }));
    if (STREET_WORDS.test(lex)) eachMatch(STREET, text, (m) => {
      let start = m.index;
      const first = m[0].slice(0, m[0].indexOf(' '));
      // "On Elm Street", "The High Street": a leading function word is not part of the name.
      if (NOT_TOWN.has(first.toLowerCase()) || first === 'On' || first === 'In' || first === 'At') start += first.length + 1;
      if (start >= m.index + m[0].lastIndexOf(' ')) return;
      out.push({ type: 'LOCATION', start, end: m.index + m[0].length, confidence: 0.75, attrs: { kind: 'street' }, explanation: 'street name' });
    });
    eachTown(text, (start, end) => {
      const space = text.indexOf(' ', start);
      if (NOT_TOWN.has(text.slice(start, space === -1 || space > end ? end : space).toLowerCase())) return;
      out.push({ type: 'LOCATION', start, end, confidence: 0.55, attrs: { kind: 'place' }, explanation: 'capitalised place after a preposition' });
    });
    for (const s of nameSpans(tokens, text)) {
      if (s.label === 'LOC') out.push({ type: 'LOCATION', start: s.start, end: s.end, confidence: s.confidence, attrs: { kind: 'place' }, explanation: 'name tagger' });
    }
    return out;
  },
};
