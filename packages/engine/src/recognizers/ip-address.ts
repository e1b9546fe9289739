/** IP_ADDRESS: IPv4 (each part 0–255) and IPv6 (full, compressed "::", zone id, embedded IPv4), parsed by hand. */
import type { Detected, Recognizer } from './types.js';
import { anchored, digitRun, digitWords, eachMatchAt, type Anchored } from './digit-words.js';
import { eachMatch } from './util.js';

// An optional CIDR suffix (/24) belongs to the address: the range is as revealing as the host.
// Sticky: tried where a digit word starts with 1-3 digits (see digit-words.ts).
const V4: Anchored = anchored(/(?<![0-9A-Za-z.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?(?![0-9A-Za-z])/y, digitRun(1, 3));
// A run of hex digits, colons and dots containing a colon; validated below. Bounded length keeps it linear.
const V6 = /(?<![0-9A-Za-z:])[0-9A-Fa-f:.]{2,45}(?:%[0-9A-Za-z]{1,15})?(?:\/\d{1,3})?(?![0-9A-Za-z:])/g;

function v4Valid(parts: readonly string[]): boolean {
  return parts.every((p) => Number(p) <= 255 && !(p.length > 1 && p[0] === '0' && p.length > 3));
}

/** Parse an IPv6 address (without zone); true when valid. */
export function ipv6Valid(s: string): boolean {
  if (!s.includes(':')) return false;
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return false;
  let groups = 0;
  const parse = (part: string, allowV4Tail: boolean): boolean => {
    if (part === '') return true;
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      if (allowV4Tail && i === pieces.length - 1 && p.includes('.')) {
        const v4 = p.split('.');
        if (v4.length !== 4 || !v4.every((x) => /^\d{1,3}$/.test(x)) || !v4Valid(v4)) return false;
        groups += 2;
        continue;
      }
      if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return false;
      groups++;
    }
    return true;
  };
  if (dbl >= 0) {
    if (!parse(s.slice(0, dbl), false) || !parse(s.slice(dbl + 2), true)) return false;
    return groups <= 7;
  }
  return parse(s, true) && groups === 8;
}

/**
 * Cheap gate before the IPv6 regex: every IPv6 address ("::" at least) is a
 * run of hex digits, colons and dots holding two colons or more. Clock times
 * ("10:30") and "RT @x:" hold one.
 */
export function mayHoldV6(text: string): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      if (++colons >= 2) return true;
    } else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46)) {
      colons = 0;
      const next = text.indexOf(':', i + 1);
      if (next < 0) return false;
      i = next - 1;
    }
  }
  return false;
}

/** IP address recogniser. */
export const ipAddressRecognizer: Recognizer = {
  meta: { name: 'ip-address', types: ['IP_ADDRESS'], description: 'IPv4 and IPv6 addresses.' },
  detect({ norm }) {
    const text = norm.text;
    const out: Detected[] = [];
    if (text.includes('.')) {
      eachMatchAt(V4, text, digitWords(text), (m) => {
        if (!v4Valid([m[1]!, m[2]!, m[3]!, m[4]!]) || (m[5] !== undefined && Number(m[5]) > 32)) return;
        out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + m[0].length, confidence: 0.8, attrs: { version: 4 }, explanation: 'IPv4 address' });
      });
    }
    if (mayHoldV6(text)) {
      eachMatch(V6, text, (m) => {
        let raw = m[0];
        while (raw.endsWith('.')) raw = raw.slice(0, -1); // a full stop after the address ends the sentence
        const slash = raw.indexOf('/');
        if (slash >= 0 && Number(raw.slice(slash + 1)) > 128) return;
        const host = slash >= 0 ? raw.slice(0, slash) : raw;
        const pct = host.indexOf('%');
        const addr = pct >= 0 ? host.slice(0, pct) : host;
        if (!ipv6Valid(addr)) return;
        // A lone "::" is an address, but a weak one.
        const confidence = addr === '::' ? 0.4 : (addr.match(/:/g)?.length ?? 0) >= 3 ? 0.9 : 0.6;
        out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + raw.length, confidence, attrs: { version: 6 }, explanation: 'IPv6 address' });
      });
    }
    return out;
  },
};
