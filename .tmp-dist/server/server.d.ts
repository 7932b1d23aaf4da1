import { type Server } from 'node:http';
import type { Store } from '../store/store.js';
import { type IngestItemFn } from './ingest-route.js';
import type { ReadModel } from './read-model.js';
export interface ServerOptions {
    readonly store: Store;
    /** Enables POST /api/documents for requests bearing this token; without it the API is read-only. */
    readonly token?: string | null;
    /** Where the dashboard's files are (default: `web/` beside the server's own folder). */
    readonly webDirectory?: string;
    /** Replaces the default read model over the store (tests, other backends). */
    readonly readModel?: ReadModel;
    /** Replaces the default ingestion (extract with the default pipeline, then store). */
    readonly ingest?: IngestItemFn;
    /**
     * Host names the server answers to (the Host header, without port); others get 421. Set it when listening
     * on loopback so a web page elsewhere cannot reach the API through DNS rebinding. Default: any host.
     */
    readonly allowedHosts?: readonly string[];
    /** Called with unexpected errors (default: printed on stderr). */
    readonly onError?: (error: unknown) => void;
}
/**
 * The Parley HTTP server: the JSON API under /api/ and the dashboard at /. Not listening yet: call
 * `listen(port, host)` (port 0 picks a free port, as the tests do).
 */
export declare function createServer(options: ServerOptions): Server;
/** The host name of a Host header, lower-cased, without its port: `[::1]:8080` → `[::1]`. */
export declare function hostName(header: string | undefined): string;
/** The host names of this machine's loopback interface. */
export declare const LOOPBACK_HOSTS: readonly string[];
