/** What a PLOVER type says about a relationship: the colour of a network edge. */
export const TONE_OF_TYPE = {
    AGREE: 'cooperation',
    CONSULT: 'cooperation',
    SUPPORT: 'cooperation',
    COOPERATE: 'cooperation',
    AID: 'cooperation',
    CONCEDE: 'cooperation',
    RETREAT: 'cooperation',
    REQUEST: 'neutral',
    ACCUSE: 'conflict',
    REJECT: 'conflict',
    THREATEN: 'conflict',
    PROTEST: 'conflict',
    SANCTION: 'conflict',
    MOBILIZE: 'conflict',
    COERCE: 'conflict',
    ASSAULT: 'conflict',
};
export const DEFAULT_NETWORK_NODES = 60;
/**
 * Who engages whom: every actor–recipient pair of the events (undirected; an event with several actors or
 * recipients counts once per pair), keeping the `maxNodes` most engaged actors and the edges between them
 * (an actor left without any edge among them is dropped too).
 */
export function buildNetwork(events, maxNodes = DEFAULT_NETWORK_NODES) {
    const nodes = new Map();
    const edges = new Map();
    for (const event of events) {
        const tone = TONE_OF_TYPE[event.type];
        const isNegated = event.status === 'negated';
        const parties = new Map([...event.actor, ...event.recipient].map((actor) => [actor.id, actor]));
        for (const actor of parties.values()) {
            const node = nodes.get(actor.id);
            if (node)
                node.events++;
            else
                nodes.set(actor.id, {
                    id: actor.id,
                    name: actor.name,
                    kind: actor.kind,
                    country: actor.country,
                    events: 1,
                });
        }
        const seen = new Set();
        for (const from of event.actor) {
            for (const to of event.recipient) {
                if (from.id === to.id)
                    continue;
                const a = Math.min(from.id, to.id);
                const b = Math.max(from.id, to.id);
                const key = `${a}-${b}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const edge = edges.get(key) ?? newEdge(a, b);
                edges.set(key, edge);
                edge.total++;
                edge[tone]++;
                edge.types[event.type] = (edge.types[event.type] ?? 0) + 1;
                if (isNegated) {
                    edge.negated++;
                    edge.negatedByTone[tone]++;
                }
            }
        }
    }
    const connected = new Set();
    for (const edge of edges.values())
        connected.add(edge.a).add(edge.b);
    const kept = [...nodes.values()]
        .filter((node) => connected.has(node.id))
        .sort((x, y) => y.events - x.events || x.name.localeCompare(y.name))
        .slice(0, maxNodes);
    const keptIds = new Set(kept.map((node) => node.id));
    const keptEdges = [...edges.values()]
        .filter((edge) => keptIds.has(edge.a) && keptIds.has(edge.b))
        .sort((x, y) => y.total - x.total || x.a - y.a || x.b - y.b);
    // an actor whose counterparts all fell outside the kept set would float alone: leave it out
    const linked = new Set();
    for (const edge of keptEdges)
        linked.add(edge.a).add(edge.b);
    return { nodes: kept.filter((node) => linked.has(node.id)), edges: keptEdges };
}
function newEdge(a, b) {
    return {
        a,
        b,
        total: 0,
        cooperation: 0,
        conflict: 0,
        neutral: 0,
        negated: 0,
        negatedByTone: { cooperation: 0, conflict: 0, neutral: 0 },
        types: {},
    };
}
//# sourceMappingURL=network.js.map