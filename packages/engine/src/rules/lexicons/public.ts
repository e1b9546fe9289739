/**
 * Public-life terms: S5 (endorsement, fundraising), S6 (opinion and
 * criticism) and N1/N2 (party politics and elections).
 */
import type { TermTable } from './categories.js';

/** UK parties whose names are unambiguous in any case. Exported for docs and N1 data. */
export const UK_PARTIES: readonly string[] = [
  'tory', 'tories', "tory's", "tories'", 'lib dem', 'lib dems', 'libdem', 'libdems', 'liberal democrat', 'liberal democrats',
  'reform uk', 'snp', 'scottish national party', 'plaid cymru', 'green party', 'ukip', 'dup', 'sinn fein', 'sdlp',
  'alliance party', 'ulster unionist*', 'uup', 'tuv', 'conservative party', 'labour party', 'brexit party', 'bnp',
  'british national party', 'britain first', 'english democrats', 'workers party of britain', 'co-operative party',
  'monster raving loony*', "women's equality party", 'scottish greens', 'alba party', 'welsh labour', 'scottish labour',
  'scottish conservatives', 'welsh conservatives', 'new labour', 'labour government', 'tory government',
  'conservative government', 'labour mp', 'labour mps', 'tory mp', 'tory mps', 'conservative mp', 'conservative mps',
  'labour councillor*', 'conservative councillor*', 'labour candidate*', 'conservative candidate*', 'labour leader',
  'conservative leader', 'labour council', 'conservative council', 'vote labour', 'vote conservative', 'vote tory',
  'vote reform', 'vote green', 'vote lib dem', 'vote snp',
];

/** S5, S6, N1 and N2 terms. */
export const PUBLIC_TERMS: TermTable = {
  // S5 — endorsement phrases; plain thanks ("thanks to X for the donation") are deliberately absent.
  endorse: [
    'highly recommend', 'would recommend', 'definitely recommend', 'thoroughly recommend', "can't recommend",
    'cannot recommend', 'can not recommend', 'go and visit', 'go visit', 'go check out', 'check them out', 'check out their',
    'pop in and see them', 'pop down to', 'give them a follow', 'give them a like', 'use code', 'use the code',
    'discount code', 'promo code', 'voucher code', 'percent off', '#ad', '#advert', '#sponsored', '#spon',
    '#gifted', 'sponsored by', 'brought to you by', 'link in bio', 'order now', 'order yours', 'get yours', 'shop now',
    'buy now', 'buy yours', 'go and support them', 'support their business',
  ],
  // Praise endorses only when a business is named in the post (s5.ts checks).
  praise: [
    'five stars', '5 stars', 'amazing food', 'great food', 'lovely food', 'delicious', 'yummy', 'great service',
    'amazing service', 'fantastic service', 'great value', 'best value', 'the best coffee', 'the best pizza',
    'the best burger', 'the best chippy', 'the best breakfast', 'best kept secret', 'our favourite shop',
    'our favourite cafe', 'our favourite restaurant', 'our favourite pub', 'our favourite takeaway',
  ],
  best: ['best'],
  fundraise: [
    'please donate', 'donate now', 'donate here', 'donate today', 'donate to', 'can donate', 'please give',
    'give generously', 'sponsor me', 'sponsor us', 'sponsor our', 'sponsor my', 'please sponsor', 'justgiving',
    'just giving page', 'gofundme', 'go fund me', 'raising money for', 'raise money for', 'raising funds for',
    'raise funds for', 'fundraising for', 'fundraiser for', 'fundraising page', 'text to donate', 'every penny',
    'dig deep', 'bucket collection', 'our page', 'donations to', 'donations for', 'collecting for',
  ],
  // Police charities a force may always support (a force's own list would belong in its policy).
  approvedCause: [
    'police care uk', "police dependants' trust", 'police dependants trust', 'care of police survivors', 'cops uk',
    'national police memorial day', 'police treatment centres', 'police treatment centre', 'flint house',
    "police children's charity", "st george's police children trust", 'police roll of honour trust', 'blue lamp foundation',
    'police arboretum memorial trust', 'police benevolent fund', 'the police charity', 'our force charity',
    'crimestoppers', 'children in need', 'comic relief', 'poppy appeal', 'royal british legion',
  ],

  // Warnings about scams quote the bait ("50% off", "donate now"); they endorse nothing.
  scam: [
    'scam', 'scams', 'scammer*', 'fraud', 'fraudster*', 'fake', 'bogus', 'phishing', 'counterfeit', 'too good to be true',
    'beware', 'warning', 'rogue trader*', 'courier fraud', 'doorstep crime',
  ],

  // S6
  opinion: [
    // First person singular only: force accounts say "we believe" about investigations.
    'in my opinion', 'my opinion', 'imo', 'imho', 'in my view', 'my view is', 'my personal view', 'personally',
    'i think', 'i believe', 'i reckon', 'i feel that', 'if you ask me', 'frankly', 'quite frankly', "let's be honest",
    'lets be honest', "i'm sick of", 'sick and tired', 'fed up with', "i'm fed up", "don't get me started", '#rant',
    'rant over', 'in my humble opinion', 'i personally',
  ],
  contested: [
    'brexit', 'remainers', 'brexiteers', 'immigration', 'immigrant*', 'migrant*', 'asylum seeker*', 'asylum', 'refugee*',
    'small boats', 'illegal immigrants', 'illegals', 'abortion', 'pro life', 'pro choice', 'israel', 'gaza', 'palestin*',
    'zionis*', 'hamas', 'climate change', 'climate crisis', 'just stop oil', 'extinction rebellion', 'net zero', 'ulez',
    'low traffic neighbourhood*', 'ltn', 'ltns', 'vaccine*', 'vaccination*', 'lockdown*', 'anti vax*', 'death penalty',
    'capital punishment', 'legalis*', 'legaliz*',
    'decriminalis*', 'gun control', 'monarchy', 'republicans', 'trans rights', 'trans women', 'gender critical',
    'gender ideology', 'woke agenda', 'woke brigade', 'too woke', 'gone woke', 'woke policing', 'wokeness',
    'political correctness', 'do gooders', 'lefties', 'leftie*', 'lefty',
    'right wing', 'left wing', 'far right', 'far left', 'blm', 'black lives matter', 'all lives matter', 'defund the police',
    'austerity', 'the government', 'government', 'home secretary', 'prime minister', 'politicians', 'taxes',
    'police pay', 'pay rise', 'pay award', 'pay freeze', 'pension*', 'nhs strikes', 'junior doctors strike*', 'rwanda',
    'home office',
  ],
  criticTarget: [
    'the courts', 'courts', 'the court', 'the judge', 'judges', 'magistrates', 'the cps', 'cps', 'crown prosecution service',
    'the justice system', 'justice system', 'criminal justice system', 'the system', 'sentencing', 'sentence', 'sentences',
    'the bosses', 'bosses', 'management', 'senior management', 'top brass', 'the brass', 'chief constable', 'our force',
    'this force', 'the force', 'the job', 'colleagues', 'my colleagues', 'other officers', 'control room', 'the home office',
    'the government', 'government', 'the pcc', 'probation', 'parole board', 'the parole board', 'iopc', 'the federation',
    'hmicfrs', 'the sentence', 'his sentence', 'her sentence',
  ],
  // Judgements, not descriptions: "shocking", "appalling" are left out because court reports
  // use them of the offence ("the judge said it was an appalling attack").
  negative: [
    'joke', 'a joke', 'a disgrace', 'disgrace', 'disgraceful', 'pathetic', 'useless', 'shambles', 'shambolic',
    'incompetent', 'let him off', 'let her off', 'let them off', 'let off', 'lets him off', 'lets her off', 'too soft',
    'soft on crime', 'soft touch', 'soft sentence', 'lenient', 'too lenient', 'weak sentence', 'failed us', 'failing us',
    'failed the public', 'failed victims', 'failing victims', 'let us down', 'lets us down', 'laughable',
    'ridiculous', 'absurd', 'scandal', 'scandalous', 'clueless', 'spineless', 'gutless', 'no backbone', 'out of touch',
    'waste of time', 'waste of money', 'system is broken', 'a farce', 'farcical', 'insulting', 'an insult',
    'disaster', 'a disaster', 'madness', 'lunacy', 'nonsense', "haven't a clue", 'beggars belief', 'got it wrong',
    'disgusting', 'a travesty', 'travesty',
  ],
  criticPhrase: [
    'let off again', 'slap on the wrist', 'justice system is a joke', 'revolving door justice', 'bring back hanging',
    'bring back the death penalty', 'pc gone mad', 'political correctness gone mad', 'woke nonsense', 'the courts let him off',
    'the courts let her off', 'courts let them off', 'no justice for', 'soft touch britain', "what's the point in arresting",
    'what is the point in arresting', 'whats the point', "what's the point", 'no wonder nobody', 'no wonder people',
    'bleeding heart*', 'human rights brigade', 'lefty lawyers', 'activist lawyers', 'snowflake generation',
    'walks free again', 'back out on the streets already', 'back on the streets already', 'out before the ink is dry',
    'we arrest them and the courts', 'we nick them and', 'criminals have more rights', "can't believe the courts",
    'cannot believe the courts', "can't believe the judge", "can't believe the cps",
  ],

  // N1 / N2
  party: UK_PARTIES,
  // Capitalised and in political context only ("Labour councillor"), never "forced labour" or "Green Lane".
  partyAmbig: ['labour', "labour's", 'conservative', 'conservatives', "conservatives'", 'greens', 'reform'],
  polCtx: [
    'mp', 'mps', 'councillor', 'councillors', 'candidate', 'candidates', 'party', 'government', 'manifesto', 'election',
    'elections', 'minister', 'leader', 'vote', 'voting', 'voters', 'campaign', 'policy', 'policies', 'cabinet', 'shadow',
    'opposition', 'politics', 'political', 'parliament', 'westminster', 'polls', 'vote for', 'voting for', 'vote against',
    'voted for',
  ],
  slogan: [
    'get brexit done', 'take back control', 'stop the boats', 'for the many not the few', 'strong and stable',
    'make britain great again', 'make america great again', 'maga', 'back boris', "let's get britain's future back",
    'kill the bill', '#killthebill', '#notmyking', 'not my king', '#toriesout', '#toryout', '#labourout', '#votelabour',
    '#voteconservative', '#votetory', '#voteconservatives', '#votereform', '#votegreen', '#votelibdem', '#votesnp',
    '#getbrexitdone', '#takebackcontrol', '#stoptheboats', '#forthemany', '#jc4pm', '#backboris', '#gtto', '#reformuk',
    '#labourdoorstep', '#conservativesdoorstep', '#libdemfightback', '#ge2024', '#generalelection', 'sign the petition',
    'signed the petition', 'support the bill', 'oppose the bill', 'against the bill', 'scrap the bill', 'scrap ulez',
    'vote them out', 'vote him out', 'vote her out',
  ],
  vote: ['vote for', 'voting for', 'vote against', 'voted for', 'elect', 're elect', 're-elect'],
  support: [
    'great to see', 'thanks to', 'thank you to', 'backing', 'backing us', 'support', 'supporting', 'supports', 'proud',
    'well done', 'shame on', 'oppose', 'opposing', 'against', 'thanks', 'thank you', 'delighted', 'pleased',
  ],
  pcc: [
    'police and crime commissioner', 'police and crime commissioners', 'police, fire and crime commissioner',
    'police fire and crime commissioner', 'police crime commissioner', 'pcc', 'the pcc', 'pccs', 'pfcc', "pcc's", 'pcc election*',
    'pcc candidate*',
  ],
  election: [
    'pcc election*', 'pcc candidate*', 'election', 'elections', 'election day', 'polling day', 'polling station*', 'hustings',
    'manifesto*', 'ballot*', 'postal vote*', 'by election', 'by-election', 'purdah', 'pre election', 'canvass*',
    'campaign trail', 'vote', 'votes', 'voting', 'voters', 'polls', 'candidate', 'candidates', 'vote for', 'voting for',
    'vote against', 'voted for',
  ],
};
