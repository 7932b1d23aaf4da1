import type { ActorKind, EventStatus, PloverType, QuoteKind } from '../doc/layers.js'

/** The published Parley record: the JSON contract other tools rely on (see schema.json beside this file). */
export interface ParleyRecord {
  readonly document: RecordDocument
  readonly actors: readonly RecordActor[]
  readonly places: readonly RecordPlace[]
  readonly quotes: readonly RecordQuote[]
  readonly events: readonly RecordEvent[]
}

/** The record written for an input that could not be processed (batch mode). */
export interface ErrorRecord {
  readonly document: { readonly id: string; readonly source?: string }
  readonly error: string
}

export interface RecordDocument {
  readonly id: string
  readonly title: string | null
  readonly date: string | null
  readonly url: string | null
  readonly source: string | null
  readonly language: string | null
  /** Omitted with --no-text. */
  readonly text?: string
}

export interface RecordSpan {
  readonly start: number
  readonly end: number
}

export interface RecordTextSpan extends RecordSpan {
  readonly text: string
}

export interface RecordActor {
  readonly id: string
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
  readonly sector: string | null
  readonly role: string | null
  readonly anonymous: boolean
  readonly mentions: readonly RecordTextSpan[]
}

export interface RecordPlace {
  readonly id: string
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly mentions: readonly RecordTextSpan[]
}

export interface RecordQuote {
  readonly id: string
  readonly kind: QuoteKind
  readonly text: string
  readonly spans: readonly RecordSpan[]
  readonly cue: RecordTextSpan | null
  readonly speaker: { readonly actor: string | null; readonly mention: RecordTextSpan | null }
}

export interface RecordLocation {
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
}

export interface RecordEvent {
  readonly id: string
  readonly type: PloverType
  readonly mode: string | null
  readonly cameo: string | null
  readonly status: EventStatus
  readonly actor: readonly string[]
  readonly recipient: readonly string[]
  readonly date: { readonly start: string; readonly end: string; readonly text: string | null } | null
  readonly location: RecordLocation | null
  readonly trigger: RecordTextSpan
  /**
   * The word that decided a status other than asserted ("didn’t", "if", "will", "failed", "plans"), or null; set by
   * extraction, absent in records read back from a store that does not keep it.
   */
  readonly status_cue?: RecordTextSpan | null
  readonly sentence: RecordSpan
  readonly quote: string | null
  /**
   * The lexicon entry and construction that made the event ("meet.v/subject-object"); set by extraction,
   * absent in records read back from a store that does not keep it.
   */
  readonly rule?: string
}
