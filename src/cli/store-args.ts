import { existsSync } from 'node:fs'
import { isIsoDate } from '../ingest/index.js'
import { isOutputFormat, type OutputFormat } from '../query/format.js'
import { openStore, resolveDbPath } from '../store/open-store.js'
import { isPostgresUrl } from '../store/postgres/postgres-store.js'
import type { Store } from '../store/store.js'
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

export function outputFormat(
  value: string | undefined,
  allowed: readonly OutputFormat[] = ['table', 'json', 'csv'],
): OutputFormat {
  const format = value ?? 'table'
  if (!isOutputFormat(format) || !allowed.includes(format)) {
    throw new UsageError(`--format must be ${allowed.join(', ')}, not "${format}"`)
  }
  return format
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
