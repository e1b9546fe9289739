import { testRule } from '../testing/rule-tester.js';
import { o1Rule } from './o1.js';

// TEST_NOW is Tuesday 10 March 2026, 09:00 UTC.
testRule(o1Rule, {
  valid: [
    'Warrants were executed in Eastfield this morning and three people were arrested.',
    'This morning officers executed warrants in Eastfield; cannabis and cash were seized.',
    "We'll be at the Kettering Tesco tomorrow 10-12 for a crime prevention stall. Come and say hello!",
    'Drink driving? Don’t risk it. Have a great weekend and get home safe.',
    'Officers are currently executing a warrant on Elm Road; please bear with us while we work.',
    'John Smith, 32, is wanted on warrant. If you see him, call 999 straight away.',
    'A search warrant executed on 2 March led to the seizure of £20,000 of cocaine.',
    'Our PACT meeting is next Thursday at 7pm at the library. All welcome.',
    { text: 'Warrants will be executed after the investigation, as reported on 3 March.', name: 'dated in the past, no time ahead' },
    'Last Friday we carried out road checks on the A43 and seized four uninsured cars.',
    'After two ram raids on cash machines, we will be patrolling Corby industrial estates tonight.',
    { text: 'Drugs warrant at 5am this morning. 2 arrested.', name: 'headline report: past tense in the next sentence' },
  ],
  invalid: [
    { text: 'Warrants in Eastfield at 6am tomorrow', messageId: 'planned', severity: 'block', flagged: 'Warrants' },
    { text: "We'll be executing drugs warrants across Corby this weekend.", messageId: 'planned', flagged: 'this weekend' },
    { text: 'Roadside checks on the A14 at Junction 7 on Friday from 10pm, so plan ahead.', messageId: 'planned', flagged: 'Roadside checks' },
    { text: 'Officers will raid addresses in Wellingborough at dawn.', messageId: 'planned' },
    { text: 'Speed checks planned on Harborough Road on 14 March.', messageId: 'planned', flagged: '14 March' },
    { text: 'Plain clothes officers will be in the town centre tonight looking for shoplifters.', messageId: 'tactics' },
    { text: "We know who you are and we're watching the address.", messageId: 'watched' },
    { text: 'Drugs w4rrants in Eastfield t0morrow.', name: 'leetspeak evasion', messageId: 'planned' },
    { text: 'Operation Nightjar: warrants in Eastfield\nTomorrow, 6am', name: 'headline across lines', messageId: 'planned' },
    {
      text: 'Checkpoint on the A6 next Saturday',
      policy: { id: 'custom-o1', version: '1', name: 'custom', lexicon: [{ rule: 'O1', terms: ['Operation Nightjar'] }] },
      messageId: 'planned',
    },
    {
      text: 'Update on Operation Nightjar for residents.',
      policy: { id: 'custom-o1b', version: '1', name: 'custom', lexicon: [{ rule: 'O1', terms: ['Operation Nightjar'], message: 'Live operation name.' }] },
      messageId: 'custom', flagged: 'Operation Nightjar',
    },
  ],
});
