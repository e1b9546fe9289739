/**
 * Language terms: S1 (profanity and slurs) and S2 (mocking or demeaning
 * people). Matching is on the lexicon view, so leetspeak, spacing, repeated
 * letters and look-alike characters are already undone; whole words only, so
 * "Scunthorpe" and "cockpit" never match. The lists are deliberately explicit
 * (plurals spelt out) where a `*` prefix would catch innocent words.
 */
import type { TermTable } from './categories.js';

/** Profanity (S1, review). Exported for the masked-word matcher ("f**k"). */
export const PROFANITY: readonly string[] = [
  'fuck*', 'fck', 'fcking', 'fuk', 'fukin', 'fukkin', 'fuckin', 'motherfuck*', 'mofo', 'wtf', 'stfu', 'ffs',
  'shit', 'shits', 'shite', 'shitty', 'shitting', 'shithead*', 'shithole*', 'bullshit', 'bullshitting', 'horseshit', 'shitshow',
  'cunt', 'cunts', 'cunting', 'twat', 'twats', 'twatting', 'wanker', 'wankers', 'wank', 'wanking', 'wanky',
  'bastard', 'bastards', 'bitch', 'bitches', 'bitchy', 'bitching', 'biatch', 'piss', 'pissed', 'pissing', 'pisshead*',
  'piss off', 'pissed off', 'arse', 'arses', 'arsehole', 'arseholes', 'ass', 'asses', 'asshole', 'assholes', 'dumbass',
  'jackass', 'dick', 'dicks', 'dickhead', 'dickheads', 'prick', 'pricks', 'cocksucker*', 'knobhead', 'knobheads', 'bellend',
  'bellends', 'tosser', 'tossers', 'bollocks', 'bollox', 'bugger', 'bugger off', 'sod off', 'crap', 'crappy', 'bloody hell',
  'pussy', 'pussies', 'hoe', 'hoes', 'thot', 'thots', 'douchebag', 'douche', 'minge', 'goddamn', 'damnit',
];

/** Slurs (S1, block): racist, homophobic, transphobic, disablist and misogynist terms. */
export const SLURS: readonly string[] = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'nigguh', 'negro', 'negroes', 'nig nog', 'paki', 'pakis', 'chink',
  'chinks', 'chinky', 'gook', 'gooks', 'spic', 'spics', 'wetback', 'wetbacks', 'kike', 'kikes', 'coon', 'coons', 'wog',
  'wogs', 'golliwog', 'golliwogs', 'gollywog', 'sambo', 'darkie', 'darkies', 'pikey', 'pikeys', 'gyppo', 'gyppos', 'gypo',
  'raghead', 'ragheads', 'towelhead', 'towelheads', 'sand nigger', 'jungle bunny', 'half caste', 'yid', 'yids', 'taig',
  'taigs', 'zipperhead', 'beaner', 'beaners', 'camel jockey', 'porch monkey', 'niggah', 'niggahs', 'nicca', 'niccas',
  'nig', 'nigs', 'whitey', 'whiteys', 'white trash', 'trailer trash', 'coloreds', 'coloureds', 'colored people',
  'coloured people', 'queers',
  'faggot', 'faggots', 'fag', 'fags', 'faggy', 'dyke', 'dykes', 'poof', 'poofs', 'poofter', 'poofters', 'tranny',
  'trannies', 'shemale', 'shemales', 'lezza', 'lesbo', 'lesbos', 'batty boy', 'bum boy',
  'retard', 'retards', 'retarded', 'spastic', 'spastics', 'spaz', 'spazz', 'spacker', 'mong', 'mongs', 'mongoloid',
  'window licker', 'slut', 'sluts', 'whore', 'whores', 'slag', 'slags', 'skank', 'skanks',
];

/** S1 and S2 terms. */
export const LANGUAGE_TERMS: TermTable = {
  profanity: PROFANITY,
  slur: SLURS,
  // Words that are also first names or place names: a capitalised neighbour makes them a name ("Dick Turpin").
  nameLike: ['dick', 'dicks', 'prick', 'fag', 'fags', 'coon', 'coons', 'mong', 'dyke', 'taig', 'slag', 'hoe', 'hoes'],
  insult: [
    'idiot', 'idiots', 'moron', 'morons', 'muppet', 'muppets', 'numpty', 'numpties', 'plonker', 'plonkers', 'halfwit',
    'halfwits', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'pillock', 'pillocks', 'prat', 'prats', 'wally', 'wallies',
    'dimwit', 'dimwits', 'dipstick', 'lowlife', 'lowlifes', 'low life', 'scumbag', 'scumbags',
    'druggie', 'druggies', 'junkie', 'junkies', 'smackhead', 'smackheads', 'crackhead', 'crackheads', 'alkie', 'alkies',
    'chav', 'chavs', 'nutter', 'nutters', 'nutcase', 'psycho', 'psychos', 'loony', 'loonies', 'looney', 'headcase',
    'weirdo', 'weirdos', 'nonce', 'nonces', 'scrote', 'scrotes', 'toerag', 'toerags', 'pond life',
    'wrong un', "wrong'un", 'wrong uns', 'vermin', 'dregs', 'loser', 'losers', 'dumbo', 'this genius', 'our genius',
    'some genius', 'one genius', 'this einstein', 'bright spark', 'absolute weapon', 'absolute melt', 'absolute doughnut',
    'absolute clown', 'this clown', 'these clowns', 'what a clown', 'divvy',
    'numbskull', 'knobber', 'gimp', 'attention seeker', 'attention seekers', 'frequent flyer', 'frequent flyers',
    'time waster', 'time wasters', 'timewaster', 'timewasters', 'these animals', 'animals like this', 'scroungers',
  ],
  insultAdj: ['stupid', 'dumb', 'brainless', 'idiotic', 'moronic', 'gormless', 'dopey', 'clueless', 'pathetic', 'sad little'],
  mock: [
    'enjoy your night in the cells', 'enjoy your night in custody', 'enjoy your stay', 'enjoy your night in',
    'enjoy the cells', 'enjoy your time in', 'enjoy your new accommodation', 'enjoy your new home', 'bed for the night',
    'free bed for the night', 'free taxi', 'free ride', 'shiny new bracelets', 'new bracelets', 'silver bracelets',
    'new jewellery', "didn't see that coming", 'you cannot make this up', "you can't make this up", "you couldn't make it up",
    'you can not make this up', "can't fix stupid", 'cannot fix stupid', 'darwin award*', 'natural selection',
    'bye felicia', 'not the sharpest', 'not the brightest', 'brains of a', 'thick as', 'one brain cell', 'no brains',
    'no brain cells', 'brain cell',
    'award goes to', 'of the day award', 'muppet of the', 'idiot of the', 'epic fail', '#fail',
    '#facepalm', '#idiot', '#idiots', '#muppet', '#youcantfixstupid', '#stupidity', '#numpty',
    '#darwinaward', '#epicfail', 'his own fault', 'her own fault', 'deserved it', 'had it coming', 'serves him right',
    'serves her right', 'serves them right', 'what a mug', 'absolute mug', 'mugs like', 'silly boy', 'silly girl',
  ],
  // Laughter only mocks someone next to crime or crisis context (S2 checks that).
  laugh: ['karma', '#karma', 'bye bye', 'byeee', '#byebye', 'oops', 'whoops', 'haha*', 'hehe*', 'lol', 'lols', 'lolz', 'lmao', 'lmfao', 'rofl', 'roflmao', 'pmsl', 'lolol'],
  personNoun: [
    'driver', 'drivers', 'drink driver', 'drink drivers', 'drunk driver', 'drunk drivers', 'drug driver', 'drug drivers',
    'motorist', 'motorists', 'cyclist', 'cyclists', 'rider', 'riders', 'thief', 'thieves', 'burglar', 'burglars',
    'shoplifter', 'shoplifters', 'man', 'men', 'woman', 'women', 'lad', 'lads', 'bloke', 'blokes', 'male', 'males',
    'female', 'females', 'youth', 'youths', 'caller', 'callers', 'person', 'people', 'guy', 'guys', 'fella', 'fellas',
    'individual', 'individuals', 'suspect', 'suspects', 'offender', 'offenders', 'parker', 'parkers',
  ],
  genericDont: ["don't be a", "don't be an", 'do not be a', 'do not be an', 'dont be a', 'dont be an', "don't be that", 'dont be that'],
};
