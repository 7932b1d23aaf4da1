import type { RecordEvent } from '../record/record.js'
import {
  anchorReports,
  type EventReport,
  type EventReportFacts,
  matchKey,
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
