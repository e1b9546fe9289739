import { testRule } from '../testing/rule-tester.js';
import { o2Rule } from './o2.js';

testRule(o2Rule, {
  valid: [
    'As a dad myself, I ask everyone to slow down near schools this week.',
    'Our night shift made three arrests in Kettering overnight.',
    'Someone tried to break into my car? Report it on 101 or online, and we will help.',
    'Response officers on shift tonight attended 40 calls across the county.',
    'Kettering is home to over 100,000 people, and our team is proud to serve them.',
    'My colleagues and I attended the PACT meeting at Rothwell library.',
  ],
  invalid: [
    { text: 'On nights all week at Weekley Glebe Road station, then home to Brixworth.', messageId: 'shift', severity: 'review' },
    { text: "I'm on earlies from Monday, so I'll reply to messages then.", messageId: 'shift' },
    { text: 'I live on Elm Road so I know how bad the speeding is.', messageId: 'home', flagged: 'I live on' },
    { text: 'Speeding past my house in Rothwell again. Please slow down.', messageId: 'home',
      output: 'Please slow down.' },
    { text: 'PC Davies lives in Desborough and loves the local bakery.', messageId: 'home' },
    { text: 'My daughter goes to Hillside Academy and she helped design this poster.', messageId: 'family' },
    { text: 'Spotted a speeding driver on the way in, in my own car, the blue Golf.', messageId: 'car' },
    { text: 'My wife Sarah baked the cakes for the coffee morning.', messageId: 'family' },
  ],
});
