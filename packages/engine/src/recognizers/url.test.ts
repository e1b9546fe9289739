import { describe, expect, it } from 'vitest';
import { testRecognizer } from '../testing/recognizer-tester.js';
import { hasDottedName, urlRecognizer } from './url.js';

testRecognizer(urlRecognizer, {
  positive: [
    { text: 'Read more https://www.northants.police.uk/news', expect: [{ surface: 'https://www.northants.police.uk/news', attrs: { allowed: true } }] },
    { text: 'see example.com.', expect: ['example.com'] },
    { text: 'Visit www.crimestoppers-uk.org now', expect: ['www.crimestoppers-uk.org'] },
    { text: 'http://microsoft.webcam', expect: ['http://microsoft.webcam'] },
    { text: '(see https://en.wikipedia.org/wiki/Foo_(bar))', expect: ['https://en.wikipedia.org/wiki/Foo_(bar)'] },
  ],
  negative: [
    'www.microsoft',
    'http://microsoft',
    'i.e. not a link',
    'arrested at 10.30 today',
    'e.g. this one',
  ],
});

describe('hasDottedName (gate before the regex)', () => {
  it('passes hosts and rejects sentence full stops', () => {
    expect(hasDottedName('see t.co/abc')).toBe(true);
    expect(hasDottedName('www.police.uk')).toBe(true);
    expect(hasDottedName('Visit EXAMPLE.COM')).toBe(true);
    expect(hasDottedName('Done. Next. 6.30pm')).toBe(false);
    expect(hasDottedName('.com alone')).toBe(false);
    expect(hasDottedName('no dots')).toBe(false);
  });
});
