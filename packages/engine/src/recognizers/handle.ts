/** HANDLE: @handles (X, Bluesky, Mastodon "@user@server"). The force's and partners' handles are marked allowed. */
import type { Detected, Recognizer } from './types.js';

/** Handle recogniser. */
export const handleRecognizer: Recognizer = {
  meta: { name: 'handle', types: ['HANDLE'], description: 'Social media handles; allow-listed ones are marked allowed.' },
  detect({ norm, tokens, policy }) {
    const out: Detected[] = [];
    // Every handle token starts with an "@" of the text the tokens come from: most posts have none.
    if (!norm.text.includes('@')) return out;
    for (const t of tokens) {
      if (t.kind !== 'handle') continue;
      const bare = t.lower.slice(1);
      const allowed = policy.allowedHandles.has(bare);
      out.push({ type: 'HANDLE', start: t.start, end: t.end, confidence: 0.99, attrs: { allowed }, explanation: allowed ? 'allow-listed handle' : 'handle' });
    }
    return out;
  },
};
