import { nameKey } from '../keys.js'
import { portableQuoteConditions } from '../quote-conditions.js'
import { type ActorRow, actorWhere, storedActor } from '../sqlite/find-actors.js'
import {
  assembleEvents,
  DEFAULT_LIMIT,
  DEFAULT_MENTION_LIMIT,
  type EventRow,
  type ListDialect,
  MENTION_COLUMNS,
  MENTION_ORDER,
  type MentionRow,
  type PartyRow,
  whereClause,
} from '../sqlite/find-events.js'
import {
  QUOTE_LISTING_COLUMNS,
  QUOTE_REPORT_COLUMNS,
  QUOTE_REPORT_ORDER,
  type QuoteReportRow,
  type QuoteRow,
  storedQuotes,
} from '../sqlite/find-quotes.js'
import {
  assembleDocument,
  type DocumentActorRow,
  type DocumentEventRow,
  type DocumentPlaceRow,
  type DocumentQuoteRow,
  type DocumentRow,
} from '../sqlite/read-document.js'
import type {
  ActorFilter,
  EventFilter,
  PlaceFilter,
  QuoteFilter,
  StoredActor,
  StoredDocument,
  StoredEvent,
  StoredPlace,
  StoredQuote,
} from '../store.js'
import type { Sql } from './sql.js'

/** PostgreSQL: lists as array parameters, `= ANY` (index-friendly). */
export const POSTGRES_LISTS: ListDialect = {
  in: (column, kind) => `${column} = ANY(?::${kind}[])`,
  list: (values) => [...values],
}

/** Rebuilds a document's record exactly as it was put (rows read as the SQLite backend reads them). */
export async function readDocument(sql: Sql, id: string): Promise<StoredDocument | null> {
  const doc = await sql.one<DocumentRow>('SELECT * FROM documents WHERE id = ?', id)
  if (!doc) return null
  // one connection runs one query at a time
  const actorRows = await sql.all<DocumentActorRow>(
    'SELECT * FROM document_actors WHERE doc = ? ORDER BY seq',
    doc.pk,
  )
  const placeRows = await sql.all<DocumentPlaceRow>(
    'SELECT * FROM document_places WHERE doc = ? ORDER BY seq',
    doc.pk,
  )
  const quoteRows = await sql.all<DocumentQuoteRow>('SELECT * FROM quotes WHERE doc = ? ORDER BY pk', doc.pk)
  const eventRows = await sql.all<DocumentEventRow>(
    'SELECT m.*, e.type AS type FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? ORDER BY m.pk',
    doc.pk,
  )
  return assembleDocument(doc, { actorRows, placeRows, quoteRows, eventRows })
}

/** Actors matching every given condition, the most mentioned first; anonymous ones only when asked by id. */
export async function findActors(sql: Sql, filter: ActorFilter): Promise<StoredActor[]> {
  const { where, params } = actorWhere(filter, POSTGRES_LISTS)
  // byte order of names, as SQLite's BINARY collation sorts them
  const rows = await sql.all<ActorRow>(
    `SELECT a.pk, a.name, a.kind, a.country, a.sector, a.role, a.kb_id, a.anonymous,
       coalesce(c.documents, 0) AS documents, coalesce(c.mentions, 0) AS mentions
     FROM actors a LEFT JOIN actor_counts c ON c.actor = a.pk ${where}
     ORDER BY mentions DESC, a.name COLLATE "C", a.pk LIMIT ? OFFSET ?`,
    ...params,
    filter.limit ?? DEFAULT_LIMIT,
    filter.offset ?? 0,
  )
  return rows.map(storedActor)
}

/** How many actors a filter matches, whatever page is asked for. */
export async function totalActors(sql: Sql, filter: ActorFilter): Promise<number> {
  const { where, params } = actorWhere(filter, POSTGRES_LISTS)
  const row = await sql.one<{ n: string }>(`SELECT count(*)::text AS n FROM actors a ${where}`, ...params)
  return Number(row?.n ?? 0)
}

export async function findPlaces(sql: Sql, filter: PlaceFilter): Promise<StoredPlace[]> {
  const search = filter.search?.trim()
  const where = search ? 'WHERE p.name_key = ? OR p.country = ?' : ''
  const params = search ? [nameKey(search), search.toUpperCase()] : []
  return sql.all<StoredPlace>(
    `SELECT pk AS id, name, country, lat, lon FROM places p ${where} ORDER BY p.name COLLATE "C", p.pk LIMIT ? OFFSET ?`,
    ...params,
    filter.limit ?? DEFAULT_LIMIT,
    filter.offset ?? 0,
  )
}

export async function findEvents(sql: Sql, filter: EventFilter): Promise<StoredEvent[]> {
  const { sql: where, params } = whereClause(filter, POSTGRES_LISTS)
  // SQLite sorts NULL first ascending and last descending; PostgreSQL is told to do the same
  const direction = filter.order === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'
  const rows = await sql.all<EventRow>(
    `SELECT e.pk, e.type, e.status, e.mode, e.cameo, e.date_start, e.date_end, e.date_text, e.sort_start,
       e.sort_end, e.mention_count, p.pk AS place_pk, p.name AS place_name, p.country AS place_country,
       p.lat AS place_lat, p.lon AS place_lon
     FROM events e LEFT JOIN places p ON p.pk = e.place
     ${where}
     ORDER BY e.sort_start ${direction}, e.pk ${filter.order === 'asc' ? 'ASC' : 'DESC'}
     LIMIT ? OFFSET ?`,
    ...params,
    filter.limit ?? DEFAULT_LIMIT,
    filter.offset ?? 0,
  )
  if (rows.length === 0) return []
  const pks = rows.map((r) => r.pk)
  const parties = await sql.all<PartyRow>(
    `SELECT ep.event, ep.role, a.pk AS id, a.name, a.kind, a.country
     FROM event_parties ep JOIN actors a ON a.pk = ep.actor
     WHERE ep.event = ANY(?::integer[]) ORDER BY ep.event, ep.role, a.name COLLATE "C"`,
    pks,
  )
  const limit = filter.mentionLimit ?? DEFAULT_MENTION_LIMIT
  const mentions =
    limit <= 0
      ? []
      : await sql.all<MentionRow>(
          `SELECT * FROM (
             SELECT ${MENTION_COLUMNS}, row_number() OVER (PARTITION BY m.event ORDER BY ${MENTION_ORDER}) AS n
             FROM event_mentions m JOIN documents d ON d.pk = m.doc
             WHERE m.event = ANY(?::integer[])) listed
           WHERE n <= ? ORDER BY event, n`,
          pks,
          limit,
        )
  return assembleEvents(rows, parties, mentions)
}

/** How many full-text matches are ranked at most: the newest ones, so a common word stays cheap. */
export const RANKED_MATCHES = 1000

/**
 * A user's words as a tsquery: every word required, a trailing `*` a prefix. Words are split as the
 * 'simple' parser splits text, so punctuation never becomes an operator. Null when no word is left.
 */
export function tsQuery(search: string): string | null {
  const terms = search.split(/[\s\p{Cc}]+/u).flatMap((word) => {
    const prefix = word.endsWith('*')
    const parts = word
      .replace(/\*+$/, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part !== '')
    return parts.map((part, i) => `'${part}'${prefix && i === parts.length - 1 ? ':*' : ''}`)
  })
  return terms.length === 0 ? null : terms.join(' & ')
}

/**
 * Quotations, newest document first. A text search reads its matches from the GIN index and keeps the newest
 * RANKED_MATCHES of them, so a word found in millions of quotations costs one bounded sort.
 */
/**
 * The WHERE clause of a quotation filter (quotes q, documents d), or null when it can match nothing. A listing
 * ranks at most RANKED_MATCHES text matches; a count takes them all.
 */
function quoteWhere(
  filter: QuoteFilter,
  purpose: 'list' | 'count',
): { readonly where: string; readonly params: unknown[] } | null {
  const conditions: string[] = []
  const params: unknown[] = []
  if (filter.speakerIds) {
    conditions.push('q.speaker = ANY(?::integer[])')
    params.push([...filter.speakerIds])
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const query = tsQuery(filter.search)
    if (query === null) return null
    conditions.push(
      purpose === 'count'
        ? 'q.words @@ ?::tsquery'
        : `q.pk IN (SELECT pk FROM quotes WHERE words @@ ?::tsquery ORDER BY doc_date DESC NULLS LAST, doc, pk LIMIT ${RANKED_MATCHES})`,
    )
    params.push(query)
  }
  if (filter.documentId !== undefined) {
    conditions.push('d.id = ?')
    params.push(filter.documentId)
  } else {
    conditions.push('q.is_primary = 1')
  }
  const portable = portableQuoteConditions(filter)
  conditions.push(...portable.conditions)
  params.push(...portable.params)
  return { where: `WHERE ${conditions.join(' AND ')}`, params }
}

/** How many quotations a filter matches, whatever page is asked for. */
export async function totalQuotes(sql: Sql, filter: QuoteFilter): Promise<number> {
  const clause = quoteWhere(filter, 'count')
  if (!clause) return 0
  const row = await sql.one<{ n: string }>(
    `SELECT count(*)::text AS n FROM quotes q JOIN documents d ON d.pk = q.doc ${clause.where}`,
    ...clause.params,
  )
  return Number(row?.n ?? 0)
}

/** How many events a filter matches, whatever page is asked for. */
export async function totalEvents(sql: Sql, filter: EventFilter): Promise<number> {
  const { sql: where, params } = whereClause(filter, POSTGRES_LISTS)
  const row = await sql.one<{ n: string }>(`SELECT count(*)::text AS n FROM events e ${where}`, ...params)
  return Number(row?.n ?? 0)
}

export async function findQuotes(sql: Sql, filter: QuoteFilter): Promise<StoredQuote[]> {
  const clause = quoteWhere(filter, 'list')
  if (!clause) return []
  const { where, params } = clause
  const rows = await sql.all<QuoteRow>(
    `SELECT ${QUOTE_LISTING_COLUMNS}
     FROM quotes q JOIN documents d ON d.pk = q.doc LEFT JOIN actors a ON a.pk = q.speaker
     ${where}
     ORDER BY q.doc_date DESC NULLS LAST, q.doc, q.pk LIMIT ? OFFSET ?`,
    ...params,
    filter.limit ?? DEFAULT_LIMIT,
    filter.offset ?? 0,
  )
  const keys = [...new Set(rows.flatMap((q) => (q.report_key === null ? [] : [q.report_key])))]
  const reports =
    keys.length === 0
      ? []
      : await sql.all<QuoteReportRow>(
          `SELECT ${QUOTE_REPORT_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc
           WHERE q.report_key = ANY(?::text[]) ORDER BY ${QUOTE_REPORT_ORDER}`,
          keys,
        )
  return storedQuotes(rows, reports)
}
