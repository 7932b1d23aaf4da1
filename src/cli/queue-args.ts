import { resolveDbPath } from '../store/open-store.js'
import { isPostgresUrl } from '../store/postgres/postgres-store.js'
import { UsageError } from './io.js'

export const QUEUE_DB_HELP =
  '  --db URL         the PostgreSQL database holding the record and the queue (default: $PARLEY_DB)'

/** The queue lives in PostgreSQL beside the record: `--db` (or PARLEY_DB) must be a postgres:// URL. */
export function queueDb(value: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const db = resolveDbPath(value ?? null, env)
  if (!isPostgresUrl(db))
    throw new UsageError(`the job queue needs a postgres:// database URL (--db or PARLEY_DB), not "${db}"`)
  return db
}

/** A whole number of seconds (or jobs) from `min` to `max`. */
export function boundedOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${value}"`)
  return n
}
