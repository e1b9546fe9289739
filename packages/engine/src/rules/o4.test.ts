import { testRule } from '../testing/rule-tester.js';
import { o4Rule } from './o4.js';

testRule(o4Rule, {
  valid: [
    "We'll be at the Kettering Tesco tomorrow 10-12 for a crime prevention stall.",
    "Come and say hello, we're on Gold Street until 2pm with the bike marking kit.",
    "We're currently dealing with a collision on the A43 near Kettering, please avoid the area.",
    'A silver car parked on Elm Road was damaged overnight. Call 101 quoting incident 123.',
    'Our officers patrolled Corby town centre last night and made two arrests.',
    "We're on it: officers are looking into reports of anti-social behaviour in Rothwell.",
  ],
  invalid: [
    { text: "We're parked on Harborough Road for the next hour.", messageId: 'live', severity: 'review', flagged: 'parked on' },
    { text: "Currently sat at the junction of Bath Road and London Road with the speed gun.", messageId: 'live' },
    { text: 'Officers are on the Grange estate right now, patrolling after last week’s burglaries.', messageId: 'live' },
    { text: "I'm outside the Co-op on High Street until 4pm, on foot patrol.", messageId: 'live', flagged: 'until 4pm' },
    { text: 'Team 3 now patrolling the Kingsley Park area in an unmarked car.', messageId: 'live' },
    { text: "We're at the Queensway roundabout at the moment, slow down!", messageId: 'live', flagged: 'at the moment' },
  ],
});
