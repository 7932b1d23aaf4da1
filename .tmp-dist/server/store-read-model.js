import { contacts, queryActors, queryDocument, queryEvents, queryQuotes } from '../query/index.js';
import { buildNetwork, DEFAULT_NETWORK_NODES } from './network.js';
/** Events read per store call while the network is built. */
const NETWORK_BATCH = 1000;
/**
 * The API's read model over a store: the query module's read models (names resolved as the CLI resolves
 * them; a numeric value is an actor id, as the dashboard sends), plus the engagement network, computed from
 * all events of the period and cached until `invalidate()`.
 */
export function createStoreReadModel(store) {
    const networks = new Map();
    async function computeNetwork(range, limit) {
        const events = [];
        for (let offset = 0;; offset += NETWORK_BATCH) {
            const batch = await store.findEvents({ ...range, limit: NETWORK_BATCH, offset, mentionLimit: 0 });
            events.push(...batch);
            if (batch.length < NETWORK_BATCH)
                break;
        }
        return buildNetwork(events, limit);
    }
    return {
        stats: () => store.stats(),
        actors: (filter) => queryActors(store, filter),
        events: (filter) => queryEvents(store, filter),
        quotes: ({ q, ...filter }) => queryQuotes(store, q === undefined ? filter : { ...filter, search: q }),
        async contacts(a, b, range) {
            const result = await contacts(store, a, b, range);
            return result.a.actors.length === 0 || result.b.actors.length === 0 ? null : result;
        },
        document: (id) => queryDocument(store, id),
        network(range) {
            const limit = range.limit ?? DEFAULT_NETWORK_NODES;
            const key = `${range.since ?? ''}|${range.until ?? ''}|${limit}`;
            let network = networks.get(key);
            if (!network) {
                network = computeNetwork({
                    ...(range.since === undefined ? {} : { since: range.since }),
                    ...(range.until === undefined ? {} : { until: range.until }),
                }, limit);
                network.catch(() => networks.delete(key));
                networks.set(key, network);
            }
            return network;
        },
        invalidate() {
            networks.clear();
        },
    };
}
//# sourceMappingURL=store-read-model.js.map