import type { Store } from '../store/store.js';
import type { IngestItemFn } from './ingest-route.js';
/**
 * Stores each posted article as `parley ingest` does: an article already stored with the same content is
 * skipped; otherwise it is extracted with the default pipeline (built on first use) and its record stored.
 */
export declare function createStoreIngest(store: Store): IngestItemFn;
