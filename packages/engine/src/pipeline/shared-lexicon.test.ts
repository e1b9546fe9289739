import { describe, expect, it } from 'vitest';
import { compileLexicon } from './lexicon.js';
import { lexView, normalise } from './normalise.js';
import { sharedLexicon } from './shared-lexicon.js';

const A = ['arrest*', 'arrested', 'on suspicion of', 'suspicion', 'thug', 'the thug who', 'not guilty', 'guilty', '#police', 'café', 'o\'clock',
  // Terms that go on through punctuation or spaces (the scan's gate keys a word with the next two characters).
  'e.g.', 'st. john', 'in the dock', 'in-house', 'ref.*'];
const B = ['guilty', 'found guilty', 'sus*', 'on', 'scum', 'thugs', 'police dog'];
const sharedA = sharedLexicon(A);
const sharedB = sharedLexicon(B);
const plainA = compileLexicon(A);
const plainB = compileLexicon(B);

const WORDS = ['arrested', 'arresting', 'on', 'suspicion', 'of', 'the', 'thug', 'who', 'not', 'guilty', 'found', 'sus', 'suspect',
  'scum', 's c u m', 'thugs', 'police', 'dog', 'th0g', 'GUILTY', 'on  suspicion   of', '!', ',', 'x', '#police', '#', 'café', 'cafés',
  'o\'clock', 'o', 'clock', 'arrest', 'thug😂', '😂', 'guilty…', 'scum\u2764\ufe0f', 'thugñ', 'police→',
  'e.g.', 'e.g', 'e', 'g', '.', 'st.', 'st', 'john', 'johnny', 'in', 'the', 'dock', 'docks', 'in-house', 'house', "o'", "'", '-', 'ref', 'ref.', 'ref.12', 'ref.ab'];

describe('shared lexicons behave exactly like separately compiled ones', () => {
  it('on many random texts', () => {
    let seed = 7;
    // Math.imul keeps the generator in 32-bit integers (a float product loses its low bits and the sequence cycles early).
    const rand = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let t = 0; t < 2000; t++) {
      const words = Array.from({ length: 1 + rand(12) }, () => WORDS[rand(WORDS.length)]!);
      const text = words.join(rand(3) === 0 ? '  ' : ' ');
      const lex = lexView(normalise(text));
      expect(sharedA.match(lex)).toEqual(plainA.match(lex));
      expect(sharedB.match(lex)).toEqual(plainB.match(lex));
      expect(sharedB.test(lex)).toBe(plainB.test(lex));
    }
  });
});
