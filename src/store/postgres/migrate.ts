import { readdirSync, readFileSync } from 'node:fs'
import type { ClientBase } from 'pg'
import { type Migration, SchemaVersionError } from '../sqlite/migrate.js'

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/
/** Serialises migrations of one database across processes (workers starting together). */
const MIGRATION_LOCK = 7_260_001

export function loadPostgresMigrations(): readonly Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .flatMap((name) => {
      const match = MIGRATION_FILE.exec(name)
      if (!match) return []
      return [{ version: Number(match[1]), name, sql: readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8') }]
    })
    .sort((a, b) => a.version - b.version)
}

/**
 * Applies every migration not yet applied, each in one transaction with its `schema_version` row, under an
 * advisory lock so processes opening the same database at once migrate it once. Returns the version reached.
 */
export async function migratePostgres(
  client: ClientBase,
  options: { readonly schema?: string; readonly migrations?: readonly Migration[] } = {},
): Promise<number> {
  const migrations = options.migrations ?? loadPostgresMigrations()
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
  try {
    if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)',
    )
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows.map(
        (r) => r.version,
      ),
    )
    const current = Math.max(0, ...applied)
    const latest = migrations.at(-1)?.version ?? 0
    if (current > latest) {
      throw new SchemaVersionError(
        `database schema version ${current} is newer than this Parley supports (${latest})`,
      )
    }
    for (const m of migrations) {
      if (applied.has(m.version)) continue
      await client.query('BEGIN')
      try {
        await client.query(m.sql)
        await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          new Date().toISOString(),
        ])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
    return Math.max(current, latest)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
  }
}
