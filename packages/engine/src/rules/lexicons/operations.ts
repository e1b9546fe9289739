/** Operational-security terms: O1 (planned operations), O2 (personal details), O3 (covert), O4 (live location). */
import type { TermTable } from './categories.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** O1–O4 terms. */
export const OPERATIONS_TERMS: TermTable = {
  op: [
    'warrant', 'warrants', 'search warrant*', 'drugs warrant*', 'drug warrant*', 'raid', 'raids', 'raiding', 'dawn raid*',
    'execute', 'executing', 'execute warrants', 'swoop', 'swoops', 'road check*', 'roadside check*', 'vehicle check*',
    'speed check*', 'speed trap*', 'drink drive check*', 'checkpoint*', 'roadblock*', 'road block*', 'stop check*',
    // "Deployment" and "day of action" are left out: reassurance patrols and engagement days are announced on purpose.
    'enforcement operation*', 'drugs operation*',
    'hit addresses', 'hitting addresses', 'target addresses', 'targeting addresses', 'door knock*', 'through the door',
    'knock on the door', 'knocking on doors', 'doing speed checks',
  ],
  tactic: [
    'unmarked car*', 'unmarked vehicle*', 'unmarked van*', 'plain clothes', 'plain clothed', 'plainclothes', 'anpr camera*',
    'anpr', 'drone will', 'drones will', 'spotters',
  ],
  watch: [
    "we're watching the", 'we are watching the', "we're watching your", 'we are watching your', 'eyes on the address',
    'eyes on the house', 'obs on the', 'observations on the', 'keeping observations', 'keeping an eye on the address',
    'keeping an eye on the house', 'keeping an eye on number', 'watching this address', 'watching the address',
    'watching that address', 'watching this house', 'watching the house', 'watching this property', 'eyes on this address',
  ],
  futStrong: [
    'tomorrow', 'tonight', 'tomorrow morning', 'tomorrow night', 'tomorrow evening', 'later today', 'later tonight',
    'later this week', 'later this month', 'this weekend', 'next week', 'next weekend', 'next month', 'in the coming days',
    'in the coming weeks', 'over the coming days', 'over the coming weeks', 'over the next few days', 'in the next few days',
    'from tomorrow', 'first thing tomorrow', 'the early hours of tomorrow', 'soon', 'shortly', 'at first light tomorrow',
    ...WEEKDAYS.map((d) => `next ${d}`), ...WEEKDAYS.map((d) => `this ${d}`), ...WEEKDAYS.map((d) => `this coming ${d}`),
  ],
  futWeak: [
    'this morning', 'this afternoon', 'this evening', 'today', 'at dawn', 'first light', 'early hours', 'midnight', 'noon',
    ...WEEKDAYS.map((d) => `on ${d}`),
  ],
  ongoing: ['currently', 'right now', 'at the moment', 'as we speak', 'being', 'are being', 'under way', 'underway', 'ongoing'],

  // O2
  shift: [
    'on nights', 'on earlies', 'on lates', 'on days', 'on rest days', 'on shift', 'back on shift', 'on nights all week',
    'nights all week', 'earlies all week', 'lates all week', 'rest days', 'rest day', 'days off', 'shift pattern',
    'my shift', 'my shifts', 'my next shift', 'off duty', 'finish my shift', 'start my shift', 'i finish at', 'i start at',
    'night shift all week', 'on call',
  ],
  schedule: [
    'all week', 'on nights all week', 'nights all week', 'earlies all week', 'lates all week', 'night shift all week',
    'this week', 'next week', 'tonight', 'tomorrow', 'until', 'till', 'from', 'every', 'then', 'this weekend',
    ...WEEKDAYS,
  ],
  homeStrong: [
    'i live in', 'i live on', 'i live near', 'i live just', 'i live at', 'where i live', 'then home to', 'heading home to',
    'going home to', 'back home to', 'off home to', 'drive home to', 'driving home to', 'my house in', 'my house on',
    'my home in', 'my home on', 'my flat in', 'my flat on', 'my village of', 'my street in', 'my road in', 'we live in',
    'we live on', 'my home address', 'my address',
  ],
  homeWeak: [
    'my house', 'my home', 'my street', 'my road', 'my village', 'my estate', 'my flat', 'my neighbours', 'my neighbour',
    'near me', 'my local', 'my new house', 'my new home', 'my new flat', 'i moved to', 'we moved to', 'just moved to',
    'just moved into', 'i grew up in',
  ],
  livesIn: ['lives in', 'lives on', 'lives near', 'lives just', 'lives round', 'lives at', 'who lives in', 'live in'],
  colleague: [
    'my colleague', 'colleague', 'colleagues', 'pc', 'ps', 'pcso', 'sgt', 'sergeant', 'inspector', 'dc', 'ds', 'officer',
    'crewmate', 'my crewmate', 'my sarge', 'my inspector', 'oppo', 'my oppo',
  ],
  family: [
    'my wife', 'my husband', 'my partner', 'my kids', 'my children', 'my son', 'my daughter', 'my boy', 'my girl',
    'my little one*', 'my family', 'my mum', 'my dad', 'my mother', 'my father', 'my brother', 'my sister', 'my missus',
    'my other half', 'my fiance*', 'my boyfriend', 'my girlfriend', 'my grandchildren', 'my grandson', 'my granddaughter',
    'my nephew', 'my niece', 'my twins', 'my baby', 'my eldest', 'my youngest', "my son's", "my daughter's", "my kids'",
  ],
  myCar: [
    'my car', 'my own car', 'my personal car', 'my vehicle', 'my own vehicle', 'my motor', 'my van', 'my motorbike',
    'my motorcycle', 'my bike', 'my reg', 'my registration', 'i drive a', 'i drive the',
  ],
  carMake: [
    'ford', 'vauxhall', 'volkswagen', 'vw', 'golf', 'polo', 'fiesta', 'focus', 'corsa', 'astra', 'bmw', 'audi', 'mercedes',
    'toyota', 'nissan', 'kia', 'honda', 'skoda', 'peugeot', 'renault', 'tesla', 'mini', 'land rover', 'range rover', 'volvo',
    'hyundai', 'fiat', 'citroen', 'jaguar', 'mazda', 'suzuki', 'yamaha', 'kawasaki', 'ducati', 'qashqai',
  ],
  colour: [
    'red', 'blue', 'black', 'white', 'silver', 'grey', 'gray', 'green', 'yellow', 'orange', 'purple', 'gold', 'bronze', 'maroon',
  ],

  // O3
  covert: [
    'informant', 'informants', 'informer', 'informers', 'chis', 'covert human intelligence source*', 'covert',
    'covertly', 'undercover', 'under cover officer*', 'surveillance', 'under surveillance', 'surveillance team*',
    'surveillance operation*', 'on obs', 'observation post*', 'tracking device*', 'tracker on', 'listening device*',
    'bugged', 'phone tap*', 'wiretap*', 'intelligence source*', 'our source', 'our sources', 'a source told',
    'source told us', 'sources tell us', 'agent provocateur', 'deep cover', 'test purchase officer*', 'decoy officer*',
  ],
  covertSafe: [
    'never reveal', 'never disclose', 'never name', 'will not reveal', "won't reveal", "don't reveal", 'do not reveal',
    'will not disclose', "won't disclose", 'anonymous', 'anonymously', '100% anonymous', 'in confidence', 'confidential',
    'crimestoppers', 'crime stoppers', 'protect our sources', 'protect sources', 'protect their identity',
  ],

  // O4
  presence: [
    'parked on', 'parked at', 'parked in', 'parked outside', 'parked near', 'parked up', 'parked by', 'sat on', 'sat at',
    'sat in', 'sat outside', 'sitting on', 'sitting at', 'sitting outside', 'patrolling', 'on patrol', 'positioned on',
    // "We're on / at / outside …" is read from tokens in o4.ts: as phrases here they would hide
    // overlapping terms of other rules ("I'm on earlies").
    'positioned at', 'stationed on', 'stationed at', 'set up on', 'set up at', 'hiding', 'lurking', 'with the speed gun',
    'with the laser', 'laser gun', 'speed gun', 'doing speed checks', 'doing speed enforcement',
  ],
  realtime: [
    'right now', 'currently', 'at the moment', 'now', 'as we speak', 'at present', 'at this moment',
    'for the next hour', 'for the next half hour', 'for the next couple of hours', 'for the next few hours',
    'for the next 30 minutes', 'for the next 20 minutes', 'for the next hour or so', 'for the next few minutes',
    'for a bit', 'for a while', 'for the rest of the afternoon', 'for the rest of the evening', 'for the rest of the day',
  ],
  until: ['until', 'till', 'til', 'untill'],
  engage: [
    'stall', 'surgery', 'surgeries', 'drop in', 'drop-in', 'event', 'open day', 'bike marking', 'property marking',
    'say hello', 'say hi', 'come and see us', 'come and say', 'pop by', 'pop over', 'pop along', 'meet the', 'meet us',
    'coffee', 'cuppa', 'pact meeting', 'engagement', 'crime prevention', 'beat surgery', 'stand', 'gazebo',
    'cop on the block', 'street meet', 'have a chat', 'for a chat', 'a chat', 'fun day', 'school visit',
  ],
  incident: [
    'collision', 'crash', 'incident', 'rtc', 'road closed', 'road closure', 'closure', 'closed', 'avoid the area',
    'diversion', 'flooding', 'fire', 'dealing with', 'scene', 'casualty', 'injured', 'broken down', 'breakdown', 'delays',
    'fight', 'disturbance', 'disorder', 'reports of', 'emergency', 'search for', 'searching for', 'cordon',
  ],
};
