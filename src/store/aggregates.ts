import type { EventStatus, PloverType } from '../doc/layers.js'
import type { ActorRef } from './store.js'

/**
 * Counts over the stored record that analysts ask for without a script: who is quoted most (`parley speakers`),
 * and events by type, status, month or dyad (`parley stats`). One portable SQL text per question, run by either
 * backend through `rows`; counts are over de-duplicated events and over the primary copy of each quotation.
 */

/** Runs a query with `?` placeholders and gives its rows. */
export type QueryRows = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>

export interface CountRange {
  /** YYYY-MM-DD: events dated (or quotations published) on or after it; `until` on or before. */
  readonly since?: string
  readonly until?: string
  /** Most rows (default 20). */
  readonly limit?: number
}

export interface SpeakerCount {
  readonly actor: ActorRef
  readonly quotes: number
  /** Articles the speaker is quoted in. */
  readonly documents: number
}

export interface SpeakerCounts {
  readonly total: number
  /** Quotations with no resolved speaker. */
  readonly unattributed: number
  readonly speakers: readonly SpeakerCount[]
}

export const EVENT_COUNT_KEYS = ['type', 'status', 'month', 'dyad'] as const
export type EventCountKey = (typeof EVENT_COUNT_KEYS)[number]

export interface EventCountFilter extends CountRange {
  readonly type?: PloverType
  readonly status?: EventStatus
}

export interface EventCount {
  /** The type, the status, the month (YYYY-MM, "undated" when none) or the dyad's two names. */
  readonly key: string
  readonly count: number
  /** For a dyad, its two actors (the lower id first: a pair is counted whichever side acted). */
  readonly actors?: readonly [ActorRef, ActorRef]
}

export interface EventCounts {
  readonly by: EventCountKey
  /** Events matching the filter, whatever their group. */
  readonly total: number
  readonly rows: readonly EventCount[]
}

export const DEFAULT_COUNT_LIMIT = 20

/** `column >= since` and `column <= until` for the bounds a range gives (aggregates, quotation filters). */
export function rangeConditions(
  column: string,
  range: Pick<CountRange, 'since' | 'until'>,
  conditions: string[],
  params: unknown[],
): void {
  if (range.since !== undefined) {
    conditions.push(`${column} >= ?`)
    params.push(range.since)
  }
  if (range.until !== undefined) {
    conditions.push(`${column} <= ?`)
    params.push(range.until)
  }
}

const whereOf = (conditions: readonly string[]) =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`

interface SpeakerRow {
  readonly id: number
  readonly name: string
  readonly kind: ActorRef['kind']
  readonly country: string | null
  readonly quotes: number
  readonly documents: number
}

export async function countSpeakers(rows: QueryRows, range: CountRange = {}): Promise<SpeakerCounts> {
  const conditions = ['q.is_primary = 1']
  const params: unknown[] = []
  rangeConditions('q.doc_date', range, conditions, params)
  const where = whereOf(conditions)
  const [totals] = await rows<{ total: number; unattributed: number | null }>(
    `SELECT CAST(count(*) AS integer) AS total,
       CAST(coalesce(sum(CASE WHEN q.speaker IS NULL THEN 1 ELSE 0 END), 0) AS integer) AS unattributed
     FROM quotes q ${where}`,
    params,
  )
  const speakers = await rows<SpeakerRow>(
    `SELECT a.pk AS id, a.name AS name, a.kind AS kind, a.country AS country,
       CAST(count(*) AS integer) AS quotes, CAST(count(DISTINCT q.doc) AS integer) AS documents
     FROM quotes q JOIN actors a ON a.pk = q.speaker ${where}
     GROUP BY a.pk, a.name, a.kind, a.country
     ORDER BY quotes DESC, a.pk LIMIT ?`,
    [...params, range.limit ?? DEFAULT_COUNT_LIMIT],
  )
  return {
    total: totals?.total ?? 0,
    unattributed: totals?.unattributed ?? 0,
    speakers: speakers.map(({ quotes, documents, ...actor }) => ({ actor, quotes, documents })),
  }
}

/** The group expression of each count, over events e (and, for dyads, the pair's lower and higher actor). */
const GROUP_OF: Readonly<Record<Exclude<EventCountKey, 'dyad'>, string>> = {
  type: 'e.type',
  status: 'e.status',
  month: "coalesce(substr(e.sort_start, 1, 7), 'undated')",
}

interface DyadRow {
  readonly count: number
  readonly lo: number
  readonly lo_name: string
  readonly lo_kind: ActorRef['kind']
  readonly lo_country: string | null
  readonly hi: number
  readonly hi_name: string
  readonly hi_kind: ActorRef['kind']
  readonly hi_country: string | null
}

export async function countEvents(
  rows: QueryRows,
  by: EventCountKey,
  filter: EventCountFilter = {},
): Promise<EventCounts> {
  const conditions: string[] = []
  const params: unknown[] = []
  rangeConditions('e.sort_start', filter, conditions, params)
  if (filter.type !== undefined) {
    conditions.push('e.type = ?')
    params.push(filter.type)
  }
  if (filter.status !== undefined) {
    conditions.push('e.status = ?')
    params.push(filter.status)
  }
  const where = whereOf(conditions)
  const limit = filter.limit ?? DEFAULT_COUNT_LIMIT
  const [totals] = await rows<{ total: number }>(
    `SELECT CAST(count(*) AS integer) AS total FROM events e ${where}`,
    params,
  )
  const total = totals?.total ?? 0
  if (by !== 'dyad') {
    const group = GROUP_OF[by]
    const grouped = `SELECT ${group} AS key, CAST(count(*) AS integer) AS count FROM events e ${where} GROUP BY ${group}`
    // the other counts largest first; months the newest `limit` of them, read in time order ("undated" last)
    const sql =
      by === 'month'
        ? `SELECT key, count FROM (${grouped} ORDER BY key DESC LIMIT ?) m ORDER BY key`
        : `${grouped} ORDER BY count DESC, key LIMIT ?`
    const found = await rows<{ key: string; count: number }>(sql, [...params, limit])
    return { by, total, rows: found }
  }
  const found = await rows<DyadRow>(
    `SELECT CAST(count(DISTINCT p.event) AS integer) AS count,
       lo.pk AS lo, lo.name AS lo_name, lo.kind AS lo_kind, lo.country AS lo_country,
       hi.pk AS hi, hi.name AS hi_name, hi.kind AS hi_kind, hi.country AS hi_country
     FROM (SELECT DISTINCT e.pk AS event,
             CASE WHEN a.actor < r.actor THEN a.actor ELSE r.actor END AS lo,
             CASE WHEN a.actor < r.actor THEN r.actor ELSE a.actor END AS hi
           FROM events e
           JOIN event_parties a ON a.event = e.pk AND a.role = 'actor'
           JOIN event_parties r ON r.event = e.pk AND r.role = 'recipient' AND r.actor <> a.actor
           ${where}) p
     JOIN actors lo ON lo.pk = p.lo JOIN actors hi ON hi.pk = p.hi
     GROUP BY lo.pk, lo.name, lo.kind, lo.country, hi.pk, hi.name, hi.kind, hi.country
     ORDER BY count DESC, lo.pk, hi.pk LIMIT ?`,
    [...params, limit],
  )
  return {
    by,
    total,
    rows: found.map((r) => {
      const lo: ActorRef = { id: r.lo, name: r.lo_name, kind: r.lo_kind, country: r.lo_country }
      const hi: ActorRef = { id: r.hi, name: r.hi_name, kind: r.hi_kind, country: r.hi_country }
      return { key: `${lo.name} – ${hi.name}`, count: r.count, actors: [lo, hi] as const }
    }),
  }
}
