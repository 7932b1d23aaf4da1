import { type SqliteStoreOptions } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';
export declare const DEFAULT_DB_PATH = "./parley.db";
/** The database path: the given one, else `PARLEY_DB`, else `./parley.db`. */
export declare function resolveDbPath(path?: string | null, env?: NodeJS.ProcessEnv): string;
/** Opens the store at a path (`:memory:` for a throwaway one). SQLite is the only backend so far. */
export declare function openStore(path?: string | null, options?: SqliteStoreOptions): Store;
