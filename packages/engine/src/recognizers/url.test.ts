import { describe, expect, it } from 'vitest';
import { detectWith, testRecognizer } from '../testing/recognizer-tester.js';
import { knownTld } from './tlds.js';
import { urlRecognizer } from './url.js';

testRecognizer(urlRecognizer, {
  positive: [
    { text: 'Read more https://www.northants.police.uk/news', expect: [{ surface: 'https://www.northants.police.uk/news', attrs: { allowed: true } }] },
    { text: 'see example.com.', expect: ['example.com'] },
    { text: 'Visit www.crimestoppers-uk.org now', expect: ['www.crimestoppers-uk.org'] },
    { text: 'http://microsoft.webcam', expect: ['http://microsoft.webcam'] },
    { text: '(see https://en.wikipedia.org/wiki/Foo_(bar))', expect: ['https://en.wikipedia.org/wiki/Foo_(bar)'] },
    { text: '.@force see example.com', expect: ['example.com'] },
  ],
  negative: [
    'www.microsoft',
    'http://microsoft',
    'i.e. not a link',
    'arrested at 10.30 today',
    'e.g. this one',
  ],
});

/** The regex as a global search over the whole text (what the recogniser's candidate starts must reproduce). */
const GLOBAL = /(?<![A-Za-z0-9@.\-])(https?:\/\/|www\.)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z][A-Za-z0-9-]{1,24})(?::\d{1,5})?(\/[^\s<>"'`]{0,2000})?/g;

describe('URL candidate starts', () => {
  it('find every match the global regex finds (random texts)', () => {
    const parts = ['http://', 'https://', 'www.', 'a', 'b1', '.', '.', 'co', 'uk', '/', '-', '@', ' ', 'x.y', '(', ')', 'com', 'hhttp://'];
    let seed = 5;
    const rand = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rand(10) }, () => parts[rand(parts.length)]!).join('');
      const got = detectWith(urlRecognizer, text).map((d) => d.start);
      // The recogniser's own checks on the host's last label, applied to the global regex's matches.
      const want = [...text.matchAll(GLOBAL)].filter((m) => {
        const host = m[2]!;
        const tld = host.slice(host.lastIndexOf('.') + 1);
        const lower = tld.toLowerCase();
        return m[1] === undefined ? (knownTld(lower) && (tld === lower || tld === tld.toUpperCase())) : /^[a-z]{2,24}$|^xn--/i.test(tld);
      }).map((m) => m.index);
      expect(got).toEqual(want);
    }
  });
});
