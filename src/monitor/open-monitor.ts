import { resolveDbPath } from '../store/open-store.js'
import { openSqliteStore, type SqliteStoreOptions } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'
import type { MonitorStore } from './monitor-store.js'
import { sqliteMonitorStore } from './sqlite-monitor-store.js'

export interface OpenedMonitor {
  readonly store: Store
  readonly monitor: MonitorStore
  close(): Promise<void>
}

/**
 * The record and the monitor's state over one database (`--db`, else `$PARLEY_DB`, else ./parley.db). SQLite is
 * the only backend so far; a PostgreSQL one would return its own pair here.
 */
export function openMonitor(path?: string | null, options: SqliteStoreOptions = {}): OpenedMonitor {
  const store = openSqliteStore(resolveDbPath(path), options)
  return { store, monitor: sqliteMonitorStore(store.db), close: () => store.close() }
}
