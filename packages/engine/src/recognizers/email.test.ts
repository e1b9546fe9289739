import { describe, expect, it } from 'vitest';
import { testRecognizer } from '../testing/recognizer-tester.js';
import { emailRecognizer, mayHoldEmail } from './email.js';

testRecognizer(emailRecognizer, {
  positive: [
    { text: 'email jane.doe@example.com with details', expect: ['jane.doe@example.com'] },
    { text: 'Contact 101@northants.police.uk', expect: [{ surface: '101@northants.police.uk', attrs: { allowed: true } }] },
    { text: 'a@xn--d1acufc.xn--p1ai', expect: ['a@xn--d1acufc.xn--p1ai'] },
    { text: 'Write to info@presidio.site.', expect: ['info@presidio.site'] },
    { text: 'two: a@b.co.uk, c@d.org', expect: ['a@b.co.uk', 'c@d.org'] },
  ],
  negative: [
    'my email is info@presidio.',
    'Thanks @NorthantsPolice for the help',
    'hello-world here',
    'Follow @bob@mastodon',
    'me @ home',
  ],
});

describe('mayHoldEmail (gate before the regex)', () => {
  it('passes text with an address and rejects handles alone', () => {
    expect(mayHoldEmail('write to a.b@example.org today')).toBe(true);
    expect(mayHoldEmail('x@y')).toBe(true);
    expect(mayHoldEmail('thanks @wvp_north and @someone')).toBe(false);
    expect(mayHoldEmail('@start')).toBe(false);
    expect(mayHoldEmail('trailing a@')).toBe(false);
  });
});
