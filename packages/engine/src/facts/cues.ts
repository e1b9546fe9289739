/**
 * Cue phrases for the facts: stages of proceedings, appeals, offences. One
 * lexicon (a trie over the lexicon view) finds them all in a single pass.
 */
import type { Stage } from './types.js';

/** What a cue says. */
export type Cue = Stage | 'sexual' | 'child' | 'offence';

/** Cue phrases by meaning. `*` matches any word ending. */
export const CUES: Readonly<Record<Cue, readonly string[]>> = {
  suspect: ['suspect', 'suspects', 'suspected of', 'person of interest', 'believed to be responsible', 'believed to have been involved'],
  arrested: ['arrested', 'has been arrested', 'have been arrested', 'under arrest', 'in custody', 'remains in custody', 'remain in custody',
    'on suspicion of', 'held on suspicion', 'detained', 'been detained', 'arrest*'],
  warrant: ['warrant for his arrest', 'warrant for her arrest', 'warrant for their arrest', 'warrant has been issued', 'arrest warrant'],
  summonsed: ['summonsed', 'summons', 'postal requisition', 'requisitioned'],
  charged: ['charged', 'has been charged', 'have been charged', 'was charged', 'were charged', 'charged with', 'will appear', 'is due to appear',
    'are due to appear', 'due to appear', 'appeared at', 'appeared before', 'will appear before', 'appear at'],
  remanded: ['remanded', 'remanded in custody', 'remanded into custody'],
  bailed: ['bailed', 'released on bail', 'police bail', 'released under investigation', 'conditional bail'],
  convicted: ['convicted', 'found guilty', 'pleaded guilty', 'pled guilty', 'pleads guilty', 'admitted the offence', 'admitted the charge*', 'admitted charges', 'guilty plea', 'was convicted', 'were convicted'],
  sentenced: ['sentenced', 'jailed', 'imprisoned', 'years in prison', 'suspended sentence', 'community order', 'behind bars',
    'detained at his majesty', 'life sentence', 'locked up', 'banned from driving', 'disqualified from driving'],
  acquitted: ['acquitted', 'found not guilty', 'cleared of', 'not guilty'],
  released: ['released without charge', 'released with no further action', 'no further action', 'de-arrested'],
  nfa: ['nfa'],
  wanted: ['wanted', 'wanted on recall', 'wanted in connection', 'have you seen this man', 'have you seen this woman', 'do you know this man',
    'do you know this woman', 'do you recognise', 'we want to speak to', 'we would like to speak to', 'we\'d like to speak to',
    'trying to trace', 'trying to locate', 'help us find', 'can you help us find', 'information on his whereabouts',
    'information on her whereabouts', 'whereabouts', 'recall to prison', 'on the run', 'evading arrest'],
  missing: ['missing', 'reported missing', 'missing person', 'concern for the welfare', 'concerns for the welfare', 'concern for his welfare',
    'concern for her welfare', 'concerned for the welfare', 'have you seen', 'not been seen since', 'last seen'],
  found: ['found safe', 'found safe and well', 'has been found', 'have been found', 'been located', 'has been located', 'no longer missing',
    'found and is safe', 'returned home', 'back home safe', 'thank you for sharing', 'thanks for sharing', 'thanks for retweeting',
    'thank you for retweeting'],
  died: ['died', 'has died', 'passed away', 'killed', 'fatal', 'fatally', 'death', 'body was found', 'body found', 'body of', 'tributes', 'tribute', 'lost his life',
    'lost her life', 'pronounced dead', 'sadly died'],
  identified: ['formally identified', 'has been named as', 'have been named as', 'named as', 'family have been informed',
    'family has been informed', 'next of kin', 'family have paid tribute', 'family has paid tribute', 'family paid tribute',
    // "The family of Gedeon Ngwendema, 21, have paid tribute": the name sits inside the phrase.
    'her family', 'his family', 'the family of', 'family are being supported', 'family is being supported'],
  trial: ['trial', 'on trial', 'jury', 'trial continues', 'trial date', 'the jury', 'pleaded not guilty', 'pleads not guilty',
    'pled not guilty', 'denies', 'denied the charge*', 'deny the charge*'],
  sexual: ['rape', 'raped', 'sexual assault', 'sexually assaulted', 'sexual assaults', 'sexual offence', 'sexual offences', 'sexual activity',
    'indecent assault', 'indecently assaulted', 'indecent exposure', 'indecent images', 'indecent photograph*', 'voyeurism',
    'upskirting', 'grooming', 'groomed', 'sexual communication', 'child sexual', 'sex attack', 'sex offence', 'sex offences',
    'assault by penetration', 'sexual touching', 'intimate image*', 'revenge porn', 'molest*', 'sexual abuse', 'sexually abused', 'sexually abusing', 'sexually assaulting', 'raping',
    'serious sexual', 'sexual grooming', 'sextortion', 'cse', 'child sexual exploitation'],
  child: ['youth court', 'youth offending', 'under 18', 'under-18', 'juvenile', 'schoolboy', 'schoolgirl', 'child', 'children',
    'teenager', 'teenage', 'minor', 'year 9', 'year 10', 'year 11', 'pupil', 'pupils'],
  offence: ['burglary', 'burgled', 'theft', 'stolen', 'stole', 'robbery', 'robbed', 'assault', 'assaulted', 'stabbing', 'stabbed',
    'murder', 'murdered', 'manslaughter', 'fraud', 'drug*', 'cannabis', 'cocaine', 'heroin', 'possession', 'supply', 'offence',
    'offences', 'crime', 'crimes', 'criminal damage', 'arson', 'harassment', 'stalking', 'affray', 'violent disorder', 'weapon',
    'knife', 'firearm', 'dangerous driving', 'drink driving', 'drink-driving', 'drug driving', 'shoplifting', 'vandalism',
    'kidnap', 'blackmail', 'domestic abuse', 'abh', 'gbh', 'wounding', 'investigation', 'attack', 'attacked'],
};
