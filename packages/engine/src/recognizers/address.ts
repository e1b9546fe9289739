/**
 * ADDRESS: a house number with a street ("12 Elm Street", "Flat 3, 4a Oak
 * Road", "12 elm st"). A street name alone is a public place (LOCATION), which
 * is normal in incident reports; the house number is what makes it an address.
 */
import type { Detected, Recognizer } from './types.js';
import { STREET_WORDS } from './triggers.js';
import { digitWords } from './digit-words.js';
import { eachMatch } from './util.js';

const SUFFIX = '(?:street|st|road|rd|avenue|ave|lane|ln|close|cl|drive|dr|way|court|ct|crescent|cres|place|pl|grove|gardens|gdns|terrace|walk|row|mews|square|sq|hill|view|rise|parade|green|vale|park|boulevard|chase|croft|fold|gate|wharf|yard)';
// Capitalised street words (1–3) before the suffix, or one lower-case word in tweet style.
const CAP = new RegExp(`(?<![A-Za-z0-9/])((?:flat|apartment|apt|unit)\\s\\d{1,4}[a-z]?,?\\s)?\\d{1,4}[a-zA-Z]?,?\\s(?:[A-Z][A-Za-z'’-]{1,20}\\s){1,3}${SUFFIX}(?![A-Za-z])\\.?`, 'gi');
const STOP = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'of', 'and', 'to', 'from', 'people', 'men', 'women', 'officers', 'cars', 'more', 'years', 'hours', 'minutes', 'arrests', 'of']);

/** Address recogniser. */
export const addressRecognizer: Recognizer = {
  meta: { name: 'address', types: ['ADDRESS'], description: 'Street addresses: a house number and a street.' },
  detect({ norm, lex }) {
    const text = norm.text;
    if (digitWords(text).count === 0 || !STREET_WORDS.test(lex)) return [];
    const out: Detected[] = [];
    eachMatch(CAP, text, (m) => {
      let s = m[0];
      if (s.endsWith('.')) s = s.slice(0, -1);
      // The words between number and suffix: with the i flag any case matches, so judge them here.
      const words = s.replace(/^(?:flat|apartment|apt|unit)\s\d{1,4}[a-z]?,?\s/i, '').split(/\s+/).slice(1, -1);
      if (words.some((w) => STOP.has(w.toLowerCase()))) return;
      const capitalised = words.every((w) => /^[A-Z]/.test(w));
      if (!capitalised && words.length > 1) return;
      out.push({
        type: 'ADDRESS', start: m.index, end: m.index + s.length, confidence: capitalised ? 0.9 : 0.7,
        attrs: { flat: m[1] !== undefined }, explanation: 'house number and street',
      });
    });
    return out;
  },
};
