import type { EventStatus, PloverType, QuoteKind } from '../doc/layers.js'
import type { ContactsResult } from '../query/index.js'
import type {
  CountRange,
  EventCountFilter,
  EventCountKey,
  EventCounts,
  SpeakerCounts,
} from '../store/aggregates.js'
import type {
  ActorRule,
  StoredActor,
  StoredDocument,
  StoredEvent,
  StoredQuote,
  StoreStats,
} from '../store/store.js'
import type { Network } from './network.js'

/** What the HTTP API reads: the query read models over a store, in the shapes it answers with. */
export interface ReadModel {
  stats(): Promise<StoreStats>
  actors(filter: ActorQuery): Promise<readonly StoredActor[]>
  /** The actor names of a filter that match no stored actor. */
  unmatchedNames(names: {
    readonly actor?: string
    readonly recipient?: string
    readonly involving?: string
    readonly speaker?: string
  }): Promise<string[]>
  /** How many actors the filter matches over all pages. */
  actorTotal(filter: ActorQuery): Promise<number>
  /** Users' identity rules (`parley actors merge`). */
  actorRules(): Promise<readonly ActorRule[]>
  events(filter: EventQuery): Promise<readonly StoredEvent[]>
  /** How many events the filter matches over all pages. */
  eventTotal(filter: EventQuery): Promise<number>
  /** Every event the filter matches (paging ignored), as CSV or PLOVER JSON lines, in chunks. */
  eventExport(filter: EventQuery, format: 'csv' | 'plover'): AsyncGenerator<string>
  quotes(filter: QuoteQuery): Promise<readonly StoredQuote[]>
  /** How many quotations the filter matches over all pages. */
  quoteTotal(filter: QuoteQuery): Promise<number>
  /** Null when either name matches no stored actor. */
  contacts(a: string, b: string, range: DateQuery): Promise<ContactsResult | null>
  document(id: string): Promise<StoredDocument | null>
  network(range: DateQuery & { readonly limit?: number }): Promise<Network>
  speakers(range: CountRange): Promise<SpeakerCounts>
  eventCounts(by: EventCountKey, filter: EventCountFilter): Promise<EventCounts>
  /** Forgets cached answers after the store changed (HTTP ingestion). */
  invalidate?(): void
}

export interface PageQuery {
  readonly limit: number
  readonly offset: number
}

export interface DateQuery {
  readonly since?: string
  readonly until?: string
}

export interface ActorQuery extends PageQuery {
  readonly search?: string
}

export interface EventQuery extends PageQuery, DateQuery {
  /** An actor name or id, as `parley events --actor` takes it. */
  readonly actor?: string
  readonly recipient?: string
  /** An actor on either side. */
  readonly involving?: string
  readonly type?: PloverType
  readonly status?: EventStatus
  readonly place?: string
  /** Newest first (desc, the default) or oldest first. */
  readonly order?: 'asc' | 'desc'
}

export interface QuoteQuery extends PageQuery, DateQuery {
  readonly speaker?: string
  readonly kind?: QuoteKind
  /** Full-text search over the quotation. */
  readonly q?: string
}
