import { readdirSync, readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/

export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

let cached: readonly Migration[] | undefined

/** The migrations shipped beside this module (`migrations/NNN-name.sql`), in version order. */
export function loadMigrations(): readonly Migration[] {
  cached ??= readdirSync(MIGRATIONS_DIR)
    .flatMap((name) => {
      const match = MIGRATION_FILE.exec(name)
      if (!match) return []
      return [{ version: Number(match[1]), name, sql: readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8') }]
    })
    .sort((a, b) => a.version - b.version)
  return cached
}

/** Thrown when the database was written by a newer Parley than this one. */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError'
}

/**
 * Brings the schema up to date: each migration not yet applied runs in one transaction with its `schema_version` row,
 * so a crash leaves the database at the previous version. Returns the version reached.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = loadMigrations()): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  const applied = new Set(db.prepare('SELECT version FROM schema_version').pluck().all() as number[])
  const current = Math.max(0, ...applied)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) {
    throw new SchemaVersionError(
      `database schema version ${current} is newer than this Parley supports (${latest})`,
    )
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)')
  // Every migration not yet applied runs, not only those above the highest: numbers are handed out in ranges
  // to parallel work (store 003–009, server 010–019, monitor 020–029), so a lower one may arrive later.
  for (const m of migrations) {
    if (applied.has(m.version)) continue
    db.transaction(() => {
      db.exec(m.sql)
      record.run(m.version, m.name, new Date().toISOString())
    }).immediate()
  }
  return Math.max(current, latest)
}
