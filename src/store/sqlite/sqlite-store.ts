import type Database from 'better-sqlite3'
import { countEvents, countSpeakers, type QueryRows } from '../aggregates.js'
import { restoreSplitDocuments } from '../split.js'
import type { QuoteFilter, Store, StoreStats } from '../store.js'
import { findActors, findPlaces, totalActors } from './find-actors.js'
import { DEFAULT_LIMIT, findEvents, totalEvents } from './find-events.js'
import { findQuotes, totalQuotes } from './find-quotes.js'
import { actorRules, mergeWithRule, planSplit } from './identity.js'
import { openDatabase } from './open-database.js'
import { createQuoteIndex, indexPendingQuotes } from './quote-index.js'
import { readDocument } from './read-document.js'
import { type Statements, statements } from './statements.js'
import { writeDocument } from './write-document.js'

export interface SqliteStoreOptions {
  /** Open an existing database without writing to it (no migrations; `putDocument` fails). */
  readonly readonly?: boolean
  /**
   * Bulk loading: documents are committed in groups (each still atomic, in its own savepoint) once this many
   * are pending or this much time has passed, and on `flush()`/`close()`. A killed process loses at most the
   * pending group, never part of a document; re-running the ingest stores it again. Default: off (every
   * document commits on its own).
   */
  readonly groupCommit?: GroupCommit
}

export interface GroupCommit {
  readonly documents: number
  readonly milliseconds: number
}

/** What `parley ingest` uses: at most 32 documents or half a second of work pending. */
export const BULK_GROUP_COMMIT: GroupCommit = { documents: 32, milliseconds: 500 }

export interface SqliteStore extends Store {
  /** The underlying connection, for benchmarks and maintenance. */
  readonly db: Database.Database
  /** The schema version the database is at. */
  readonly schemaVersion: number
  /** Commits the pending group of documents (group commit only). */
  flush(): void
}

/**
 * Opens (creating when needed) a SQLite store: `:memory:` or a file. Files use WAL journaling, so readers never
 * block the writer and a killed process loses at most the transaction it was in. Foreign keys are enforced.
 */
/** The aggregate queries' runner over prepared statements. */
function rowsOf(s: Statements): QueryRows {
  return async <T>(sql: string, params: readonly unknown[]) => s.get(sql).all(...params) as T[]
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const { db, schemaVersion } = openDatabase(path, { readonly: options.readonly ?? false })
  return createStore(db, schemaVersion, options.groupCommit ?? null)
}

function createStore(db: Database.Database, schemaVersion: number, group: GroupCommit | null): SqliteStore {
  const s = statements(db)
  const put = db.transaction(writeDocument)
  const quoteIndex = createQuoteIndex(group !== null)
  let pending = 0
  let groupStarted = 0
  // data_version changes when another connection commits; this connection's own writes are counted here
  let ownWrites = 0
  const flush = () => {
    if (db.open && db.inTransaction) {
      indexPendingQuotes(s, quoteIndex)
      db.exec('COMMIT')
    }
    pending = 0
  }
  // Read your own writes: quotations pending in an open group are indexed before a text search.
  const readOwnQuotes = (filter: QuoteFilter) => {
    if (filter.search !== undefined && db.inTransaction) indexPendingQuotes(s, quoteIndex)
  }
  return {
    db,
    schemaVersion,
    flush,
    async putDocument(record, options) {
      ownWrites++
      if (!group) return put.immediate(s, quoteIndex, record, options)
      if (!db.inTransaction) {
        db.exec('BEGIN IMMEDIATE')
        groupStarted = performance.now()
      }
      // Nested in the group's transaction, the document gets a savepoint: a failure undoes it alone.
      const outcome = put(s, quoteIndex, record, options)
      pending++
      if (pending >= group.documents || performance.now() - groupStarted >= group.milliseconds) flush()
      return outcome
    },
    async hasDocument(id, contentHash) {
      const hash = s.get('SELECT hash FROM documents WHERE id = ?').pluck().get(id) as string | undefined
      if (hash !== undefined) return contentHash === undefined || hash === contentHash
      // the same content stored under another id counts: putDocument would keep that one
      return (
        contentHash !== undefined &&
        s.get('SELECT 1 FROM documents WHERE hash = ?').get(contentHash) !== undefined
      )
    },
    async getDocument(id) {
      return readDocument(s, id)
    },
    async listDocuments(page = {}) {
      return s
        .get('SELECT id, title, date, url, source, language FROM documents ORDER BY pk LIMIT ? OFFSET ?')
        .all(page.limit ?? DEFAULT_LIMIT, page.offset ?? 0) as never
    },
    async findActors(filter = {}) {
      return findActors(s, filter)
    },
    async findPlaces(filter = {}) {
      return findPlaces(s, filter)
    },
    async findEvents(filter = {}) {
      return findEvents(s, filter)
    },
    async findQuotes(filter = {}) {
      readOwnQuotes(filter)
      return findQuotes(s, filter)
    },
    async totalActors(filter = {}) {
      return totalActors(s, filter)
    },
    async totalEvents(filter = {}) {
      return totalEvents(s, filter)
    },
    async totalQuotes(filter = {}) {
      readOwnQuotes(filter)
      return totalQuotes(s, filter)
    },
    countSpeakers: (range = {}) => countSpeakers(rowsOf(s), range),
    countEvents: (by, filter = {}) => countEvents(rowsOf(s), by, filter),
    async revision() {
      return `${db.pragma('data_version', { simple: true })}:${ownWrites}`
    },
    async stats() {
      const count = (table: string) => s.get(`SELECT count(*) FROM ${table}`).pluck().get() as number
      const stats: StoreStats = {
        documents: count('documents'),
        actors: count('actors'),
        places: count('places'),
        quotes: count('quotes WHERE is_primary = 1'),
        events: count('events'),
        eventMentions: count('event_mentions'),
      }
      return stats
    },
    async mergeActors(from, into) {
      flush()
      ownWrites++
      return db.transaction(() => mergeWithRule(s, from, into)).immediate()
    },
    async splitActor(id, name) {
      flush()
      ownWrites++
      const plan = db.transaction(() => planSplit(s, id, name)).immediate()
      return plan ? restoreSplitDocuments(this, plan) : null
    },
    async actorRules() {
      return actorRules(s)
    },
    async close() {
      flush()
      if (db.open) db.close()
    },
  }
}
