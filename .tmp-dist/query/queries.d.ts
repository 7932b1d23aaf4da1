import type { EventStatus, PloverType } from '../doc/layers.js';
import type { Store, StoredActor, StoredDocument, StoredEvent, StoredQuote } from '../store/store.js';
export declare const DEFAULT_PAGE_SIZE = 100;
export interface PageFilters {
    readonly limit?: number;
    readonly offset?: number;
}
/** The filters of `parley events --db` and `/api/events`: names are resolved like `contacts` resolves them. */
export interface EventFilters extends PageFilters {
    readonly actor?: string;
    readonly recipient?: string;
    readonly type?: PloverType | readonly PloverType[];
    readonly status?: EventStatus | readonly EventStatus[];
    readonly since?: string;
    readonly until?: string;
    /** A place name (or country code). */
    readonly place?: string;
    readonly order?: 'asc' | 'desc';
}
export interface QuoteFilters extends PageFilters {
    /** A speaker's name, surname, country or id. */
    readonly speaker?: string;
    /** Words the quotation must contain (full-text). */
    readonly search?: string;
}
export interface ActorFilters extends PageFilters {
    readonly search?: string;
}
/** Stored events matching the filters, newest first by default; none when a name matches no actor. */
export declare function queryEvents(store: Store, filters?: EventFilters): Promise<readonly StoredEvent[]>;
/** Stored quotations by speaker and/or words, newest documents first. */
export declare function queryQuotes(store: Store, filters?: QuoteFilters): Promise<readonly StoredQuote[]>;
/** Stored actors, the most mentioned first, optionally by a name fragment or country code. */
export declare function queryActors(store: Store, filters?: ActorFilters): Promise<readonly StoredActor[]>;
/** One stored article with its annotations. */
export declare function queryDocument(store: Store, id: string): Promise<StoredDocument | null>;
