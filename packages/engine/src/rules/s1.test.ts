import { testRule } from '../testing/rule-tester.js';
import { s1Rule } from './s1.js';

testRule(s1Rule, {
  valid: [
    'Great work by the Scunthorpe neighbourhood team at the Penistone Road event.',
    'Ever wondered what a police helicopter cockpit looks like? Come to our open day.',
    'Dick Turpin would not have got far with today’s ANPR cameras!',
    'Drink driving? Don’t risk it. Plan your journey home before you go out.',
    'Officer suffered a needle prick injury during a search; he is fine and back at work.',
    'A man was arrested after a bottle was thrown at a bus in Sussex Street.',
    'Assassin’s Creed game stolen from a shop in Class Lane, Kettering.',
    'Join us for a bake sale at Arsenal Road community centre on Saturday.',
    'Jones, 24, was jailed after telling officers "you are a f***ing pig".',
    { text: 'Suspect shouted "f*** the police" before running off. He was arrested a short time later.', name: 'masked, quoted in an arrest report' },
  ],
  invalid: [
    { text: 'What a shit night for the team, 3 crashes on the A43.', messageId: 'profanity', severity: 'review', flagged: 'shit',
      output: 'What a night for the team, 3 crashes on the A43.' },
    { text: 'Some absolute b@stard has stolen the charity box from the Co-op.', messageId: 'profanity', flagged: 'b@stard' },
    { text: 'F u c k i n g hell, another crash on the M1.', messageId: 'profanity', name: 'spaced letters' },
    { text: 'Not having this sh1t in our town.', messageId: 'profanity', flagged: 'sh1t' },
    { text: 'This f**king driver was doing 110mph on the A14.', messageId: 'masked', flagged: 'f**king' },
    { text: 'Man shouted the word p4ki at a shop worker.', messageId: 'slur', severity: 'block', name: 'slur with leetspeak' },
    { text: 'Stop acting like a retard on the roads.', messageId: 'slur', severity: 'block' },
    { text: 'Sоme fаggоt scrаwled graffiti on the wall.', messageId: 'slur', severity: 'block', name: 'Cyrillic look-alikes' },
    { text: 'Gooooood morning, you bastaaaaard weather', messageId: 'profanity', name: 'repeated letters' },
    { text: 'Jones, 24, was jailed after telling officers "you are a fucking pig".', messageId: 'quotedProfanity', severity: 'advise' },
    { text: 'F*** me, that was a long shift.', messageId: 'masked', severity: 'review' },
    { text: 'Man charged after calling a bus driver a "p*ki" on the 47.', messageId: 'quotedSlur', severity: 'review' },
    { text: 'Dick move by the driver who parked across the dropped kerb.', messageId: 'profanity', name: 'Dick at sentence start, not a name' },
  ],
});
