import { testRule } from '../testing/rule-tester.js';
import { s5Rule } from './s5.js';

testRule(s5Rule, {
  valid: [
    'Thanks to Kettering Rotary for the donation of 50 bike locks for our marking event.',
    'Our officers are running the London Marathon for Police Care UK. Please donate if you can.',
    "We'll be at the Kettering Tesco tomorrow 10-12 for a crime prevention stall.",
    'Fit a steering wheel lock and keep your keys away from the front door.',
    'Best wishes to PC Jones on her retirement after 30 years.',
    'Beware of fake charity collectors: please donate only to registered charities.',
    'Had a cracking time at the Christmas fayre, the mince pies were delicious!',
    'Scam alert: fake websites are offering 50% off designer goods. If it looks too good to be true, it probably is.',
  ],
  invalid: [
    { text: 'Thanks to Greggs for the doughnuts, best bakery in town!', messageId: 'endorse', severity: 'advise', flagged: 'best bakery in town' },
    { text: 'We highly recommend the new Ring doorbell, available at Currys.', messageId: 'endorse' },
    { text: 'Use code POLICE10 for 10% off at Smith’s Cycles this week.', messageId: 'endorse' },
    { text: 'Please sponsor PC Jones, who is running for the local hospice: link in bio.', messageId: 'fundraise' },
    { text: 'Lunch at Mario’s after the school visit. ⭐⭐⭐⭐⭐ Great food!', messageId: 'endorse' },
    { text: 'Our team is raising money for a new skate park. Donate here: gofundme.com/skatepark', messageId: 'fundraise' },
    { text: 'Lunch at Mario’s after the school visit. Best pizza in Kettering!', messageId: 'endorse',
      output: 'Lunch at Mario’s after the school visit.' },
  ],
});

// A force's own approved causes (policy allow.causes) are not flagged; other causes still are.
const withCauses = {
  id: 'causes-test', version: '1.0.0', name: 'Causes test',
  allow: { causes: ['Kettering Skate Park Trust', 'Cransley Hospice'] },
};
testRule(s5Rule, {
  valid: [
    { text: 'Please sponsor PC Jones, who is running for Cransley Hospice this weekend.', policy: withCauses },
    { text: 'Our team is raising money for the Kettering Skate Park Trust. Donate here: gofundme.com/skatepark', policy: withCauses },
    { text: 'Every penny raised goes to cransley hospice, thank you all!', policy: withCauses },
    { text: 'Fundraising for the Kettering Skate Park Trust starts on Saturday at the station open day.', policy: withCauses },
    { text: 'Donate to Cransley Hospice via the fundraising page in our bio.', policy: withCauses },
  ],
  invalid: [
    { text: 'Please sponsor PC Jones, who is running for the local hospice this weekend.', messageId: 'fundraise', policy: withCauses },
    { text: 'Our team is raising money for a new skate park. Donate here: gofundme.com/skatepark', messageId: 'fundraise', policy: withCauses },
    { text: 'Every penny raised goes to the Hospice at Home appeal, thank you all!', messageId: 'fundraise', policy: withCauses },
    { text: 'Fundraising for a new minibus for the youth club starts on Saturday.', messageId: 'fundraise', policy: withCauses },
    { text: 'Donate to our sergeant’s leaving collection via the fundraising page in our bio.', messageId: 'fundraise', policy: withCauses },
  ],
});
