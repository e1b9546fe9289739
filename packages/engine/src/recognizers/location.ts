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
// The preposition is matched (not looked behind for) so the scan starts only at those words.
const TOWN = /\b(?:in|of|from|near|around|across|at) ([A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20}){0,2})(?![A-Za-z])/g;
const STREET = /(?<![A-Za-z0-9])(?:[A-Z][A-Za-z'’-]{1,20} ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Place|Grove|Gardens|Terrace|Walk|Row|Mews|Square|Parade|Hill)(?![A-Za-z])/g;
const NOT_TOWN = new Set(['the', 'our', 'this', 'that', 'police', 'court', 'custody', 'charge', 'hospital', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'crown', 'magistrates', 'his', 'her', 'their']);

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
    eachMatch(TOWN, text, (m) => {
      const place = m[1]!;
      if (NOT_TOWN.has(place.split(' ')[0]!.toLowerCase())) return;
      const start = m.index + m[0].length - place.length;
      out.push({ type: 'LOCATION', start, end: start + place.length, confidence: 0.55, attrs: { kind: 'place' }, explanation: 'capitalised place after a preposition' });
    });
    for (const s of nameSpans(tokens, text)) {
      if (s.label === 'LOC') out.push({ type: 'LOCATION', start: s.start, end: s.end, confidence: s.confidence, attrs: { kind: 'place' }, explanation: 'name tagger' });
    }
    return out;
  },
};
