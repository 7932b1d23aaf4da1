import { statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { StoreOpenError } from '../open-error.js'
import { migrate, SchemaVersionError } from './migrate.js'

export interface OpenedDatabase {
  readonly db: Database.Database
  readonly schemaVersion: number
}

/**
 * Opens a Parley SQLite database and brings its schema up to date (read-only: reads its version). Anything
 * that makes the path unusable becomes a StoreOpenError naming it: a directory, a missing file where one must
 * exist, a file that is not SQLite, a truncated or damaged one, another program's database, a newer schema.
 */
export function openDatabase(path: string, options: { readonly readonly: boolean }): OpenedDatabase {
  const isFile = path !== ':memory:' && path !== ''
  if (isFile) {
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat?.isDirectory()) throw new StoreOpenError(path, 'is a directory, not a database file')
    if (!stat && options.readonly) throw new StoreOpenError(path, 'no such database file')
  }
  let db: Database.Database
  try {
    db = new Database(path, { readonly: options.readonly, fileMustExist: options.readonly })
  } catch (error) {
    throw new StoreOpenError(path, `cannot open the database (${reason(error)})`)
  }
  try {
    if (isFile && !options.readonly) db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 5000')
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
      )
      .pluck()
      .all() as string[]
    const isParley = tables.includes('schema_version')
    if (!isParley && tables.length > 0) {
      throw new StoreOpenError(
        path,
        'is a SQLite database, but not a Parley one (it has no schema_version table)',
      )
    }
    if (options.readonly) {
      if (!isParley) throw new StoreOpenError(path, 'is an empty database (run "parley ingest" first)')
      const version = db.prepare('SELECT max(version) FROM schema_version').pluck().get() as number | null
      return { db, schemaVersion: version ?? 0 }
    }
    return { db, schemaVersion: migrate(db) }
  } catch (error) {
    db.close()
    if (error instanceof StoreOpenError) throw error
    if (error instanceof SchemaVersionError) throw new StoreOpenError(path, error.message)
    throw new StoreOpenError(path, describeSqliteFailure(error))
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** What a SQLite error on opening means for the user. */
function describeSqliteFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  if (code === 'SQLITE_NOTADB') return 'is not a SQLite database'
  if (code.startsWith('SQLITE_CORRUPT')) return `the database is truncated or damaged (${reason(error)})`
  if (code.startsWith('SQLITE_')) return `cannot use the database (${reason(error)})`
  throw error
}
