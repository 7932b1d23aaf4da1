import type { Store, StoredActor } from '../store/store.js';
/** Actors a name may stand for ("Kim" can be several people). */
export declare const MAX_NAME_MATCHES = 50;
/** Actors a country stands for: the country and its people, groups and state bodies. */
export declare const MAX_COUNTRY_MATCHES = 2000;
/** Organisations of these sectors act for their country ("the Kremlin", "the Pentagon"). */
export declare const STATE_SECTORS: ReadonlySet<string>;
/** What a query stands for: global actors, and the country when it names one. */
export interface ResolvedParty {
    readonly query: string;
    readonly country: string | null;
    readonly actors: readonly StoredActor[];
}
/**
 * Resolves a name query to stored actors: a numeric id; a country (ISO code or name: the country and the
 * persons, groups and state organisations of that country); else a full name, a surname, or, failing
 * those, any name containing the query.
 */
export declare function resolveActors(store: Store, query: string): Promise<ResolvedParty>;
