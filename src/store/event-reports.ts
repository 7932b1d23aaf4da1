import type { RecordEvent } from '../record/record.js'
import {
  anchorReports,
  dateWindow,
  type EventReport,
  type EventReportFacts,
  type EventSummary,
  matchKey,
  matchKeyHasParties,
  partyKey,
  type StatusFamily,
  sentenceKey,
  statusFamily,
} from './dedup.js'

/**
 * Event reports as both backends store and read them: the columns the de-duplication rules read (dedup.ts), and
 * the facts of a document's reports before they are stored.
 */

/** The columns of an event_mentions row (with its document's id and date) the de-duplication rules read. */
export const REPORT_COLUMNS = `m.pk, m.event, m.doc, m.match_key, m.sentence_key, m.date_start, m.date_end, m.date_text,
  m.place, m.anchor, m.local_id, m.status, m.mode, m.cameo, d.id AS doc_id, d.date AS doc_date`

export interface ReportRow {
  readonly pk: number
  readonly event: number
  readonly doc: number
  readonly match_key: string | null
  readonly sentence_key: string | null
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_text: string | null
  readonly place: number | null
  readonly anchor: number
  readonly local_id: string
  readonly status: EventReport['status']
  readonly mode: string | null
  readonly cameo: string | null
  readonly doc_id: string
  readonly doc_date: string | null
}

export interface StoredReport extends EventReport {
  readonly event: number
}

export function reportFromRow(row: ReportRow): StoredReport {
  return {
    pk: row.pk,
    event: row.event,
    doc: row.doc,
    matchKey: row.match_key ?? '',
    sentenceKey: row.sentence_key,
    date:
      row.date_start === null || row.date_end === null ? null : { start: row.date_start, end: row.date_end },
    place: row.place,
    anchor: row.anchor === 1,
    documentId: row.doc_id,
    localId: row.local_id,
    documentDate: row.doc_date,
    status: row.status,
    mode: row.mode,
    cameo: row.cameo,
    dateText: row.date_text,
  }
}

function mapIds(ids: readonly string[], actorPks: ReadonlyMap<string, number>): number[] {
  return ids.flatMap((id) => {
    const pk = actorPks.get(id)
    return pk === undefined ? [] : [pk]
  })
}

export interface ReportContext {
  readonly docPk: number
  readonly text: string
  readonly actorPks: ReadonlyMap<string, number>
  /** The global place of each event, in the record's order. */
  readonly places: readonly (number | null)[]
}

/** What the rules read of a report about to be stored (the anchor is decided over its whole document). */
export interface NewReport extends EventReportFacts {
  readonly doc: number
  readonly family: StatusFamily
  readonly parties: string
}

/** The facts of one document's event reports, anchors decided over the whole document. */
export function newReports(ctx: ReportContext, events: readonly RecordEvent[]): NewReport[] {
  const drafts = events.map((e, i) => {
    const actor = mapIds(e.actor, ctx.actorPks)
    const recipient = mapIds(e.recipient, ctx.actorPks)
    const family = statusFamily(e.status)
    const parties = partyKey(e.type, actor, recipient)
    return {
      family,
      parties,
      doc: ctx.docPk,
      matchKey: matchKey(e.type, family, parties),
      sentenceKey: sentenceKey(ctx.text, e.sentence, e.trigger),
      date: e.date ? { start: e.date.start, end: e.date.end } : null,
      place: ctx.places[i] ?? null,
      position: e.trigger.start,
    }
  })
  const anchors = anchorReports(drafts.map((d) => ({ ...d, dated: d.date !== null })))
  return drafts.map(({ position: _position, ...d }, i) => ({ ...d, anchor: anchors.has(i) }))
}

/** A parameterised statement both backends run as it is (`?` placeholders). */
export interface Statement {
  readonly sql: string
  readonly params: readonly (string | number | null)[]
}

const json = (value: unknown) => JSON.stringify(value)
const FROM_REPORTS = 'FROM event_mentions m JOIN documents d ON d.pk = m.doc'

/** The reports of one event, oldest first. */
export const REPORTS_OF_EVENT_SQL = `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.event = ? ORDER BY m.pk`

/**
 * The queries for the stored reports a new one might match: the same sentence, or the same match key and
 * document or date window (the rule that decides among them is `reportsMatch` in dedup.ts).
 */
export function candidateQueries(
  facts: { readonly doc: number; readonly matchKey: string } & Pick<EventReport, 'sentenceKey' | 'date'>,
): Statement[] {
  const queries: Statement[] = [
    {
      sql: `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.doc = ? AND m.match_key = ?`,
      params: [facts.doc, facts.matchKey],
    },
  ]
  if (facts.sentenceKey !== null) {
    queries.push({
      sql: `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.sentence_key = ?`,
      params: [facts.sentenceKey],
    })
  }
  if (facts.date !== null && matchKeyHasParties(facts.matchKey)) {
    const window = dateWindow(facts.date)
    queries.push({
      sql: `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS}
         WHERE m.match_key = ? AND m.date_start IS NOT NULL AND m.date_start <= ? AND m.date_end >= ?`,
      params: [facts.matchKey, window.end, window.start],
    })
  }
  return queries
}

/** A new event for a report that matched none (a backend may append `RETURNING pk`). */
export function insertEvent(e: RecordEvent, facts: NewReport): Statement {
  return {
    sql: `INSERT INTO events (type, family, status, mode, cameo, party_key, place, mention_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
    params: [e.type, facts.family, e.status, e.mode, e.cameo, facts.parties, facts.place],
  }
}

/** One report row, of the event it was merged into. */
export function insertReport(
  ctx: ReportContext,
  e: RecordEvent,
  facts: NewReport,
  eventPk: number,
): Statement {
  return {
    sql: `INSERT INTO event_mentions (event, doc, local_id, status, mode, cameo, actors, recipients, date_start, date_end,
       date_text, location, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, quote,
       match_key, sentence_key, place, anchor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    params: [
      eventPk,
      ctx.docPk,
      e.id,
      e.status,
      e.mode,
      e.cameo,
      json(e.actor),
      json(e.recipient),
      e.date?.start ?? null,
      e.date?.end ?? null,
      e.date?.text ?? null,
      e.location ? json(e.location) : null,
      e.sentence.start,
      e.sentence.end,
      ctx.text.slice(e.sentence.start, e.sentence.end),
      e.trigger.start,
      e.trigger.end,
      e.trigger.text,
      e.quote,
      facts.matchKey,
      facts.sentenceKey,
      facts.place,
      facts.anchor ? 1 : 0,
    ],
  }
}

/** An event's attributes as its reports summarise them (`summariseEvent` in dedup.ts). */
export function updateEventSummary(summary: EventSummary, eventPk: number): Statement {
  const primary = summary.primary
  return {
    sql: `UPDATE events SET status = ?, mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, place = ?,
       sort_start = ?, sort_end = ?, mention_count = ?
     WHERE pk = ?`,
    params: [
      primary.status,
      primary.mode,
      primary.cameo,
      summary.date?.start ?? null,
      summary.date?.end ?? null,
      summary.date?.text ?? null,
      summary.place,
      summary.sort?.start ?? null,
      summary.sort?.end ?? null,
      summary.count,
      eventPk,
    ],
  }
}
