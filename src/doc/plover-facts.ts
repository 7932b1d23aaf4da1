import { type EventStatus, PLOVER_TYPES, type PloverType } from './layers.js'

/** What an event of a type says about the relationship between its parties: the colour of a network edge. */
export type Tone = 'cooperation' | 'conflict' | 'neutral'

/** The manual's quad categories: verbal cooperation, material cooperation, verbal conflict, material conflict. */
export type QuadCode = 1 | 2 | 3 | 4

/** How an act announced for the future is coded: as a statement of intent (AGREE) or as a threat (THREATEN). */
export type Announced = 'intent' | 'threat' | null

/** Everything Parley knows about one PLOVER type, language-independent. */
export interface PloverTypeFacts {
  readonly quad: QuadCode
  readonly tone: Tone
  /** The parties act together: "Reagan and Gorbachev met" is a meeting of the first with the others. */
  readonly symmetric: boolean
  /** A contact between the parties when it happened: a meeting, call, visit or talks (CONSULT), nothing else. */
  readonly contact: boolean
  /** With no party named as target, the country the act takes place in is its target ("protests in Serbia"). */
  readonly territorial: boolean
  /** A speech act: a condition stated after it is part of what is said ("threatened sanctions if …"). */
  readonly speechAct: boolean
  /** Parley emits it only with a counterpart ("Blinken held talks" names nobody). */
  readonly needsCounterpart: boolean
  /** The PLOVER manual requires a recipient: a record without one is not conformant. */
  readonly recipientRequired: boolean
  readonly announced: Announced
}

const fact = (
  quad: QuadCode,
  tone: Tone,
  flags: Partial<Omit<PloverTypeFacts, 'quad' | 'tone' | 'announced'>> = {},
  announced: Announced = null,
): PloverTypeFacts => ({
  quad,
  tone,
  symmetric: false,
  contact: false,
  territorial: false,
  speechAct: false,
  needsCounterpart: false,
  recipientRequired: false,
  ...flags,
  announced,
})

/** The one table of PLOVER type facts; every set below, the record, the store, the API and the dashboard read it. */
export const PLOVER_TYPE_FACTS = {
  AGREE: fact(1, 'cooperation', { speechAct: true }),
  CONSULT: fact(1, 'cooperation', { symmetric: true, contact: true, needsCounterpart: true }, 'intent'),
  SUPPORT: fact(1, 'cooperation', { needsCounterpart: true }, 'intent'),
  CONCEDE: fact(1, 'cooperation', { territorial: true }, 'intent'),
  COOPERATE: fact(
    2,
    'cooperation',
    { symmetric: true, needsCounterpart: true, recipientRequired: true },
    'intent',
  ),
  AID: fact(2, 'cooperation', { needsCounterpart: true, recipientRequired: true }, 'intent'),
  RETREAT: fact(2, 'cooperation', { territorial: true }, 'intent'),
  REQUEST: fact(3, 'neutral', { speechAct: true }),
  ACCUSE: fact(3, 'conflict', { speechAct: true }),
  REJECT: fact(3, 'conflict', { speechAct: true }),
  SANCTION: fact(3, 'conflict', { recipientRequired: true }, 'threat'),
  THREATEN: fact(3, 'conflict', { speechAct: true }),
  PROTEST: fact(4, 'conflict', { territorial: true }, 'threat'),
  MOBILIZE: fact(4, 'conflict', { territorial: true }, 'threat'),
  COERCE: fact(4, 'conflict', { territorial: true }, 'threat'),
  ASSAULT: fact(4, 'conflict', { territorial: true }, 'threat'),
} as const satisfies Record<PloverType, PloverTypeFacts>

/** The types a fact holds for, as a set. */
export function typesWhere(holds: (facts: PloverTypeFacts) => boolean): ReadonlySet<PloverType> {
  return new Set(PLOVER_TYPES.filter((type) => holds(PLOVER_TYPE_FACTS[type])))
}

export const SYMMETRIC_TYPES = typesWhere((f) => f.symmetric)
export const CONTACT_TYPES = typesWhere((f) => f.contact)
export const TERRITORIAL_TYPES = typesWhere((f) => f.territorial)
export const SPEECH_ACT_TYPES = typesWhere((f) => f.speechAct)
export const RECIPIENT_TYPES = typesWhere((f) => f.needsCounterpart)
export const RECIPIENT_REQUIRED = typesWhere((f) => f.recipientRequired)
/** Verbal cooperation or material action that, announced for the future, is a statement of intent (AGREE). */
export const COOPERATIVE_TYPES = typesWhere((f) => f.announced === 'intent')
/** Coercive action that, announced for the future, is a threat (THREATEN). */
export const CONFLICTUAL_TYPES = typesWhere((f) => f.announced === 'threat')

export const quadOf = (type: PloverType): QuadCode => PLOVER_TYPE_FACTS[type].quad
export const toneOf = (type: PloverType): Tone => PLOVER_TYPE_FACTS[type].tone

/** How the dashboard labels statuses. */
export const STATUS_LABELS = {
  asserted: 'happened',
  negated: 'did not happen',
  hypothetical: 'hypothetical',
  future: 'planned',
} as const satisfies Record<EventStatus, string>
