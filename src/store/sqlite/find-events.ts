import type { ActorKind, EventStatus, PloverType } from '../../doc/layers.js'
import type { ActorRef, EventFilter, EventMentionProvenance, StoredEvent, StoredPlace } from '../store.js'
import { DOCUMENT_SUMMARY_COLUMNS, type DocumentSummaryRow, documentSummary } from './read-document.js'
import type { Statements } from './statements.js'

const IN_LIST = 'IN (SELECT value FROM json_each(?))'
export const DEFAULT_LIMIT = 100
export const DEFAULT_MENTION_LIMIT = 20

export interface EventRow {
  readonly pk: number
  readonly type: PloverType
  readonly status: EventStatus
  readonly mode: string | null
  readonly cameo: string | null
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_text: string | null
  readonly sort_start: string | null
  readonly sort_end: string | null
  readonly mention_count: number
  readonly place_pk: number | null
  readonly place_name: string | null
  readonly place_country: string | null
  readonly place_lat: number | null
  readonly place_lon: number | null
}

export interface PartyRow {
  readonly event: number
  readonly role: 'actor' | 'recipient'
  readonly id: number
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
}

export interface MentionRow extends DocumentSummaryRow {
  readonly event: number
  readonly local_id: string
  readonly status: EventStatus
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_text: string | null
  readonly sentence_start: number
  readonly sentence_end: number
  readonly sentence_text: string
  readonly trigger_start: number
  readonly trigger_end: number
  readonly trigger_text: string
  readonly quote: string | null
}

/** How a dialect writes "column is in this list parameter", and passes the list. */
export interface ListDialect {
  in(column: string, kind: 'integer' | 'text'): string
  list(values: readonly unknown[]): unknown
}

/** SQLite: the list as a JSON array, read with json_each. */
export const SQLITE_LISTS: ListDialect = {
  in: (column) => `${column} ${IN_LIST}`,
  list: (values) => JSON.stringify(values),
}

/** The WHERE clause and its parameters for a filter; every condition can use an index. */
export function whereClause(
  filter: EventFilter,
  lists: ListDialect = SQLITE_LISTS,
): { sql: string; params: unknown[] } {
  const conditions: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql)
    params.push(...values)
  }
  const list = lists.list
  const ids = (column: string) => lists.in(column, 'integer')
  const texts = (column: string) => lists.in(column, 'text')
  if (filter.ids) add(ids('e.pk'), list(filter.ids))
  if (filter.actorIds) {
    add(
      `e.pk IN (SELECT event FROM event_parties WHERE role = 'actor' AND ${ids('actor')})`,
      list(filter.actorIds),
    )
  }
  if (filter.recipientIds) {
    add(
      `e.pk IN (SELECT event FROM event_parties WHERE role = 'recipient' AND ${ids('actor')})`,
      list(filter.recipientIds),
    )
  }
  if (filter.partyIds)
    add(`e.pk IN (SELECT event FROM event_parties WHERE ${ids('actor')})`, list(filter.partyIds))
  if (filter.between) {
    add(
      `e.pk IN (SELECT p1.event FROM event_parties p1
         JOIN event_parties p2 ON p2.event = p1.event AND p2.actor <> p1.actor
         WHERE ${ids('p1.actor')} AND ${ids('p2.actor')})`,
      list(filter.between[0]),
      list(filter.between[1]),
    )
  }
  if (filter.types) add(texts('e.type'), list(filter.types))
  if (filter.statuses) add(texts('e.status'), list(filter.statuses))
  if (filter.since) add('e.sort_end >= ?', filter.since)
  if (filter.until) add('e.sort_start <= ?', filter.until)
  if (filter.placeIds) add(ids('e.place'), list(filter.placeIds))
  if (filter.documentId !== undefined) {
    add(
      'e.pk IN (SELECT m.event FROM event_mentions m WHERE m.doc = (SELECT pk FROM documents WHERE id = ?))',
      filter.documentId,
    )
  }
  return { sql: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params }
}

/** How many events a filter matches, whatever page is asked for. */
export function totalEvents(s: Statements, filter: EventFilter): number {
  const { sql: where, params } = whereClause(filter)
  return s
    .get(`SELECT count(*) FROM events e ${where}`)
    .pluck()
    .get(...params) as number
}

export function findEvents(s: Statements, filter: EventFilter): StoredEvent[] {
  const { sql: where, params } = whereClause(filter)
  // The order the events_sort index gives: undated events (no date, no publication date) last when newest first.
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC'
  const rows = s
    .get(
      `SELECT e.pk, e.type, e.status, e.mode, e.cameo, e.date_start, e.date_end, e.date_text, e.sort_start,
         e.sort_end, e.mention_count, p.pk AS place_pk, p.name AS place_name, p.country AS place_country,
         p.lat AS place_lat, p.lon AS place_lon
       FROM events e LEFT JOIN places p ON p.pk = e.place
       ${where}
       ORDER BY e.sort_start ${direction}, e.pk ${direction}
       LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0) as EventRow[]
  if (rows.length === 0) return []
  const pks = JSON.stringify(rows.map((r) => r.pk))
  const parties = s
    .get(
      `SELECT ep.event, ep.role, a.pk AS id, a.name, a.kind, a.country
       FROM event_parties ep JOIN actors a ON a.pk = ep.actor
       WHERE ep.event ${IN_LIST} ORDER BY ep.event, ep.role, a.name`,
    )
    .all(pks) as PartyRow[]
  const mentionLimit = filter.mentionLimit ?? DEFAULT_MENTION_LIMIT
  const mentions = mentionLimit <= 0 ? [] : findMentions(s, rows, pks, mentionLimit)

  return assembleEvents(rows, parties, mentions)
}

/** Events built from their rows, their parties and (per event, in order) their listed mentions. */
export function assembleEvents(
  rows: readonly EventRow[],
  parties: readonly PartyRow[],
  mentions: readonly MentionRow[],
): StoredEvent[] {
  const partiesOf = groupBy(parties, (p) => p.event)
  const mentionsOf = groupBy(mentions, (m) => m.event)
  return rows.map((r) => {
    const side = (role: PartyRow['role']): ActorRef[] =>
      (partiesOf.get(r.pk) ?? [])
        .filter((p) => p.role === role)
        .map((p) => ({ id: p.id, name: p.name, kind: p.kind, country: p.country }))
    const place: StoredPlace | null =
      r.place_pk === null
        ? null
        : {
            id: r.place_pk,
            name: r.place_name ?? '',
            country: r.place_country,
            lat: r.place_lat,
            lon: r.place_lon,
          }
    return {
      id: r.pk,
      type: r.type,
      mode: r.mode,
      cameo: r.cameo,
      status: r.status,
      actor: side('actor'),
      recipient: side('recipient'),
      date:
        r.date_start === null || r.date_end === null
          ? null
          : { start: r.date_start, end: r.date_end, text: r.date_text },
      sortDate:
        r.sort_start === null || r.sort_end === null ? null : { start: r.sort_start, end: r.sort_end },
      place,
      mentionCount: r.mention_count,
      mentions: (mentionsOf.get(r.pk) ?? []).map(provenance),
    }
  })
}

/** The columns of a mention's provenance, with its document's summary. */
export const MENTION_COLUMNS = `m.event, m.local_id, m.status, m.date_start, m.date_end, m.date_text, m.sentence_start,
  m.sentence_end, m.sentence_text, m.trigger_start, m.trigger_end, m.trigger_text, m.quote, ${DOCUMENT_SUMMARY_COLUMNS}`
export const MENTION_ORDER = 'd.date IS NULL, d.date, m.pk'

/**
 * The first `limit` mentions of each event, earliest document first. When no event of the page has more
 * mentions than that (the usual case) they are read as they are, without ranking each event's mentions.
 */
function findMentions(s: Statements, events: readonly EventRow[], pks: string, limit: number): MentionRow[] {
  if (events.every((e) => e.mention_count <= limit)) {
    return s
      .get(
        `SELECT ${MENTION_COLUMNS} FROM event_mentions m JOIN documents d ON d.pk = m.doc
         WHERE m.event ${IN_LIST} ORDER BY m.event, ${MENTION_ORDER}`,
      )
      .all(pks) as MentionRow[]
  }
  return s
    .get(
      `SELECT * FROM (
         SELECT ${MENTION_COLUMNS}, row_number() OVER (PARTITION BY m.event ORDER BY ${MENTION_ORDER}) AS n
         FROM event_mentions m JOIN documents d ON d.pk = m.doc
         WHERE m.event ${IN_LIST})
       WHERE n <= ? ORDER BY event, n`,
    )
    .all(pks, limit) as MentionRow[]
}

function provenance(m: MentionRow): EventMentionProvenance {
  return {
    document: documentSummary(m),
    localId: m.local_id,
    status: m.status,
    date:
      m.date_start === null || m.date_end === null
        ? null
        : { start: m.date_start, end: m.date_end, text: m.date_text },
    sentence: { start: m.sentence_start, end: m.sentence_end, text: m.sentence_text },
    trigger: { start: m.trigger_start, end: m.trigger_end, text: m.trigger_text },
    quote: m.quote,
  }
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
