import { existsSync } from 'node:fs'
import { isIsoDate } from '../ingest/index.js'
import type { OutputFormat } from '../query/format.js'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { openStore, resolveDbPath } from '../store/open-store.js'
import { isPostgresUrl } from '../store/postgres/postgres-store.js'
import type { Store } from '../store/store.js'
import { formatOption } from './format-option.js'
import { UsageError } from './io.js'

/** Shared by the commands that read the store: `--db`, `--format`, dates and paging. */
export const DB_OPTION_HELP =
  '  --db PATH|URL    the database: a SQLite file or a postgres:// URL (default: $PARLEY_DB, else ./parley.db)'

/** The path of an existing database; a missing file is a usage error, not a new empty database. */
export function readableDb(db: string | undefined): string {
  const path = resolveDbPath(db ?? null)
  if (path !== ':memory:' && !isPostgresUrl(path) && !existsSync(path)) {
    throw new UsageError(`no database at ${path} (run "parley ingest" first, or give --db)`)
  }
  return path
}

/** Opens an existing database for reading. */
export function openStoreForReading(db: string | undefined): Store {
  const path = readableDb(db)
  return openStore(path, { readonly: path !== ':memory:' && !isPostgresUrl(path) })
}

/** `--format` of a stored listing (table, json, csv), or of a command offering fewer of them. */
export function outputFormat(
  value: string | undefined,
  offered: readonly OutputFormat[] = COMMAND_FORMATS.storedListing,
): OutputFormat {
  return formatOption(value, offered)
}

export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value))
    throw new UsageError(`--${name} must be a valid YYYY-MM-DD date, not "${value}"`)
  return value
}

export function countOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not "${value}"`)
  return n
}
