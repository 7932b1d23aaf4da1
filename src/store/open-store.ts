import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js'
import type { Store } from './store.js'

export const DEFAULT_DB_PATH = './parley.db'

/** The database path: the given one, else `PARLEY_DB`, else `./parley.db`. */
export function resolveDbPath(path?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return path ?? (env.PARLEY_DB || DEFAULT_DB_PATH)
}

/** Opens the store at a path (`:memory:` for a throwaway one). SQLite is the only backend so far. */
export function openStore(path?: string | null, options: SqliteStoreOptions = {}): Store {
  return openSqliteStore(resolveDbPath(path), options)
}
