import type { ActorKind, EventStatus, PloverType, QuoteKind } from '../doc/layers.js'
import type { ParleyRecord, RecordDocument, RecordSpan, RecordTextSpan } from '../record/record.js'
import type { CountRange, EventCountFilter, EventCountKey, EventCounts, SpeakerCounts } from './aggregates.js'

/**
 * The lasting engagement record: Parley records put in, read models taken out. Every method is async so a
 * networked backend (PostgreSQL) can implement the same interface; the SQLite backend answers synchronously.
 * Global ids (actors, places, events) are positive integers, stable while the database lives.
 */
export interface Store {
  /**
   * Stores one document's record in one transaction. Idempotent by `contentHash`: the same id and hash change
   * nothing; the same id with another hash replaces the old record (its mentions leave their events).
   */
  putDocument(record: ParleyRecord, options: PutOptions): Promise<PutOutcome>
  /** True when a document with this id is stored (with this content hash, when given). */
  hasDocument(id: string, contentHash?: string): Promise<boolean>
  /** The stored record of one document, text included, with the global ids of its actors and events. */
  getDocument(id: string): Promise<StoredDocument | null>
  listDocuments(page?: Page): Promise<readonly DocumentSummary[]>
  findActors(filter?: ActorFilter): Promise<readonly StoredActor[]>
  findPlaces(filter?: PlaceFilter): Promise<readonly StoredPlace[]>
  findEvents(filter?: EventFilter): Promise<readonly StoredEvent[]>
  findQuotes(filter?: QuoteFilter): Promise<readonly StoredQuote[]>
  stats(): Promise<StoreStats>
  /** How many actors `findActors` would list over all pages (limit and offset ignored). */
  totalActors(filter?: ActorFilter): Promise<number>
  /** How many events `findEvents` would list over all pages (limit and offset ignored). */
  totalEvents(filter?: EventFilter): Promise<number>
  /** How many quotations `findQuotes` would list over all pages (limit and offset ignored). */
  totalQuotes(filter?: QuoteFilter): Promise<number>
  /** Who is quoted most (primary copies of quotations), with the count of quotations without a speaker. */
  countSpeakers(range?: CountRange): Promise<SpeakerCounts>
  /** De-duplicated events counted by type, status, month or dyad. */
  countEvents(by: EventCountKey, filter?: EventCountFilter): Promise<EventCounts>
  /**
   * A value that changes whenever the stored record changes, through this store or any other connection to the
   * same data; read models cache answers while it stays the same. Optional: without it nothing is cached.
   */
  revision?(): Promise<string>
  /**
   * Merges actor `from` into actor `into` (its document links, quotations and event parties move; `from` is
   * deleted) and keeps the rule, so `from`'s key and person name become `into` in articles stored later.
   * Null when either id is unknown or both are the same actor.
   */
  mergeActors(from: number, into: number): Promise<MergeOutcome | null>
  /**
   * Splits off the articles that named actor `id` so (`name`, folded like a person's name): they become one
   * actor of their own, and a rule keeps that name apart in articles stored later. Null when no article, or
   * every article, of the actor gave that name.
   */
  splitActor(id: number, name: string): Promise<SplitOutcome | null>
  /** The kept merge and split rules, oldest first. */
  actorRules(): Promise<readonly ActorRule[]>
  close(): Promise<void>
}

/** What one `mergeActors` did. */
export interface MergeOutcome {
  readonly from: number
  readonly into: number
  readonly fromKey: string
  readonly intoKey: string
  /** Documents whose actor moved. */
  readonly documents: number
  /** Events whose parties changed. */
  readonly events: number
}

/** What one `splitActor` did. */
export interface SplitOutcome {
  readonly from: number
  /** The new actor, null when none of its articles could be stored again. */
  readonly into: number | null
  readonly documents: number
}

/** A user's identity rule: an actor key (and a person's name) that stands for another actor. */
export interface ActorRule {
  readonly fromKey: string
  readonly fromName: string | null
  readonly intoKey: string
  /** The actor the rule leads to now, null when it is gone. */
  readonly intoId: number | null
  readonly intoName: string | null
  readonly createdAt: string
}

export interface PutOptions {
  /** Hash of the input (text and metadata); see `contentHash()`. */
  readonly contentHash: string
  /** Knowledge-base ids of the record's actors by local id (from the Doc's actors layer), used to merge actors. */
  readonly actorKbIds?: Readonly<Record<string, string | null>>
  /** Store again even when the hash is unchanged (after re-extracting with a newer pipeline). */
  readonly replace?: boolean
}

export type PutOutcome = 'inserted' | 'replaced' | 'unchanged'

export interface Page {
  readonly limit?: number
  readonly offset?: number
}

/** A stored article's metadata: the record's document without its text. */
export type DocumentSummary = Omit<RecordDocument, 'text'>

export interface StoredDocument {
  readonly record: ParleyRecord
  readonly contentHash: string
  readonly ingestedAt: string
  /** Record-local actor id → global actor id. */
  readonly actorIds: Readonly<Record<string, number>>
  /** Record-local event id → global (de-duplicated) event id. */
  readonly eventIds: Readonly<Record<string, number>>
}

export interface ActorRef {
  readonly id: number
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
}

export interface StoredActor extends ActorRef {
  readonly sector: string | null
  readonly role: string | null
  readonly kbId: string | null
  readonly anonymous: boolean
  /** Documents that mention the actor, and its mentions in all of them. */
  readonly documents: number
  readonly mentions: number
}

export interface ActorFilter extends Page {
  readonly ids?: readonly number[]
  /** Case- and accent-insensitive substring of the name, or an exact country code. */
  readonly search?: string
  /** Exact normalised names (`nameKey()`), or surnames: the last word of a normalised name. */
  readonly nameKeys?: readonly string[]
  readonly surnameKeys?: readonly string[]
  /** Normalised words (`nameKey()`) each found as a whole word of the name: "ri" finds "ri yong ho". */
  readonly wordKeys?: readonly string[]
  readonly countries?: readonly string[]
  readonly kinds?: readonly ActorKind[]
}

export interface StoredPlace {
  readonly id: number
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
}

export interface PlaceFilter extends Page {
  /** Exact normalised name (`nameKey()`) or country code. */
  readonly search?: string
}

export interface DateRange {
  readonly start: string
  readonly end: string
}

export interface EventFilter extends Page {
  /** Only these global event ids (the monitor reads the events new since its cursor). */
  readonly ids?: readonly number[]
  /** Events whose actor side holds any of these global actors. */
  readonly actorIds?: readonly number[]
  readonly recipientIds?: readonly number[]
  /** Events with any of these global actors on either side (actor or recipient). */
  readonly partyIds?: readonly number[]
  /** Events with one of each list among their parties (either side): the contacts between two groups. */
  readonly between?: readonly [readonly number[], readonly number[]]
  readonly types?: readonly PloverType[]
  readonly statuses?: readonly EventStatus[]
  /** Inclusive YYYY-MM-DD bounds on the event's date range (its own, else its documents' publication date). */
  readonly since?: string
  readonly until?: string
  readonly placeIds?: readonly number[]
  /** Only events mentioned in this document. */
  readonly documentId?: string
  /** Oldest first or (default) newest first. */
  readonly order?: 'asc' | 'desc'
  /** Mentions listed per event (default 20; `mentionCount` always counts all). */
  readonly mentionLimit?: number
}

export interface EventMentionProvenance {
  readonly document: DocumentSummary
  /** The record-local event id in that document. */
  readonly localId: string
  readonly status: EventStatus
  readonly date: { readonly start: string; readonly end: string; readonly text: string | null } | null
  readonly sentence: RecordTextSpan
  readonly trigger: RecordTextSpan
  readonly quote: string | null
}

export interface StoredEvent {
  readonly id: number
  readonly type: PloverType
  readonly mode: string | null
  readonly cameo: string | null
  /** The status of its first mention; all its mentions share a status family (see dedup.ts). */
  readonly status: EventStatus
  readonly actor: readonly ActorRef[]
  readonly recipient: readonly ActorRef[]
  readonly date: { readonly start: string; readonly end: string; readonly text: string | null } | null
  /** Date used for ordering and filtering: the event's own, else its earliest document date. */
  readonly sortDate: DateRange | null
  readonly place: StoredPlace | null
  readonly mentionCount: number
  readonly mentions: readonly EventMentionProvenance[]
}

/**
 * Quotations, one per merged quotation (its primary report), newest first; with `documentId`, every quotation of
 * that document as it reports it.
 */
export interface QuoteFilter extends Page {
  readonly speakerIds?: readonly number[]
  /** Full-text search over the quotation text (every word must occur; a trailing * matches a prefix). */
  readonly search?: string
  readonly documentId?: string
  /** Quotations of articles published on or after / on or before these dates (YYYY-MM-DD). */
  readonly since?: string
  readonly until?: string
  readonly kinds?: readonly QuoteKind[]
}

export interface StoredQuote {
  readonly id: number
  readonly document: DocumentSummary
  readonly localId: string
  readonly kind: QuoteKind
  readonly text: string
  readonly spans: readonly RecordSpan[]
  readonly cue: RecordTextSpan | null
  readonly speaker: ActorRef | null
  readonly speakerMention: RecordTextSpan | null
  /**
   * How many reports the quotation has: the same words (dedup.ts `quoteKey`) carried by several articles are one
   * quotation, shown by its primary report (the fields above).
   */
  readonly reportCount: number
  /** Its reports, earliest published first (at most 20; `reportCount` counts all). */
  readonly reports: readonly QuoteReport[]
}

/** One article's report of a quotation: where it is in that article. */
export interface QuoteReport {
  readonly document: DocumentSummary
  readonly localId: string
  readonly spans: readonly RecordSpan[]
}

export interface StoreStats {
  readonly documents: number
  readonly actors: number
  readonly places: number
  readonly quotes: number
  readonly events: number
  readonly eventMentions: number
}
