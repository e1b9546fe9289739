/** HANDLE: @handles (X, Bluesky, Mastodon "@user@server"). The force's and partners' handles are marked allowed. */
import type { Token } from '../pipeline/tokenise.js';
import type { Detected, Recognizer } from './types.js';

/**
 * Index of the first token starting at or after `pos`, searching from index
 * `from` (tokens are in text order): gallop, then halve, so a post's "@"s in
 * order cost O(log gap) each and 10,000 "@"s stay linear.
 */
function firstAtOrAfter(tokens: readonly Token[], pos: number, from: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < tokens.length && tokens[lo + step]!.start < pos) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(tokens.length, lo + step);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Handle recogniser. */
export const handleRecognizer: Recognizer = {
  meta: { name: 'handle', types: ['HANDLE'], description: 'Social media handles; allow-listed ones are marked allowed.' },
  detect({ norm, tokens, policy }) {
    const out: Detected[] = [];
    // Every handle token starts at an "@" of the text the tokens come from: look only there (indexOf is native).
    const text = norm.text;
    let k = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      k = firstAtOrAfter(tokens, at, k);
      const t = tokens[k];
      if (t === undefined || t.start !== at || t.kind !== 'handle') continue;
      const bare = t.lower.slice(1);
      const allowed = policy.allowedHandles.has(bare);
      out.push({ type: 'HANDLE', start: t.start, end: t.end, confidence: 0.99, attrs: { allowed }, explanation: allowed ? 'allow-listed handle' : 'handle' });
    }
    return out;
  },
};
