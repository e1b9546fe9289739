/**
 * Categories of the conduct lexicon. One trie holds every term of the conduct
 * rules (O1–O4, S1, S2, S5, S6, N1, N2), so a post is scanned once however
 * many rules read it; each term carries the categories it counts for.
 */

/** What a conduct-lexicon term means to the rules that read it. */
export type Cat =
  // Shared context
  | 'allow' // suppresses shorter terms inside it ("wanted on warrant", "Scunthorpe"-style words); counts for nothing
  | 'court' // court-report context: quoted words there are reported speech
  | 'crime' // arrest, custody, drink-driving…: S2 laughing emoji needs it
  | 'crisis' // people in crisis: mental health, self-harm…
  | 'futVerb' // will, 'll, going to, plan to
  | 'past' // yesterday, last night, were, was…
  | 'pastVerb' // executed, carried out… (binds an operation word to the past)
  | 'firstPerson' // I, my, me
  // O1
  | 'op' | 'tactic' | 'watch' | 'futStrong' | 'futWeak' | 'weekday' | 'month' | 'ongoing'
  // O2
  | 'shift' | 'schedule' | 'homeStrong' | 'homeWeak' | 'livesIn' | 'colleague' | 'family' | 'myCar' | 'carMake' | 'colour'
  // O3
  | 'covert' | 'covertSafe'
  // O4
  | 'presence' | 'realtime' | 'until' | 'engage' | 'incident'
  // S1
  | 'profanity' | 'slur' | 'nameLike'
  // S2
  | 'insult' | 'insultAdj' | 'mock' | 'laugh' | 'personNoun' | 'genericDont'
  // S5
  | 'endorse' | 'praise' | 'best' | 'fundraise' | 'approvedCause' | 'scam'
  // S6
  | 'opinion' | 'contested' | 'criticTarget' | 'negative' | 'criticPhrase'
  // N1, N2
  | 'party' | 'partyAmbig' | 'polCtx' | 'slogan' | 'vote' | 'support' | 'pcc' | 'election';

/** A term list: categories to the terms in them (a trailing `*` matches any word continuation). */
export type TermTable = Partial<Record<Cat, readonly string[]>>;
