import { anyCodeAgrees } from './actor-codes.js';
import { getOrInsert, ratio } from './metrics.js';
function actorsOf(ids, actors) {
    return ids.flatMap((id) => {
        const a = actors.get(id);
        return a ? [a] : [];
    });
}
/**
 * Source and recipient agree when some gold source code matches a predicted actor, and the gold target is empty
 * or some gold target code matches a predicted recipient.
 */
export function dyadAgrees(gold, event, actors) {
    const sources = actorsOf(event.actor, actors);
    const recipients = actorsOf(event.recipient, actors);
    const sourceOk = gold.source.length === 0 || anyCodeAgrees(gold.source, sources);
    const targetOk = gold.target.length === 0 || anyCodeAgrees(gold.target, recipients);
    return sourceOk && targetOk;
}
function describe(event, actors) {
    const side = (ids) => actorsOf(ids, actors)
        .map((a) => a.country ?? a.name)
        .join('+') || '?';
    return `${event.type}${event.status === 'asserted' ? '' : `(${event.status})`} ${side(event.actor)}→${side(event.recipient)}`;
}
/**
 * Scores predicted events sentence by sentence (one gold event per input id): type recall counts a gold type
 * produced with any status but negated; dyad recall also needs agreeing source/recipient countries; precision
 * is over asserted events.
 */
export function scoreEvents(gold, pred) {
    const types = new Map();
    const row = (type) => getOrInsert(types, type, () => ({ gold: 0, typeFound: 0, dyadFound: 0, predicted: 0, correct: 0 }));
    const missing = new Set();
    const misses = [];
    let typeFound = 0;
    let dyadFound = 0;
    let predicted = 0;
    let correct = 0;
    // the gold event types of each sentence (an id may in principle repeat)
    const goldTypes = new Map();
    for (const g of gold) {
        const set = goldTypes.get(g.id) ?? new Set();
        set.add(g.event);
        goldTypes.set(g.id, set);
    }
    for (const g of gold) {
        const record = pred.get(g.id);
        if (!record)
            missing.add(g.id);
        const events = record?.events ?? [];
        const actors = new Map((record?.actors ?? []).map((a) => [a.id, a]));
        const live = events.filter((e) => e.status !== 'negated' && e.type === g.event);
        const r = row(g.event);
        r.gold++;
        const hasType = live.length > 0;
        const hasDyad = live.some((e) => dyadAgrees(g, e, actors));
        if (hasType) {
            typeFound++;
            r.typeFound++;
        }
        if (hasDyad) {
            dyadFound++;
            r.dyadFound++;
        }
        if (!hasDyad) {
            misses.push({
                id: g.id,
                text: g.text,
                gold: `${g.event} ${g.source.join('+') || '?'}→${g.target.join('+') || '?'}`,
                predicted: events.map((e) => describe(e, actors)),
            });
        }
    }
    // precision: once per sentence id, over asserted events
    for (const [id, typesOfSentence] of goldTypes) {
        for (const e of pred.get(id)?.events ?? []) {
            if (e.status !== 'asserted')
                continue;
            const ok = typesOfSentence.has(e.type);
            predicted++;
            if (ok)
                correct++;
            const r = row(e.type);
            r.predicted++;
            if (ok)
                r.correct++;
        }
    }
    const goldEvents = gold.length;
    const typeRecall = ratio(typeFound, goldEvents);
    const precision = ratio(correct, predicted);
    return {
        goldEvents,
        sentences: goldTypes.size,
        missingRecords: [...missing],
        typeFound,
        dyadFound,
        typeRecall,
        dyadRecall: ratio(dyadFound, goldEvents),
        predicted,
        correct,
        precision,
        f1: precision + typeRecall === 0 ? 0 : (2 * precision * typeRecall) / (precision + typeRecall),
        byType: [...types]
            .map(([type, r]) => ({ type, ...r }))
            .sort((a, b) => b.gold - a.gold || a.type.localeCompare(b.type)),
        misses,
    };
}
//# sourceMappingURL=events.js.map