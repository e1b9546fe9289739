/** EMAIL: e-mail addresses. Official domains (police.uk and the policy's) are marked allowed. */
import { domainAllowed } from '../policy/compile.js';
import type { Detected, Recognizer } from './types.js';
import { eachMatch, isAlnum } from './util.js';

// Labels cannot contain dots, so the domain part cannot backtrack much; all quantifiers are bounded.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59}))(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

/**
 * Cheap gate before the regex: an address has a local-part character right
 * before an "@" and a letter or digit right after it. Tweets are full of
 * "@handles" (space before the "@"), which fail this at once.
 */
export function mayHoldEmail(text: string): boolean {
  for (let i = text.indexOf('@'); i > 0; i = text.indexOf('@', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((isAlnum(before) || before === 46 || before === 95 || before === 37 || before === 43 || before === 45) &&
      isAlnum(after)) return true;
  }
  return false;
}

/** E-mail address recogniser. */
export const emailRecognizer: Recognizer = {
  meta: { name: 'email', types: ['EMAIL'], description: 'E-mail addresses; official domains are marked allowed.' },
  detect({ norm, policy }) {
    const text = norm.text;
    if (!mayHoldEmail(text)) return [];
    const out: Detected[] = [];
    eachMatch(EMAIL, text, (m) => {
      const local = m[0].slice(0, m[0].indexOf('@'));
      if (local.startsWith('.') || local.endsWith('.')) return;
      const allowed = domainAllowed(m[1]!, policy.allowedEmailDomains);
      out.push({
        type: 'EMAIL', start: m.index, end: m.index + m[0].length, confidence: 0.95,
        attrs: { allowed }, explanation: allowed ? 'e-mail address on an official domain' : 'e-mail address',
      });
    });
    return out;
  },
};
