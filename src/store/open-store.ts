import { isPostgresUrl, openPostgresStore } from './postgres/postgres-store.js'
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js'
import type { Store } from './store.js'

export const DEFAULT_DB_PATH = './parley.db'

/** The database path: the given one, else `PARLEY_DB`, else `./parley.db`. */
export function resolveDbPath(path?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return path ?? (env.PARLEY_DB || DEFAULT_DB_PATH)
}

/**
 * Opens the store at a path (SQLite; `:memory:` for a throwaway one) or a `postgres://` URL (PostgreSQL; the
 * SQLite options do not apply there: it commits every document on its own).
 */
export function openStore(path?: string | null, options: SqliteStoreOptions = {}): Store {
  const resolved = resolveDbPath(path)
  if (isPostgresUrl(resolved)) return openPostgresStore(resolved)
  return openSqliteStore(resolved, options)
}
