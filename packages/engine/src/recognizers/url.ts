/**
 * URL: web addresses with a scheme, with "www.", or bare domains with a known
 * TLD. Official domains (police.uk, gov.uk and the policy's) are marked allowed.
 */
import { domainAllowed } from '../policy/compile.js';
import { knownTld } from './tlds.js';
import type { Detected, Recognizer } from './types.js';
import { eachMatch, isAlnum } from './util.js';

const URL_RE = /(?<![A-Za-z0-9@.\-])(https?:\/\/|www\.)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z][A-Za-z0-9-]{1,24})(?::\d{1,5})?(\/[^\s<>"'`]{0,2000})?/g;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"']);

/**
 * Cheap gate before the regex: every match has a host with a letter or digit,
 * a dot and then a letter ("t.co", "police.uk"). Sentence full stops are
 * followed by a space, so most posts without a link skip the regex.
 */
export function hasDottedName(text: string): boolean {
  for (let i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1) | 0x20;
    if (after >= 97 && after <= 122 && isAlnum(before)) return true;
  }
  return false;
}

/** URL recogniser. */
export const urlRecognizer: Recognizer = {
  meta: { name: 'url', types: ['URL'], description: 'Web addresses; official domains are marked allowed.' },
  detect({ norm, policy }) {
    const text = norm.text;
    if (!hasDottedName(text)) return [];
    const out: Detected[] = [];
    eachMatch(URL_RE, text, (m) => {
      const scheme = m[1];
      const host = m[2]!;
      const tld = host.slice(host.lastIndexOf('.') + 1);
      const tldLower = tld.toLowerCase();
      // A bare "word.word" is only an address when the TLD is real and written in one case ("today.It" is a typo).
      if (scheme === undefined && (!knownTld(tldLower) || (tld !== tldLower && tld !== tld.toUpperCase()))) return;
      if (scheme !== undefined && !/^[a-z]{2,24}$|^xn--/i.test(tld)) return;
      if (/^\d/.test(tld)) return;
      let end = m.index + m[0].length;
      while (end > m.index && TRAILING.has(text[end - 1]!)) {
        // Keep a closing bracket that has its opening one inside the URL (Wikipedia-style paths).
        if (text[end - 1] === ')') {
          const s = text.slice(m.index, end);
          if ((s.match(/\(/g)?.length ?? 0) >= (s.match(/\)/g)?.length ?? 0)) break;
        }
        end--;
      }
      const allowed = domainAllowed(host, policy.allowedDomains);
      out.push({
        type: 'URL', start: m.index, end, confidence: scheme !== undefined ? 0.97 : 0.75,
        attrs: { allowed, domain: host.toLowerCase() }, explanation: allowed ? 'web address on an official domain' : 'web address',
      });
    });
    return out;
  },
};
