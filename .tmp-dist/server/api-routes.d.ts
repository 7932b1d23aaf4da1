import type { ReadModel } from './read-model.js';
import type { Route } from './router.js';
export declare const API_VERSION = 1;
/** A page of a list: the items, the page asked for, and the offset of the next page (null on the last). */
export interface ListPage<T> {
    readonly items: readonly T[];
    readonly limit: number;
    readonly offset: number;
    readonly next: number | null;
}
/** The read-only JSON API over a read model. */
export declare function apiRoutes(model: ReadModel): Route[];
