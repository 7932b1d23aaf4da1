import type { Span } from './span.js'
import type { TokenTable } from './token-table.js'

export type MentionId = `m${number}`
export type ActorId = `c${number}`
export type PlaceId = `p${number}`
export type QuoteId = `q${number}`
export type EventId = `e${number}`
export type TimexId = `t${number}`

export interface Sentence extends Span {
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly paragraph: number
}

export const MENTION_TYPES = [
  'person',
  'organization',
  'country',
  'group',
  'place',
  'pronoun',
  'nominal',
] as const
export type MentionType = (typeof MENTION_TYPES)[number]

/** A typed mention of an entity: a name, a pronoun or a nominal ("the minister"). */
export interface Mention extends Span {
  readonly id: MentionId
  readonly type: MentionType
  readonly tokenStart: number
  readonly tokenEnd: number
  /** Knowledge-base id when the surface form is known (a country code, an organisation id). */
  readonly kbId: string | null
  /** Country (ISO alpha-3) stated by the mention itself: "Russian", "Moscow", "Indonesian Foreign Minister". */
  readonly country: string | null
  /** Title or role found inside or beside the mention ("Foreign Minister", "Secretary of State"). */
  readonly role: string | null
  /** Sector implied by the mention itself (a seat of government → GOV, "forces" → MIL). */
  readonly sector: string | null
  /** True for "former"/"ex-" office-holders. */
  readonly former: boolean
  /** True for plural nominals and pronouns ("officials", "they"). */
  readonly plural: boolean
  /** How a nominal or pronoun is determined: "the official", "a source", "his counterpart". */
  readonly determiner: 'definite' | 'indefinite' | 'possessive' | null
  /** Gazetteer entry for place mentions. */
  readonly place?: GazetteerPoint
}

export interface GazetteerPoint {
  readonly name: string
  readonly country: string | null
  readonly lat: number
  readonly lon: number
}

export const ACTOR_KINDS = ['person', 'organization', 'country', 'group'] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** An actor: the mentions of one real-world participant, merged within the document. */
export interface Actor {
  readonly id: ActorId
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
  readonly sector: string | null
  readonly role: string | null
  readonly anonymous: boolean
  readonly kbId: string | null
  readonly mentions: readonly MentionId[]
  /**
   * A country the text names only by places in it ("targets in Jericho", "a centre in Tokyo"); its mentions are
   * those places. It is a party only where an event takes the country it is carried out in as its target, and a
   * record keeps it only when an event names it.
   */
  readonly byPlace?: boolean
}

export interface Place {
  readonly id: PlaceId
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly mentions: readonly MentionId[]
}

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const
export type QuoteKind = (typeof QUOTE_KINDS)[number]

export interface Quote {
  readonly id: QuoteId
  readonly kind: QuoteKind
  /** Content spans without quote marks; several when the quotation is split around its cue. */
  readonly content: readonly Span[]
  readonly cue: Span | null
  /** The mention nearest the cue that names the speaker. */
  readonly speakerMention: MentionId | null
  readonly speaker: ActorId | null
}

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const
export type PloverType = (typeof PLOVER_TYPES)[number]

export const EVENT_STATUSES = ['asserted', 'negated', 'hypothetical', 'future'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export interface TimeRange {
  readonly start: string
  readonly end: string
  readonly text: string | null
}

/** A time expression in the text and the calendar range it denotes, resolved against the publication date. */
export interface Timex extends Span {
  readonly id: TimexId
  readonly tokenStart: number
  readonly tokenEnd: number
  /** What kind of expression: a point or period ("in March", "on Saturday", "in 2008"), or an open range. */
  readonly kind: 'point' | 'since' | 'until' | 'recent'
  /** The calendar range (YYYY-MM-DD, inclusive); null when it cannot be resolved (no publication date). */
  readonly range: { readonly start: string; readonly end: string } | null
}

export interface PoliticalEvent {
  readonly id: EventId
  readonly type: PloverType
  readonly mode: string | null
  readonly cameo: string | null
  readonly status: EventStatus
  readonly actor: readonly ActorId[]
  readonly recipient: readonly ActorId[]
  readonly date: TimeRange | null
  readonly place: PlaceId | null
  readonly trigger: Span
  /** The word that decided a status other than asserted ("didn’t", "if", "will", "plans"), or null. */
  readonly statusCue: Span | null
  readonly sentence: number
  readonly quote: QuoteId | null
  /**
   * The rule that made the event: the id of the lexicon entry and the construction ("meet.v/subject-object",
   * "meet.v/refusal-choice", "must/obligation"), with "+…" for what changed it ("+intent", "+stated-refusal").
   */
  readonly rule: string
}

/** Every annotation layer a Doc can carry, by name. Each is written once, by one stage. */
export interface LayerMap {
  tokens: TokenTable
  sentences: readonly Sentence[]
  paragraphs: readonly Span[]
  mentions: readonly Mention[]
  actors: readonly Actor[]
  places: readonly Place[]
  timexes: readonly Timex[]
  quotes: readonly Quote[]
  events: readonly PoliticalEvent[]
}

export type LayerName = keyof LayerMap
