import type { Store } from '../store/store.js'
import type { RevisionMemo } from './revision-memo.js'

/**
 * The store with its actor and place lookups remembered per revision: resolving "United States" to its
 * hundreds of actors, or "Trump" to every Trump, is done once per change of the record instead of on every
 * request that names them.
 */
export function withCachedLookups(store: Store, memo: RevisionMemo): Store {
  return {
    putDocument: (record, options) => store.putDocument(record, options),
    hasDocument: (id, hash) => store.hasDocument(id, hash),
    getDocument: (id) => store.getDocument(id),
    listDocuments: (page) => store.listDocuments(page),
    findActors: (filter = {}) =>
      memo.remember(`actors ${JSON.stringify(filter)}`, () => store.findActors(filter)),
    findPlaces: (filter = {}) =>
      memo.remember(`places ${JSON.stringify(filter)}`, () => store.findPlaces(filter)),
    findEvents: (filter) => store.findEvents(filter),
    findQuotes: (filter) => store.findQuotes(filter),
    stats: () => store.stats(),
    totalActors: (filter) => store.totalActors(filter),
    totalEvents: (filter) => store.totalEvents(filter),
    totalQuotes: (filter) => store.totalQuotes(filter),
    countSpeakers: (range) => store.countSpeakers(range),
    countEvents: (by, filter) => store.countEvents(by, filter),
    mergeActors: (from, into) => store.mergeActors(from, into),
    splitActor: (id, name) => store.splitActor(id, name),
    actorRules: () => store.actorRules(),
    close: () => store.close(),
  }
}
