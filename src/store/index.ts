export {
  DATE_WINDOW_DAYS,
  STATUS_FAMILIES,
  type StatusFamily,
  SYMMETRIC_TYPES,
  statusFamily,
} from './dedup.js'
export { contentHash, nameKey, surnameKey } from './keys.js'
export { DEFAULT_DB_PATH, openStore, resolveDbPath } from './open-store.js'
export {
  isPostgresUrl,
  openPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from './postgres/postgres-store.js'
export { putOptionsFor } from './put-options.js'
export {
  BULK_GROUP_COMMIT,
  type GroupCommit,
  openSqliteStore,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite/sqlite-store.js'
export type * from './store.js'
