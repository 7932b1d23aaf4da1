/**
 * Function words and small constructions the events stage reads: negation, modality, clause openers,
 * control verbs. Data only; keys are wink-nlp lemmas or normalised token forms (`norm`: "n’t" reads "not", "—" reads "--",
 * “ and ” read ").
 */
import type { PloverType } from '../../doc/layers.js'

/** Words that negate the verb group or noun phrase they stand in ("has not met", "never spoke", "no contact"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'neither', 'nor', 'without'])

/** Nouns that deny the event noun they govern ("the lack of contact", "the absence of talks"). */
export const ABSENCE_NOUNS: ReadonlySet<string> = new Set(['lack', 'absence'])

/** Auxiliaries and modals that mark a future event. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set(['will', 'shall'])

/** Modals that make an event hypothetical ("would meet", "could", "might"). */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set([
  'would',
  "'d",
  'could',
  'might',
  'may',
  'should',
  'can',
])

/** Subordinators that open a condition: everything in their sentence is hypothetical. */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether'])

/** Words that open a new clause (the subject of a verb is never searched past them). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'if',
  'unless',
  'whether',
  'when',
  'where',
  'after',
  'before',
  'once',
  'until',
  'as',
])

/** Relative pronouns: the subject of their clause is the noun before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom'])

/** Punctuation that always ends a clause. */
export const HARD_BREAKS: ReadonlySet<string> = new Set([';', ':', '--', '"'])

/**
 * Verbs that lend their status to the verb they govern ("plans to visit" is future, "hopes to meet" is
 * hypothetical, "tried to hack" still happened). They are not events themselves.
 */
export const STATUS_CONTROLLERS: Readonly<Record<string, 'future' | 'hypothetical' | 'asserted'>> = {
  plan: 'future',
  intend: 'future',
  aim: 'future',
  schedule: 'future',
  set: 'future',
  due: 'future',
  expect: 'future',
  prepare: 'future',
  go: 'future',
  want: 'hypothetical',
  hope: 'hypothetical',
  wish: 'hypothetical',
  seek: 'hypothetical',
  consider: 'hypothetical',
  try: 'asserted',
  attempt: 'asserted',
  decide: 'asserted',
  begin: 'asserted',
  start: 'asserted',
  continue: 'asserted',
  resume: 'asserted',
  manage: 'asserted',
}

/** "chose not to meet": a decision not to act is a refusal (REJECT), not a negated event. */
export const REFUSAL_CHOICES: ReadonlySet<string> = new Set([
  'choose',
  'decide',
  'opt',
  'vote',
  'prefer',
  'elect',
])

/** Complements of "declined to …" that are about talking to the press, not a refusal of an event. */
export const PRESS_VERBS: ReadonlySet<string> = new Set([
  'comment',
  'elaborate',
  'confirm',
  'disclose',
  'identify',
  'specify',
  'name',
  'answer',
  'say',
])

/** Modals that, in a reported clause, make its subject the recipient of a demand ("Iraq must cooperate"). */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must'])

/** Words between a verb and a noun that still leave the noun in the verb's object ("held a series of talks"). */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NUM',
  'NOUN',
  'PROPN',
  'ADV',
  'PART',
])

/** Prepositions that introduce a place where an event happened. */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside'])

/** "by phone", "by telephone", "via video link": the mode of a consultation. */
export const PHONE_WORDS: ReadonlySet<string> = new Set([
  'phone',
  'telephone',
  'video',
  'videoconference',
  'videolink',
  'teleconference',
])

/** How the embedded event sets the mode of a refusal or request ("refused to meet" → REJECT meet). */
export const DEMAND_MODES: Readonly<Partial<Record<PloverType, string>>> = {
  CONSULT: 'meet',
  AGREE: 'meet',
  COOPERATE: 'assist',
  AID: 'assist',
  SUPPORT: 'assist',
  CONCEDE: 'yield',
  RETREAT: 'yield',
  SANCTION: 'change',
  COERCE: 'change',
}

/** CAMEO codes for a refusal or request by the mode it takes. */
export const DEMAND_CAMEO: Readonly<Record<'REQUEST' | 'REJECT', Readonly<Record<string, string>>>> = {
  REQUEST: { meet: '106', assist: '101', yield: '105', change: '104' },
  REJECT: { meet: '125', assist: '121', yield: '124', change: '123' },
}

/** Verbal cooperation or material action that, announced for the future, is a statement of intent (AGREE). */
export const COOPERATIVE_TYPES: ReadonlySet<PloverType> = new Set([
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
])

/** Coercive action that, announced for the future, is a threat (THREATEN). */
export const CONFLICTUAL_TYPES: ReadonlySet<PloverType> = new Set([
  'SANCTION',
  'COERCE',
  'ASSAULT',
  'MOBILIZE',
  'PROTEST',
])

/** Speech acts: a condition stated after them is part of what is said ("threatened sanctions if …"). */
export const SPEECH_ACT_TYPES: ReadonlySet<PloverType> = new Set([
  'THREATEN',
  'REQUEST',
  'AGREE',
  'REJECT',
  'ACCUSE',
])

/** Actions whose target, when no party is named, is the country they are carried out in ("protests in Serbia"). */
export const TERRITORIAL_TYPES: ReadonlySet<PloverType> = new Set([
  'PROTEST',
  'COERCE',
  'ASSAULT',
  'CONCEDE',
  'RETREAT',
  'MOBILIZE',
])

/** Words of violence that, said of one person against another, are words ("Trump attacked Clinton"). */
export const VERBAL_ATTACK_LEMMAS: ReadonlySet<string> = new Set([
  'attack',
  'assault',
  'blast',
  'slam',
  'hit',
])

/** THREATEN modes by the kind of action threatened. */
export const THREAT_MODES: Readonly<Partial<Record<PloverType, string>>> = {
  ASSAULT: 'violence',
  MOBILIZE: 'violence',
  SANCTION: 'relations',
  PROTEST: 'restrict',
}

/** Control words whose embedded conflictual action makes a threat rather than an offer ("vowed to retaliate"). */
export const INTENT_CONTROLLERS: ReadonlySet<string> = new Set([
  'promise',
  'promised',
  'promises',
  'pledge',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'offered',
  'offers',
  'pledge',
  'vow',
  'willing',
  'ready',
  'prepared',
  'offer',
])

/** Words that open a new clause inside a sentence: a condition or subject is not read across them. */
export const CLAUSE_SEPARATORS: ReadonlySet<string> = new Set([
  'while',
  'but',
  'whereas',
  'although',
  'though',
])

/** Third-person singular subject pronouns that, unresolved, can stand for the speaker reported just before. */
export const REPORTED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])

/** Words that make a plural nominal a pair ("the two leaders", "both presidents"). */
export const PAIR_WORDS: ReadonlySet<string> = new Set(['two', 'both'])

/**
 * The roles a pair nominal's noun fits ("the two leaders" are heads of state or government): lower-case
 * fragments of an actor's role. A noun not listed fits any pair.
 */
export const PAIR_NOUN_ROLES: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'leader'],
  president: ['president'],
  'prime minister': ['prime minister', 'premier'],
  minister: ['minister', 'secretary of state'],
  'foreign minister': ['foreign minister', 'secretary of state', 'foreign secretary'],
  diplomat: ['minister', 'secretary of state', 'diplomat', 'envoy', 'ambassador', 'foreign affairs'],
}

/** Nouns for a delegation that, unnamed, speaks for the side of whoever reports on it ("negotiators"). */
export const SIDE_NOUNS: ReadonlySet<string> = new Set([
  'negotiator',
  'delegation',
  'delegate',
  'envoy',
  'emissary',
])
