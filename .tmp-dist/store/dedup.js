export const DATE_WINDOW_DAYS = 3;
export const STATUS_FAMILIES = ['asserted', 'negated', 'unrealised'];
const FAMILY_OF = {
    asserted: 'asserted',
    negated: 'negated',
    hypothetical: 'unrealised',
    future: 'unrealised',
};
export function statusFamily(status) {
    return FAMILY_OF[status];
}
/** Types whose two sides play the same part: a meeting or a joint effort has no direction. */
export const SYMMETRIC_TYPES = new Set(['CONSULT', 'COOPERATE']);
const sortedUnique = (ids) => [...new Set(ids)].sort((a, b) => a - b);
/** The parties of an event as one comparable string; empty when no party is resolved. */
export function partyKey(type, actor, recipient) {
    if (actor.length === 0 && recipient.length === 0)
        return '';
    if (SYMMETRIC_TYPES.has(type))
        return `~${sortedUnique([...actor, ...recipient]).join(',')}`;
    return `${sortedUnique(actor).join(',')}>${sortedUnique(recipient).join(',')}`;
}
/** Adds days to a YYYY-MM-DD date (UTC calendar arithmetic). */
export function addDays(date, days) {
    const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
}
/** Both dated, and overlapping or within the window of each other. */
export function datesMatch(a, b, windowDays = DATE_WINDOW_DAYS) {
    return a.start <= addDays(b.end, windowDays) && b.start <= addDays(a.end, windowDays);
}
/** The place rule: equal when both are known. */
export function placesMatch(a, b) {
    return a === null || b === null || a === b;
}
//# sourceMappingURL=dedup.js.map