import { openSqliteStore } from './sqlite/sqlite-store.js';
export const DEFAULT_DB_PATH = './parley.db';
/** The database path: the given one, else `PARLEY_DB`, else `./parley.db`. */
export function resolveDbPath(path, env = process.env) {
    return path ?? (env.PARLEY_DB || DEFAULT_DB_PATH);
}
/** Opens the store at a path (`:memory:` for a throwaway one). SQLite is the only backend so far. */
export function openStore(path, options = {}) {
    return openSqliteStore(resolveDbPath(path), options);
}
//# sourceMappingURL=open-store.js.map