import assert from 'node:assert/strict'
import { it } from 'node:test'
import Database from 'better-sqlite3'
import { type Migration, migrate, SchemaVersionError } from './migrate.js'

const migration = (version: number, table: string): Migration => ({
  version,
  name: `${String(version).padStart(3, '0')}-${table}.sql`,
  sql: `CREATE TABLE ${table} (x INTEGER);`,
})

it('applies a migration numbered below the highest applied one when it arrives later', () => {
  const db = new Database(':memory:')
  assert.equal(migrate(db, [migration(1, 'a'), migration(20, 'c')]), 20)
  assert.equal(migrate(db, [migration(1, 'a'), migration(3, 'b'), migration(20, 'c')]), 20)
  const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all()
  assert.deepEqual(versions, [1, 3, 20])
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND length(name) = 1")
    .pluck()
  assert.deepEqual(tables.all().sort(), ['a', 'b', 'c'])
  assert.throws(() => migrate(db, [migration(1, 'a')]), SchemaVersionError)
  db.close()
})
