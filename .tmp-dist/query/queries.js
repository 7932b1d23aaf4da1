import { resolveActors } from './resolve-actors.js';
export const DEFAULT_PAGE_SIZE = 100;
const asList = (value) => Array.isArray(value) ? value : [value];
/** Stored events matching the filters, newest first by default; none when a name matches no actor. */
export async function queryEvents(store, filters = {}) {
    const filter = {
        limit: filters.limit ?? DEFAULT_PAGE_SIZE,
        offset: filters.offset ?? 0,
        order: filters.order ?? 'desc',
    };
    if (filters.actor !== undefined)
        filter.actorIds = (await resolveActors(store, filters.actor)).actors.map((a) => a.id);
    if (filters.recipient !== undefined) {
        filter.recipientIds = (await resolveActors(store, filters.recipient)).actors.map((a) => a.id);
    }
    if (filters.type !== undefined)
        filter.types = asList(filters.type);
    if (filters.status !== undefined)
        filter.statuses = asList(filters.status);
    if (filters.since !== undefined)
        filter.since = filters.since;
    if (filters.until !== undefined)
        filter.until = filters.until;
    if (filters.place !== undefined) {
        filter.placeIds = (await store.findPlaces({ search: filters.place, limit: 1000 })).map((p) => p.id);
    }
    const nothing = [filter.actorIds, filter.recipientIds, filter.placeIds].some((ids) => ids?.length === 0);
    return nothing ? [] : store.findEvents(filter);
}
/** Stored quotations by speaker and/or words, newest documents first. */
export async function queryQuotes(store, filters = {}) {
    const page = { limit: filters.limit ?? DEFAULT_PAGE_SIZE, offset: filters.offset ?? 0 };
    const search = filters.search?.trim() ? { search: filters.search } : {};
    if (filters.speaker === undefined)
        return store.findQuotes({ ...page, ...search });
    const speakers = (await resolveActors(store, filters.speaker)).actors.map((a) => a.id);
    return speakers.length === 0 ? [] : store.findQuotes({ ...page, ...search, speakerIds: speakers });
}
/** Stored actors, the most mentioned first, optionally by a name fragment or country code. */
export async function queryActors(store, filters = {}) {
    const search = filters.search?.trim() ? { search: filters.search } : {};
    return store.findActors({
        limit: filters.limit ?? DEFAULT_PAGE_SIZE,
        offset: filters.offset ?? 0,
        ...search,
    });
}
/** One stored article with its annotations. */
export function queryDocument(store, id) {
    return store.getDocument(id);
}
//# sourceMappingURL=queries.js.map