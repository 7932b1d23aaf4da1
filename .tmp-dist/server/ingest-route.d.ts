import type { IngestItem } from '../ingest/types.js';
import type { Route } from './router.js';
/** The largest request body accepted by POST /api/documents. */
export declare const MAX_BODY_BYTES: number;
/** The most articles one request may carry. */
export declare const MAX_ARTICLES = 100;
/** What happened to one posted article. */
export type IngestResult = {
    readonly id: string;
    readonly outcome: 'inserted' | 'replaced' | 'unchanged';
    /** Counts in the extracted record; null when an unchanged article was not extracted again. */
    readonly events: number | null;
    readonly quotes: number | null;
    readonly warnings: readonly string[];
} | {
    readonly id: string;
    readonly outcome: 'error';
    readonly errors: readonly string[];
};
/** Extracts and stores one article item; provided by whoever owns ingestion (the store and pipeline). */
export type IngestItemFn = (item: IngestItem) => Promise<IngestResult>;
/** A token check that takes the same time whatever the guess. */
export declare function tokenMatches(expected: string, header: string | undefined): boolean;
/**
 * POST /api/documents: ingestion over HTTP, only when a token is configured (403 otherwise) and presented as
 * `Authorization: Bearer <token>` (401 otherwise). The body is one article or an array of them.
 */
export declare function ingestRoute(options: {
    readonly token: string | null;
    readonly ingest: IngestItemFn;
    readonly onIngested: () => void;
}): Route;
