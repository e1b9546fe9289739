/**
 * Context terms several conduct rules read: tense and time, court reports,
 * crime and crisis context, first person, and "allow" phrases that stop a
 * shorter term inside them from counting.
 */
import type { TermTable } from './categories.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Context terms. */
export const CONTEXT_TERMS: TermTable = {
  allow: [
    // Places and words that contain or equal a listed term but are not abusive (Scunthorpe problem).
    'shitterton', 'twatt', 'bitchfield', 'pissarro', 'cockfosters', 'penistone', 'dickens',
    'needle prick', 'pin prick', 'finger prick', 'thorn prick', 'slag heap*', "offa's dyke", "devil's dyke", 'dyke road',
    'fag end*', 'fag butt*', 'packet of fags', 'pack of fags', 'fag packet', 'pussy cat', 'pussycat', 'garden hoe*',
    'rakes and hoes', 'plymouth hoe',
    // Warrant words that are not operations.
    'wanted on warrant', 'arrest warrant', 'warrant card', 'warrant cards', 'warrant officer', 'warrant for his arrest',
    'warrant for her arrest', 'warrant for their arrest', 'warrant was issued', 'warrant has been issued', 'no warrant',
    // Raids that are crimes, not operations.
    'ram raid*', 'armed raid*', 'smash and grab raid*', 'jewellery raid*',
    // Surveillance words that are ordinary CCTV.
    'surveillance camera*', 'cctv surveillance', 'video surveillance', 'surveillance footage', 'surveillance system*',
    'surveillance camera commissioner', 'home surveillance',
    // S6: legal terms, not opinions.
    'unduly lenient', 'unduly lenient sentence*',
    // N1: lower-case words that share a party's name.
    'forced labour', 'labour exploitation', 'labour market', 'in labour', 'went into labour', 'conservative estimate',
    'green lane', 'village green', 'labour ward', 'labour suite',
  ],
  court: [
    'court', 'courts', 'crown court', "magistrates' court", 'magistrates court', 'magistrates', 'jailed', 'sentenced',
    'convicted', 'pleaded', 'pleaded guilty', 'found guilty', 'jury', 'trial', 'judge', 'told the court', 'the court heard',
    'prosecutor', 'prosecuting', 'charged', 'charged with', 'admitted', 'guilty', 'remanded', 'appeared', 'verdict',
  ],
  crime: [
    'arrest*', 'custody', 'cells', 'cell', 'detained', 'nicked', 'caught', 'charged', 'suspect', 'suspects', 'offender',
    'offenders', 'drink driv*', 'drunk driv*', 'drug driv*', 'drink-driv*', 'locked up', 'banged up', 'prison', 'jail*',
    'remand*', 'handcuff*', 'cuffed', 'police van', 'breathalys*', 'breath test', 'stopped', 'seized', 'crash', 'collision',
    'shoplift*', 'burglar*', 'theft', 'thief', 'thieves', 'stolen', 'speeding', 'disqualified', 'uninsured', 'victim', 'victims',
  ],
  crisis: [
    'mental health', 'in crisis', 'crisis', 'sectioned', 'section 136', 's136', 'self harm', 'self-harm', 'suicid*',
    'vulnerable', 'distressed', 'concern for welfare', 'welfare check', 'missing', 'on the bridge', 'overdose',
  ],
  futVerb: [
    'will', "we'll", "i'll", "they'll", "you'll", "officers'll", 'shall', 'going to', 'gonna', 'plan to', 'plans to',
    'planning', 'planned', 'set to', 'due to be', 'are to', 'intend to', 'intends to', 'about to', 'upcoming',
    'in the coming days', 'will be', "won't",
  ],
  past: [
    'yesterday', 'last night', 'last week', 'last month', 'last weekend', 'earlier today', 'earlier this week',
    'earlier this month', 'this morning officers', 'were', 'was', 'had', 'have been', 'has been', 'recently', 'ago', 'overnight',
    ...WEEKDAYS.map((d) => `last ${d}`), ...WEEKDAYS.map((d) => `on ${d} officers`),
  ],
  pastVerb: [
    'executed', 'carried out', 'conducted', 'completed', 'took place', 'were', 'was', 'raided', 'searched', 'seized',
    'recovered', 'uncovered', 'discovered', 'arrested', 'found', 'attended', 'stopped', 'happened',
  ],
  firstPerson: ['i', "i'm", 'im', "i've", "i'll", "i'd", 'my', 'me', 'myself', 'mine'],
  weekday: WEEKDAYS,
};
