import type { Store } from '../store/store.js';
import type { ReadModel } from './read-model.js';
/**
 * The API's read model over a store: the query module's read models (names resolved as the CLI resolves
 * them; a numeric value is an actor id, as the dashboard sends), plus the engagement network, computed from
 * all events of the period and cached until `invalidate()`.
 */
export declare function createStoreReadModel(store: Store): ReadModel;
