import pg from 'pg'
import { countEvents, countSpeakers, type QueryRows } from '../aggregates.js'
import { restoreSplitDocuments } from '../split.js'
import type { Store, StoreStats } from '../store.js'
import { actorRules, mergeWithRule, planSplit } from './identity.js'
import { migratePostgres } from './migrate.js'
import {
  findActors,
  findEvents,
  findPlaces,
  findQuotes,
  readDocument,
  totalActors,
  totalEvents,
  totalQuotes,
} from './read-models.js'
import { type Sql, sqlOn } from './sql.js'
import { writeDocument } from './write-document.js'

export interface PostgresStoreOptions {
  /** A schema of its own (created when missing), for tests and several records in one database. */
  readonly schema?: string
  /** Connections in the pool (default 4). */
  readonly connections?: number
}

export interface PostgresStore extends Store {
  readonly url: string
  /** Resolves once connected and migrated; every method waits for it. */
  readonly ready: Promise<number>
  revision(): Promise<string>
}

/** One writer at a time per record: de-duplication reads candidates, then writes, in one transaction. */
const WRITE_LOCK = 7_260_002
const JSON_OID = 114
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/

/**
 * Runs one write in a transaction under the write lock, and counts a revision when it changed the record: a
 * failure rolls back whole.
 */
async function writeTransaction<T>(
  sql: Sql,
  work: () => Promise<T>,
  changed: (outcome: T) => boolean,
): Promise<T> {
  await sql.run('BEGIN')
  try {
    await sql.run('SELECT pg_advisory_xact_lock(?)', WRITE_LOCK)
    const outcome = await work()
    if (changed(outcome)) await sql.run('UPDATE record_revision SET n = n + 1')
    await sql.run('COMMIT')
    return outcome
  } catch (error) {
    await sql.run('ROLLBACK')
    throw error
  }
}

/** The aggregate queries' runner over one connection. */
function rowsOf(sql: Sql): QueryRows {
  return <T>(text: string, params: readonly unknown[]) => sql.all<T>(text, ...params)
}

export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//i.test(path)
}

/** JSON columns come back as text, as from SQLite, so both backends share their row mapping. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === JSON_OID
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/**
 * Opens the store in a PostgreSQL database (`postgres://user@host:port/db`): connects lazily and brings the
 * schema up to date (migrations under an advisory lock, so many workers may start at once). Writes take a
 * transaction-scoped advisory lock: de-duplication sees every committed document, and a killed writer's
 * transaction rolls back whole, so a re-delivered document is stored exactly once.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
    throw new Error(`invalid schema name "${options.schema}"`)
  const searchPath = options.schema ? `-c search_path=${options.schema}` : undefined
  const pool = new pg.Pool({
    connectionString: url,
    max: options.connections ?? 4,
    types,
    ...(searchPath ? { options: searchPath } : {}),
  })
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {})
  const ready = (async () => {
    const client = await pool.connect()
    try {
      return await migratePostgres(client, options.schema ? { schema: options.schema } : {})
    } finally {
      client.release()
    }
  })()
  ready.catch(() => {})
  const read = async <T>(work: (sql: Sql) => Promise<T>): Promise<T> => {
    await ready
    const client = await pool.connect()
    try {
      return await work(sqlOn(client))
    } finally {
      client.release()
    }
  }
  return {
    url,
    ready,
    putDocument: (record, putOptions) =>
      read((sql) =>
        writeTransaction(
          sql,
          () => writeDocument(sql, record, putOptions),
          (outcome) => outcome !== 'unchanged',
        ),
      ),
    async hasDocument(id, contentHash) {
      return read(async (sql) => {
        const row = await sql.one<{ hash: string }>('SELECT hash FROM documents WHERE id = ?', id)
        if (row) return contentHash === undefined || row.hash === contentHash
        // the same content stored under another id counts: putDocument would keep that one
        if (contentHash === undefined) return false
        return (await sql.one('SELECT 1 FROM documents WHERE hash = ? LIMIT 1', contentHash)) !== undefined
      })
    },
    getDocument: (id) => read((sql) => readDocument(sql, id)),
    listDocuments: (page = {}) =>
      read((sql) =>
        sql.all(
          'SELECT id, title, date, url, source, language FROM documents ORDER BY pk LIMIT ? OFFSET ?',
          page.limit ?? 100,
          page.offset ?? 0,
        ),
      ),
    findActors: (filter = {}) => read((sql) => findActors(sql, filter)),
    findPlaces: (filter = {}) => read((sql) => findPlaces(sql, filter)),
    findEvents: (filter = {}) => read((sql) => findEvents(sql, filter)),
    findQuotes: (filter = {}) => read((sql) => findQuotes(sql, filter)),
    totalActors: (filter = {}) => read((sql) => totalActors(sql, filter)),
    totalEvents: (filter = {}) => read((sql) => totalEvents(sql, filter)),
    totalQuotes: (filter = {}) => read((sql) => totalQuotes(sql, filter)),
    countSpeakers: (range = {}) => read((sql) => countSpeakers(rowsOf(sql), range)),
    countEvents: (by, filter = {}) => read((sql) => countEvents(rowsOf(sql), by, filter)),
    async revision() {
      const row = await read((sql) => sql.one<{ n: string }>('SELECT n::text AS n FROM record_revision'))
      return row?.n ?? '0'
    },
    async stats() {
      const row = await read((sql) =>
        sql.one<StoreStats>(
          `SELECT (SELECT count(*) FROM documents)::integer AS documents, (SELECT count(*) FROM actors)::integer AS actors,
             (SELECT count(*) FROM places)::integer AS places, (SELECT count(*) FROM quotes WHERE is_primary = 1)::integer AS quotes,
             (SELECT count(*) FROM events)::integer AS events,
             (SELECT count(*) FROM event_mentions)::integer AS "eventMentions"`,
        ),
      )
      return row as StoreStats
    },
    mergeActors: (from, into) =>
      read((sql) =>
        writeTransaction(
          sql,
          () => mergeWithRule(sql, from, into),
          (outcome) => outcome !== null,
        ),
      ),
    async splitActor(id, name) {
      const plan = await read((sql) =>
        writeTransaction(
          sql,
          () => planSplit(sql, id, name),
          (p) => p !== null,
        ),
      )
      return plan ? restoreSplitDocuments(this, plan) : null
    },
    actorRules: () => read((sql) => actorRules(sql)),
    async close() {
      await ready.catch(() => {})
      await pool.end()
    },
  }
}
