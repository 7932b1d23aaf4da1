import { exportRecords } from '../query/export.js'
import { formatEvents } from '../query/format.js'
import {
  contacts,
  queryActors,
  queryDocument,
  queryEvents,
  queryQuotes,
  totalOfActors,
  totalOfEvents,
  totalOfQuotes,
  unmatchedNames,
} from '../query/index.js'
import { eventFilterOf } from '../query/queries.js'
import type { CountRange, EventCountFilter, EventCountKey } from '../store/aggregates.js'
import type { Store, StoredEvent } from '../store/store.js'
import { withCachedLookups } from './cached-lookups.js'
import { buildNetwork, DEFAULT_NETWORK_NODES, type Network } from './network.js'
import type { ActorQuery, DateQuery, EventQuery, QuoteQuery, ReadModel } from './read-model.js'
import { createRevisionMemo } from './revision-memo.js'

/** Events read per store call while the network is built. */
const NETWORK_BATCH = 1000
/** How long a computed network is reused: another process (`parley ingest`) may write meanwhile. */
const NETWORK_TTL_MS = 30_000
/** Periods cached at once (each distinct since/until is one). */
const MAX_CACHED_NETWORKS = 32

/**
 * The API's read model over a store: the query module's read models (names resolved as the CLI resolves
 * them; a numeric value is an actor id, as the dashboard sends), remembered while the store's revision stays
 * the same, plus the engagement network, computed from all events of the period and cached for a while (until
 * `invalidate()`, at most NETWORK_TTL_MS).
 */
export function createStoreReadModel(backing: Store): ReadModel {
  // answers and name lookups stay the same until the record changes: remember them per revision
  const memo = createRevisionMemo(backing.revision?.bind(backing))
  const store = withCachedLookups(backing, memo)
  const remembered =
    <A extends unknown[], T>(kind: string, query: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> =>
      memo.remember(`${kind} ${JSON.stringify(args)}`, () => query(...args))
  const networks = new Map<string, { readonly network: Promise<Network>; readonly at: number }>()

  async function computeNetwork(range: DateQuery, limit: number): Promise<Network> {
    const events: StoredEvent[] = []
    for (let offset = 0; ; offset += NETWORK_BATCH) {
      const batch = await store.findEvents({ ...range, limit: NETWORK_BATCH, offset, mentionLimit: 0 })
      events.push(...batch)
      if (batch.length < NETWORK_BATCH) break
    }
    return buildNetwork(events, limit)
  }

  return {
    stats: () => store.stats(),
    actors: remembered('actors', (filter: ActorQuery) => queryActors(store, filter)),
    actorRules: remembered('actorRules', () => store.actorRules()),
    unmatchedNames: (names) => unmatchedNames(store, names),
    actorTotal: remembered('actorTotal', (filter: ActorQuery) => totalOfActors(store, filter)),
    events: remembered('events', (filter: EventQuery) => queryEvents(store, filter)),
    eventTotal: remembered('eventTotal', (filter: EventQuery) => totalOfEvents(store, filter)),
    async *eventExport(filter, format) {
      const resolved = await eventFilterOf(store, filter)
      if (resolved) yield* exportRecords(store, format, { filter: resolved })
      else if (format === 'csv') yield formatEvents([], 'csv')
    },
    quoteTotal: remembered('quoteTotal', ({ q, ...filter }: QuoteQuery) =>
      totalOfQuotes(store, q === undefined ? filter : { ...filter, search: q }),
    ),
    quotes: remembered('quotes', ({ q, ...filter }: QuoteQuery) =>
      queryQuotes(store, q === undefined ? filter : { ...filter, search: q }),
    ),
    contacts: remembered('contacts', async (a: string, b: string, range: DateQuery) => {
      const result = await contacts(store, a, b, range)
      return result.a.actors.length === 0 || result.b.actors.length === 0 ? null : result
    }),
    document: (id) => queryDocument(store, id),
    speakers: remembered('speakers', (range: CountRange) => store.countSpeakers(range)),
    eventCounts: remembered('eventCounts', (by: EventCountKey, filter: EventCountFilter) =>
      store.countEvents(by, filter),
    ),
    network(range) {
      const limit = range.limit ?? DEFAULT_NETWORK_NODES
      const key = `${range.since ?? ''}|${range.until ?? ''}|${limit}`
      const cached = networks.get(key)
      if (cached && performance.now() - cached.at < NETWORK_TTL_MS) return cached.network
      const network = computeNetwork(
        {
          ...(range.since === undefined ? {} : { since: range.since }),
          ...(range.until === undefined ? {} : { until: range.until }),
        },
        limit,
      )
      network.catch(() => networks.delete(key))
      if (networks.size >= MAX_CACHED_NETWORKS) networks.clear()
      networks.set(key, { network, at: performance.now() })
      return network
    },
    invalidate() {
      networks.clear()
    },
  }
}
