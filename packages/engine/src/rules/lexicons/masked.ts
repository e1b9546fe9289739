/**
 * Masked swear words ("f**k", "sh*t", "n*****"): a word of letters and
 * asterisks is compared, letter by letter, with the words such masks usually
 * hide. The lexicon view has already undone leetspeak; only runs of the
 * lexicon view that contain `*` are read, so ordinary posts cost one indexOf.
 */
import { originalEnd, originalStart, type NormalisedText } from '../../pipeline/normalise.js';
import type { TextRange } from '../../types.js';

const PROFANE = [
  'fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'motherfucker', 'shit', 'shite', 'shitty', 'bullshit',
  'cunt', 'cunts', 'twat', 'wanker', 'wank', 'bitch', 'bitches', 'bastard', 'bollocks', 'prick', 'dick', 'dickhead',
  'arse', 'arsehole', 'asshole', 'piss', 'pissed', 'tosser', 'crap', 'knobhead', 'bellend',
];
const SLURS = ['nigger', 'niggers', 'nigga', 'niggas', 'faggot', 'faggots', 'slut', 'whore', 'retard', 'retarded', 'paki', 'spastic'];

/** A masked word and what it most likely hides. */
export interface MaskedHit extends TextRange {
  slur: boolean;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isWord = (c: number): boolean => isLower(c) || (c >= 48 && c <= 57) || c > 0x7f;

function fits(run: string, word: string): boolean {
  if (run.length !== word.length) return false;
  for (let i = 0; i < run.length; i++) if (run[i] !== '*' && run[i] !== word[i]) return false;
  return true;
}

/** Masked words in a lexicon view, with offsets in its original (the normalised view). */
export function findMasked(lex: NormalisedText): MaskedHit[] {
  const text = lex.text;
  if (text.indexOf('*') < 0) return [];
  const out: MaskedHit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLower(text.charCodeAt(i)) || (i > 0 && isWord(text.charCodeAt(i - 1)))) { i++; continue; }
    let j = i;
    let stars = 0;
    while (j < n && (isLower(text.charCodeAt(j)) || text.charCodeAt(j) === 42)) {
      if (text.charCodeAt(j) === 42) stars++;
      j++;
    }
    // Trailing asterisks after a full word are emphasis or footnotes, not a mask ("free*").
    if (stars > 0 && stars < j - i && (j >= n || !isWord(text.charCodeAt(j)))) {
      const run = text.slice(i, j);
      const profane = PROFANE.some((w) => fits(run, w));
      const slur = SLURS.some((w) => fits(run, w));
      if (profane || slur) out.push({ start: originalStart(lex, i), end: originalEnd(lex, j), slur: slur && !profane });
    }
    i = j + 1;
  }
  return out;
}
