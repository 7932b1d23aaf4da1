import type { EventFilter, Store, StoredEvent } from '../store/store.js'
import { buildNetwork, DEFAULT_NETWORK_NODES, type Network } from './network.js'
import type { Contacts, ContactParty, DateQuery, ReadModel } from './read-model.js'

/** Events read per store call while the network is built. */
const NETWORK_BATCH = 1000
/** Actors a name may stand for ("Kim" matches several people). */
const MAX_NAME_MATCHES = 50
const NUMERIC_ID = /^\d{1,15}$/

/**
 * The API's read model over a store. Names are resolved to actor ids (a numeric value is an id, as the
 * dashboard sends); the network is computed from all events of the period and cached until `invalidate()`.
 */
export function createStoreReadModel(store: Store): ReadModel {
  const networks = new Map<string, Promise<Network>>()

  async function actorIds(nameOrId: string): Promise<number[]> {
    if (NUMERIC_ID.test(nameOrId)) return [Number(nameOrId)]
    const actors = await store.findActors({ search: nameOrId, limit: MAX_NAME_MATCHES })
    return actors.map((actor) => actor.id)
  }

  async function party(nameOrId: string): Promise<ContactParty> {
    const ids = await actorIds(nameOrId)
    const actors = ids.length === 0 ? [] : await store.findActors({ ids, limit: ids.length })
    return { name: actors.length === 1 ? actors[0]!.name : nameOrId, actors }
  }

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
    actors: (filter) => store.findActors(filter),
    async events({ actor, recipient, type, status, place, ...rest }) {
      const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = { ...rest }
      if (actor !== undefined) filter.actorIds = await actorIds(actor)
      if (recipient !== undefined) filter.recipientIds = await actorIds(recipient)
      if (type !== undefined) filter.types = [type]
      if (status !== undefined) filter.statuses = [status]
      if (place !== undefined) filter.placeIds = (await store.findPlaces({ search: place })).map((p) => p.id)
      if (Object.values(filter).some((value) => Array.isArray(value) && value.length === 0)) return []
      return store.findEvents(filter)
    },
    async quotes({ speaker, q, ...page }) {
      const speakerIds = speaker === undefined ? undefined : await actorIds(speaker)
      if (speakerIds !== undefined && speakerIds.length === 0) return []
      return store.findQuotes({ ...page, ...(speakerIds ? { speakerIds } : {}), ...(q ? { search: q } : {}) })
    },
    async contacts(a, b, range) {
      const [first, second] = await Promise.all([party(a), party(b)])
      if (first.actors.length === 0 || second.actors.length === 0) return null
      const events = await store.findEvents({
        ...range,
        between: [first.actors.map((x) => x.id), second.actors.map((x) => x.id)],
        order: 'asc',
        limit: 10_000,
        mentionLimit: 5,
      })
      return { a: first, b: second, summary: summarise(events), events } satisfies Contacts
    },
    document: (id) => store.getDocument(id),
    network(range) {
      const limit = range.limit ?? DEFAULT_NETWORK_NODES
      const key = `${range.since ?? ''}|${range.until ?? ''}|${limit}`
      let network = networks.get(key)
      if (!network) {
        network = computeNetwork({ ...range }, limit)
        network.catch(() => networks.delete(key))
        networks.set(key, network)
      }
      return network
    },
    invalidate() {
      networks.clear()
    },
  }
}

/** Provisional until the query module's contacts summary lands: last met, refused, stated not met. */
function summarise(events: readonly StoredEvent[]): Contacts['summary'] {
  const asserted = events.filter((event) => event.status === 'asserted' && event.type === 'CONSULT')
  return {
    lastContact: asserted.at(-1) ?? null,
    refusals: events.filter((event) => event.type === 'REJECT'),
    absences: events.filter((event) => event.status === 'negated' && event.type === 'CONSULT'),
  }
}
