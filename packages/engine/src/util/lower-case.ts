/**
 * The lower-cased text of the last string asked for. The lexicon view and the
 * tokeniser both lower-case the post's normalised text, one after the other;
 * this does it once.
 */
let lastText: string | null = null;
let lastLower = '';

/** `text.toLowerCase()`, memoised for the last text. */
export function lowerCase(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}
