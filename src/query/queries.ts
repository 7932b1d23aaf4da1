import type { EventStatus, PloverType, QuoteKind } from '../doc/layers.js'
import type { Knowledge } from '../knowledge/index.js'
import type {
  EventFilter,
  QuoteFilter,
  Store,
  StoredActor,
  StoredDocument,
  StoredEvent,
  StoredQuote,
} from '../store/store.js'
import { resolveActors } from './resolve-actors.js'

export const DEFAULT_PAGE_SIZE = 100

export interface PageFilters {
  readonly limit?: number
  readonly offset?: number
}

/** The filters of `parley events --db` and `/api/events`: names are resolved like `contacts` resolves them. */
/** How names in a query are resolved: the knowledge base for country names (default: the shipped data). */
export interface NameResolution {
  readonly knowledge?: Knowledge
}

export interface EventFilters extends PageFilters, NameResolution {
  readonly actor?: string
  readonly recipient?: string
  /** An actor on either side (source or recipient). */
  readonly involving?: string
  readonly type?: PloverType | readonly PloverType[]
  readonly status?: EventStatus | readonly EventStatus[]
  readonly since?: string
  readonly until?: string
  /** A place name (or country code). */
  readonly place?: string
  readonly order?: 'asc' | 'desc'
}

export interface QuoteFilters extends PageFilters, NameResolution {
  /** A speaker's name, surname, country or id. */
  readonly speaker?: string
  /** Words the quotation must contain (full-text). */
  readonly search?: string
  /** Articles published on or after / on or before these dates (YYYY-MM-DD). */
  readonly since?: string
  readonly until?: string
  readonly kind?: QuoteKind | readonly QuoteKind[]
}

export interface ActorFilters extends PageFilters {
  readonly search?: string
}

const asList = <T>(value: T | readonly T[]): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [value as T]

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The store filter for the filters: names resolved to actors and places; null when a name matches nothing. */
export async function eventFilterOf(store: Store, filters: EventFilters): Promise<EventFilter | null> {
  const filter: Mutable<EventFilter> = {
    limit: filters.limit ?? DEFAULT_PAGE_SIZE,
    offset: filters.offset ?? 0,
    order: filters.order ?? 'desc',
  }
  if (filters.actor !== undefined)
    filter.actorIds = (await resolveActors(store, filters.actor, filters.knowledge)).actors.map((a) => a.id)
  if (filters.recipient !== undefined) {
    filter.recipientIds = (await resolveActors(store, filters.recipient, filters.knowledge)).actors.map(
      (a) => a.id,
    )
  }
  if (filters.involving !== undefined) {
    filter.partyIds = (await resolveActors(store, filters.involving, filters.knowledge)).actors.map(
      (a) => a.id,
    )
  }
  if (filters.type !== undefined) filter.types = asList(filters.type)
  if (filters.status !== undefined) filter.statuses = asList(filters.status)
  if (filters.since !== undefined) filter.since = filters.since
  if (filters.until !== undefined) filter.until = filters.until
  if (filters.place !== undefined) {
    filter.placeIds = (await store.findPlaces({ search: filters.place, limit: 1000 })).map((p) => p.id)
  }
  const nothing = [filter.actorIds, filter.recipientIds, filter.partyIds, filter.placeIds].some(
    (ids) => ids?.length === 0,
  )
  return nothing ? null : filter
}

/** Stored events matching the filters, newest first by default; none when a name matches no actor. */
export async function queryEvents(store: Store, filters: EventFilters = {}): Promise<readonly StoredEvent[]> {
  const filter = await eventFilterOf(store, filters)
  return filter ? store.findEvents(filter) : []
}

/** How many stored events match the filters over all pages. */
export async function totalOfEvents(store: Store, filters: EventFilters = {}): Promise<number> {
  const filter = await eventFilterOf(store, filters)
  return filter ? store.totalEvents(filter) : 0
}

async function quoteFilterOf(store: Store, filters: QuoteFilters): Promise<QuoteFilter | null> {
  const page = {
    limit: filters.limit ?? DEFAULT_PAGE_SIZE,
    offset: filters.offset ?? 0,
    ...(filters.search?.trim() ? { search: filters.search } : {}),
    ...(filters.since !== undefined ? { since: filters.since } : {}),
    ...(filters.until !== undefined ? { until: filters.until } : {}),
    ...(filters.kind !== undefined ? { kinds: asList(filters.kind) } : {}),
  }
  if (filters.speaker === undefined) return page
  const speakers = (await resolveActors(store, filters.speaker, filters.knowledge)).actors.map((a) => a.id)
  return speakers.length === 0 ? null : { ...page, speakerIds: speakers }
}

/** The one warning every command and route gives for a name that matches no stored actor. */
export function noActorMatches(name: string): string {
  return `no stored actor matches "${name}"`
}

/**
 * The names among the filters' actor names (actor, recipient, involving, speaker) that match no stored actor:
 * a list that comes out empty because of them is said to be so, the same way everywhere.
 */
export async function unmatchedNames(
  store: Store,
  filters: Pick<EventFilters, 'actor' | 'recipient' | 'involving' | 'knowledge'> & {
    readonly speaker?: string
  },
): Promise<string[]> {
  const names = [filters.actor, filters.recipient, filters.involving, filters.speaker].filter(
    (n): n is string => n !== undefined && n.trim() !== '',
  )
  const unmatched: string[] = []
  for (const name of names) {
    if ((await resolveActors(store, name, filters.knowledge)).actors.length === 0) unmatched.push(name)
  }
  return unmatched
}

/** Stored quotations by speaker and/or words, newest documents first. */
export async function queryQuotes(store: Store, filters: QuoteFilters = {}): Promise<readonly StoredQuote[]> {
  const filter = await quoteFilterOf(store, filters)
  return filter ? store.findQuotes(filter) : []
}

/** How many stored quotations match the filters over all pages. */
export async function totalOfQuotes(store: Store, filters: QuoteFilters = {}): Promise<number> {
  const filter = await quoteFilterOf(store, filters)
  return filter ? store.totalQuotes(filter) : 0
}

/** Stored actors, the most mentioned first, optionally by a name fragment or country code. */
export async function queryActors(store: Store, filters: ActorFilters = {}): Promise<readonly StoredActor[]> {
  const search = filters.search?.trim() ? { search: filters.search } : {}
  return store.findActors({
    limit: filters.limit ?? DEFAULT_PAGE_SIZE,
    offset: filters.offset ?? 0,
    ...search,
  })
}

/** How many stored actors match the filters over all pages. */
export function totalOfActors(store: Store, filters: ActorFilters = {}): Promise<number> {
  return store.totalActors(filters.search?.trim() ? { search: filters.search } : {})
}

/** One stored article with its annotations. */
export function queryDocument(store: Store, id: string): Promise<StoredDocument | null> {
  return store.getDocument(id)
}
