import { resolveActors } from './resolve-actors.js';
/**
 * Types that are a contact between the parties when they happened: meetings, calls and visits (CONSULT),
 * agreements, joint work, aid given and concessions made. Statements about the other side (SUPPORT, ACCUSE)
 * are not contact.
 */
export const CONTACT_TYPES = new Set([
    'CONSULT',
    'AGREE',
    'COOPERATE',
    'AID',
    'CONCEDE',
]);
/** Most events a contacts timeline lists. */
export const MAX_TIMELINE_EVENTS = 5000;
export const TIMELINE_MENTIONS = 10;
/** Later first: by the end of the event's date, then its start, then the latest stored. */
function compareRecentFirst(x, y) {
    const [xe, ye] = [x.sortDate?.end ?? '', y.sortDate?.end ?? ''];
    if (xe !== ye)
        return xe < ye ? 1 : -1;
    const [xs, ys] = [x.sortDate?.start ?? '', y.sortDate?.start ?? ''];
    if (xs !== ys)
        return xs < ys ? 1 : -1;
    return y.id - x.id;
}
export function summariseContacts(events) {
    const recent = [...events].sort(compareRecentFirst);
    return {
        lastContact: recent.find((e) => e.status === 'asserted' && CONTACT_TYPES.has(e.type)) ?? null,
        refusals: recent.filter((e) => e.status === 'asserted' && e.type === 'REJECT'),
        absences: recent.filter((e) => e.status === 'negated' && CONTACT_TYPES.has(e.type)),
        counts: { events: events.length, mentions: events.reduce((n, e) => n + e.mentionCount, 0) },
    };
}
/** The timeline between two actors (people or countries, by name, code or id) with its summary. */
export async function contacts(store, a, b, options = {}) {
    const [first, second] = await Promise.all([resolveActors(store, a), resolveActors(store, b)]);
    const events = first.actors.length === 0 || second.actors.length === 0
        ? []
        : await store.findEvents({
            ...(options.since ? { since: options.since } : {}),
            ...(options.until ? { until: options.until } : {}),
            between: [first.actors.map((x) => x.id), second.actors.map((x) => x.id)],
            order: 'asc',
            limit: MAX_TIMELINE_EVENTS,
            mentionLimit: TIMELINE_MENTIONS,
        });
    return { a: first, b: second, summary: summariseContacts(events), events };
}
//# sourceMappingURL=contacts.js.map