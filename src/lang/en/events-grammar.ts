import type { StatusControl } from '../words.js'
/**
 * Function words and small constructions the events stage reads: negation, modality, clause openers,
 * control verbs. Data only; keys are wink-nlp lemmas or normalised token forms (`norm`: "n’t" reads "not", "—" reads "--",
 * “ and ” read ").
 */

/** Nouns that deny the event noun they govern ("the lack of contact", "the absence of talks"). */
export const ABSENCE_NOUNS: ReadonlySet<string> = new Set(['lack', 'absence'])

/**
 * Verbs that lend their status to the verb they govern ("plans to visit" is future, "hopes to meet" is
 * hypothetical, "tried to hack" still happened). They are not events themselves.
 */
export const STATUS_CONTROLLERS: Readonly<Record<string, StatusControl>> = {
  fail: 'negated',
  neglect: 'negated',
  vow: 'future',
  pledge: 'future',
  promise: 'future',
  swear: 'future',
  plan: 'future',
  intend: 'future',
  aim: 'future',
  schedule: 'future',
  set: 'future',
  due: 'future',
  expect: 'future',
  prepare: 'future',
  poise: 'future',
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

/**
 * Nouns that lend their status to the infinitive they govern, as control verbs do: "plans to meet" and "a pledge
 * to withdraw" are future, "hopes of meeting" hypothetical; a negator before the noun negates the act ("no
 * commitment to support", "no plans to visit").
 */
export const NOUN_CONTROLLERS: Readonly<Record<string, StatusControl>> = {
  plan: 'future',
  commitment: 'future',
  pledge: 'future',
  promise: 'future',
  vow: 'future',
  intention: 'future',
  intent: 'future',
  decision: 'future',
  readiness: 'hypothetical',
  willingness: 'hypothetical',
  hope: 'hypothetical',
  wish: 'hypothetical',
  desire: 'hypothetical',
  bid: 'hypothetical',
  effort: 'hypothetical',
  attempt: 'hypothetical',
  offer: 'hypothetical',
  proposal: 'hypothetical',
  right: 'hypothetical',
  need: 'hypothetical',
  chance: 'hypothetical',
  opportunity: 'hypothetical',
}

/**
 * Nouns of asking whose complement is what others want done, not what the asker or the doer announced: the act is
 * hypothetical ("a call for the forces to be deployed", "demands to release prisoners"), never an intent or threat.
 */
export const REQUEST_NOUNS: ReadonlySet<string> = new Set([
  'call',
  'demand',
  'request',
  'appeal',
  'plea',
  'ultimatum',
])

/**
 * Multi-word openers of a purpose clause, as space-joined norms: what follows is aimed at, not done ("flew to
 * Brussels in order to meet", "so that the army can strike").
 */
export const PURPOSE_OPENERS: readonly string[] = ['in order to', 'so as to', 'in order that', 'so that']

/**
 * Openers of a circumstance phrase, as space-joined norms: an event noun after one ("after two days of fighting",
 * "following the invasions", "in protest of last week's arrest") is what the sentence's news happened after,
 * because of or against, not news of its own.
 */
export const CIRCUMSTANCE_OPENERS: readonly string[] = [
  'after',
  'following',
  'since',
  'amid',
  'amidst',
  'over',
  'because of',
  'in the wake of',
  'in the aftermath of',
  'in retaliation for',
  'in response to',
  'in reaction to',
  'in protest of',
  'in protest at',
  'in protest against',
  'in the face of',
]

/** Verbs whose object event does not happen, or not yet: "to deter an Iraqi attack", "blocked the deal". */
export const PREVENTION_VERBS: ReadonlySet<string> = new Set([
  'deter',
  'prevent',
  'avert',
  'avoid',
  'thwart',
  'foil',
  'forestall',
  'preempt',
  'block',
])

/**
 * Verbs of setting out: an event noun after "for" is where the trip leads ("leaves on Wednesday for talks"), future
 * while the trip is told in the present or the future.
 */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  'leave',
  'travel',
  'head',
  'fly',
  'depart',
  'go',
  'come',
  'arrive',
  'set',
  'return',
  'visit',
])

/** Words that make what follows "of" or "with" an allegation: "suspected of blowing up", "accused of spying". */
export const ALLEGATION_WORDS: ReadonlySet<string> = new Set(['suspect', 'accuse', 'allege', 'charge'])

/** Adverbs and adjectives that make the event they modify an allegation ("allegedly ordered", "the alleged attack"). */
export const ALLEGATION_MODIFIERS: ReadonlySet<string> = new Set([
  'allegedly',
  'alleged',
  'purportedly',
  'purported',
])

/**
 * Heads of objects that make a violent verb figurative: "killed the plan", "hit the deal"; a verbal attack on them
 * is criticism, anything else no event.
 */
export const ABSTRACT_OBJECTS: ReadonlySet<string> = new Set([
  'plan',
  'bill',
  'proposal',
  'deal',
  'idea',
  'measure',
  'legislation',
  'project',
  'initiative',
  'motion',
  'amendment',
  'hope',
  'chance',
  'agreement',
  'treaty',
  'reform',
  'law',
  'resolution',
  'policy',
  'decision',
  'report',
  'story',
  'rumour',
  'rumor',
  'budget',
  'nomination',
  'record',
  'market',
  'price',
])

/** Verbs of handing over that are material aid only when what they hand over is ("sent food", not "sent an envoy"). */
export const TRANSFER_VERBS: ReadonlySet<string> = new Set([
  'give',
  'send',
  'deliver',
  'provide',
  'supply',
  'contribute',
])

/** Heads of what is handed over as material aid: goods, money, arms, relief. */
export const AID_THEMES: ReadonlySet<string> = new Set([
  'aid',
  'assistance',
  'help',
  'support',
  'relief',
  'food',
  'supply',
  'medicine',
  'drug',
  'vaccine',
  'dose',
  'money',
  'fund',
  'cash',
  'dollar',
  'euro',
  'loan',
  'credit',
  'grant',
  'weapon',
  'arm',
  'ammunition',
  'munition',
  'equipment',
  'hardware',
  'material',
  'materiel',
  'missile',
  'rocket',
  'tank',
  'aircraft',
  'jet',
  'helicopter',
  'drone',
  'shell',
  'system',
  'grain',
  'wheat',
  'rice',
  'flour',
  'fuel',
  'oil',
  'gas',
  'electricity',
  'tent',
  'blanket',
  'water',
  'shipment',
  'convoy',
  'package',
  'kit',
  'vehicle',
  'truck',
  'ship',
  'boat',
  'gear',
  'shelter',
  'asylum',
  'training',
  'expertise',
  'technology',
  'intelligence',
  'information',
  'data',
  'photograph',
  'imagery',
])

/**
 * Nouns of condemnation: a reported "X was a violation of international law", "… an insult to the nation", "…
 * an act of aggression", "… a stab in the back" is an accusation (ACCUSE) by the speaker against X.
 */
export const EVALUATIVE_NOUNS: ReadonlySet<string> = new Set([
  'violation',
  'breach',
  'insult',
  'affront',
  'aggression',
  'crime',
  'provocation',
  'betrayal',
  'stab',
  'outrage',
  'disgrace',
  'atrocity',
  'blunder',
  'mistake',
  'travesty',
  'sham',
  'farce',
  'interference',
  'slap',
  'blow',
  'threat',
])

/** Verbs of naming: "what it called a hostile campaign" names, it calls nobody. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'term',
  'label',
  'dub',
  'brand',
  'characterize',
  'characterise',
])

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

/** Words of violence that, said of one person against another, are words ("Trump attacked Clinton"). */
export const VERBAL_ATTACK_LEMMAS: ReadonlySet<string> = new Set([
  'attack',
  'assault',
  'blast',
  'slam',
  'hit',
])

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

// Words the argument finder reads (subjects, recipients, lists, quantities).

export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'"])

export const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or', '&'])

export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'dozen',
  'dozens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'score',
  'scores',
  'number',
  'group',
  'member',
  'members',
  'some',
  'all',
  'most',
  'many',
  'several',
  'one',
  'two',
  'three',
])

/** Subordinators that end the search for a subject (the clause they open is a different one). */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'because',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'whether',
  'while',
  'when',
])

export const AMBIGUOUS_QUANTITY_WORDS: ReadonlySet<string> = new Set(['over', 'about', 'around', 'some'])

/** Words that, before a number, belong to a quantity rather than open a phrase ("up to 16", "more than 100"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'than',
  'up',
  'about',
  'around',
  'nearly',
  'least',
  'over',
  'some',
  'at',
])

/** Verb particles: "speeded up the withdrawal", "called off the talks". */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'out', 'down', 'back', 'away', 'over'])

/** Prepositions that also open a clause ("after Russia invaded Georgia"). */
export const TEMPORAL_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'till',
  'as',
  'following',
])

export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'series',
  'round',
  'number',
  'lot',
  'set',
  'wave',
  'string',
  'spate',
  'flurry',
  'day',
  'week',
  'month',
  'year',
  'hour',
])

// Words of the constructions around a trigger (topics, territory, remote talks, complements).

export const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning'])

export const TERRITORY_WORDS: ReadonlySet<string> = new Set([
  'in',
  'throughout',
  'across',
  'inside',
  'within',
])

export const REMOTE_MODIFIERS: ReadonlySet<string> = new Set([
  'virtual',
  'video',
  'online',
  'telephone',
  'phone',
])

export const COMPLEMENT_SLOTS: readonly string[] = ['obj', 'to', 'on', 'against', 'in', 'into', 'at', 'with']

/**
 * Verbs that make their object do what the infinitive after it says: "ordered the newspaper to suspend
 * publication", "forced the rebels to withdraw". The one who orders does it, to the one ordered.
 */
export const CAUSATIVE_LEMMAS: ReadonlySet<string> = new Set([
  'order',
  'force',
  'compel',
  'oblige',
  'instruct',
  'command',
])

/** Verbs of wanting someone to act: "the US wanted Syria to withdraw" is a request to Syria, not a withdrawal. */
export const DESIRE_LEMMAS: ReadonlySet<string> = new Set(['want', 'wish'])

export const WOULD: ReadonlySet<string> = new Set(['would', "'d"])

// Words the trigger matcher reads.

/** Punctuation a gap may hold: hyphens and the quotation marks of scare quotes ("accept “ultimatums”"). */
export const GAP_MARKS: ReadonlySet<string> = new Set(['-', '"', "'"])

/** Heads that leave the event noun before them the event ("a mediation mission", "peace efforts"). */
export const LIGHT_HEADS: ReadonlySet<string> = new Set([
  'mission',
  'effort',
  'efforts',
  'process',
  'bid',
  'attempt',
  'campaign',
  'operation',
  'initiative',
  'round',
  'session',
  'drive',
])

/** Prepositions that name who did what an event noun names: "talks between A and B", "an attack by A". */
export const AGENT_SLOTS: readonly string[] = ['between', 'by']

/** The same for a control noun, which also takes "from": "a demand from Washington". */
export const CONTROL_AGENT_SLOTS: readonly string[] = [...AGENT_SLOTS, 'from']

/** Prepositions that name who made what a governed noun names: "calls by Annan", "a proposal from Iraq". */
export const MAKER_SLOTS: readonly string[] = ['by', 'from']
