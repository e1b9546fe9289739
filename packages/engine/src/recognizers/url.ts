/**
 * URL: web addresses with a scheme, with "www.", or bare domains with a known
 * TLD. Official domains (police.uk, gov.uk and the policy's) are marked allowed.
 */
import { domainAllowed } from '../policy/compile.js';
import { knownTld } from './tlds.js';
import type { Detected, Recognizer } from './types.js';
import { isAlnum } from './util.js';

// Sticky: tried only where a host run with a dotted name starts, or where a scheme before one starts (eachUrl).
const URL_RE = /(?<![A-Za-z0-9@.\-])(https?:\/\/|www\.)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z][A-Za-z0-9-]{1,24})(?::\d{1,5})?(\/[^\s<>"'`]{0,2000})?/y;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"']);

/** A letter or digit, then a dot, then a letter ("t.co", "police.uk"): every match's host has one. */
function dottedAt(text: string, dot: number): boolean {
  const after = text.charCodeAt(dot + 1) | 0x20;
  return after >= 97 && after <= 122 && dot > 0 && isAlnum(text.charCodeAt(dot - 1));
}

/** A character of a host run: letter, digit, dot or hyphen. */
function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/**
 * Each match of URL_RE, as the same regex with flag g would find them. A
 * match's host is a run of host characters holding a dotted name, and the
 * lookbehind lets a match start only where such a run starts, or at the
 * scheme ("http://", "https://") right before it. So each run with a dotted
 * name is found from its dots (indexOf is native) and tried there; each
 * character is walked at most twice.
 */
function eachUrl(text: string, fn: (m: RegExpExecArray) => void): void {
  let d = text.indexOf('.');
  if (d < 0) return;
  let next = 0;
  let runEnd = -1;
  const tryAt = (s: number): void => {
    if (s < 0 || s < next) return;
    URL_RE.lastIndex = s;
    const m = URL_RE.exec(text);
    if (m === null) return;
    next = s + m[0].length;
    fn(m);
  };
  for (; d >= 0; d = text.indexOf('.', d + 1)) {
    if (d < runEnd || !dottedAt(text, d)) continue;
    let r = d;
    while (r > 0 && isHostChar(text.charCodeAt(r - 1))) r--;
    runEnd = d + 1;
    while (runEnd < text.length && isHostChar(text.charCodeAt(runEnd))) runEnd++;
    if (text.charCodeAt(r - 1) === 47) {
      tryAt(r - 8);
      tryAt(r - 7);
    }
    tryAt(r);
  }
}

/** URL recogniser. */
export const urlRecognizer: Recognizer = {
  meta: { name: 'url', types: ['URL'], description: 'Web addresses; official domains are marked allowed.' },
  detect({ norm, policy }) {
    const text = norm.text;
    const out: Detected[] = [];
    eachUrl(text, (m) => {
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
