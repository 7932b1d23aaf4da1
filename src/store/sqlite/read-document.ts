import type { ActorKind, EventStatus, PloverType, QuoteKind } from '../../doc/layers.js'
import type {
  ParleyRecord,
  RecordActor,
  RecordEvent,
  RecordPlace,
  RecordQuote,
  RecordSpan,
  RecordTextSpan,
} from '../../record/record.js'
import type { DocumentSummary, StoredDocument } from '../store.js'
import type { Statements } from './statements.js'

export interface DocumentRow {
  readonly pk: number
  readonly id: string
  readonly hash: string
  readonly title: string | null
  readonly date: string | null
  readonly url: string | null
  readonly source: string | null
  readonly language: string | null
  readonly text: string
  readonly ingested_at: string
}

export const DOCUMENT_SUMMARY_COLUMNS =
  'd.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.language AS doc_language'

export interface DocumentSummaryRow {
  readonly doc_id: string
  readonly doc_title: string | null
  readonly doc_date: string | null
  readonly doc_url: string | null
  readonly doc_source: string | null
  readonly doc_language: string | null
}

export function documentSummary(row: DocumentSummaryRow): DocumentSummary {
  return {
    id: row.doc_id,
    title: row.doc_title,
    date: row.doc_date,
    url: row.doc_url,
    source: row.doc_source,
    language: row.doc_language,
  }
}

export function textSpan(
  start: number | null,
  end: number | null,
  text: string | null,
): RecordTextSpan | null {
  return start === null || end === null ? null : { start, end, text: text ?? '' }
}

export interface DocumentActorRow {
  readonly local_id: string
  readonly actor: number
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
  readonly sector: string | null
  readonly role: string | null
  readonly anonymous: number
  readonly mentions: string
}

export interface DocumentPlaceRow {
  readonly local_id: string
  readonly name: string
  readonly country: string | null
  readonly lat: number | null
  readonly lon: number | null
  readonly mentions: string
}

/** The columns of a row of the quotes table (read whole here, joined with its document in find-quotes). */
export interface QuoteColumns {
  readonly local_id: string
  readonly kind: QuoteKind
  readonly text: string
  readonly spans: string
  readonly cue_start: number | null
  readonly cue_end: number | null
  readonly cue_text: string | null
  readonly speaker_start: number | null
  readonly speaker_end: number | null
  readonly speaker_text: string | null
}

export interface DocumentQuoteRow extends QuoteColumns {
  readonly speaker_local_id: string | null
}

export interface DocumentEventRow {
  readonly event: number
  readonly local_id: string
  readonly type: PloverType
  readonly status: EventStatus
  readonly mode: string | null
  readonly cameo: string | null
  readonly actors: string
  readonly recipients: string
  readonly date_start: string | null
  readonly date_end: string | null
  readonly date_text: string | null
  readonly location: string | null
  readonly sentence_start: number
  readonly sentence_end: number
  readonly trigger_start: number
  readonly trigger_end: number
  readonly trigger_text: string
  readonly quote: string | null
}

/** Rebuilds a document's record exactly as it was put, with the global ids its actors and events got. */
export function readDocument(s: Statements, id: string): StoredDocument | null {
  const doc = s.get('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined
  if (!doc) return null
  const actorRows = s
    .get('SELECT * FROM document_actors WHERE doc = ? ORDER BY rowid')
    .all(doc.pk) as DocumentActorRow[]
  const placeRows = s
    .get('SELECT * FROM document_places WHERE doc = ? ORDER BY rowid')
    .all(doc.pk) as DocumentPlaceRow[]
  const quoteRows = s.get('SELECT * FROM quotes WHERE doc = ? ORDER BY pk').all(doc.pk) as DocumentQuoteRow[]
  const eventRows = s
    .get(
      'SELECT m.*, e.type AS type FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? ORDER BY m.pk',
    )
    .all(doc.pk) as DocumentEventRow[]

  return assembleDocument(doc, { actorRows, placeRows, quoteRows, eventRows })
}

/** The rows of one document's tables, in their stored order, as both backends read them. */
export interface DocumentRows {
  readonly actorRows: readonly DocumentActorRow[]
  readonly placeRows: readonly DocumentPlaceRow[]
  readonly quoteRows: readonly DocumentQuoteRow[]
  readonly eventRows: readonly DocumentEventRow[]
}

/** The stored document built from its rows (JSON columns as text, flags as 0/1). */
export function assembleDocument(doc: DocumentRow, rows: DocumentRows): StoredDocument {
  const { actorRows, placeRows, quoteRows, eventRows } = rows
  const actors: RecordActor[] = actorRows.map((a) => ({
    id: a.local_id,
    name: a.name,
    kind: a.kind,
    country: a.country,
    sector: a.sector,
    role: a.role,
    anonymous: a.anonymous === 1,
    mentions: JSON.parse(a.mentions) as RecordTextSpan[],
  }))
  const places: RecordPlace[] = placeRows.map((p) => ({
    id: p.local_id,
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    mentions: JSON.parse(p.mentions) as RecordTextSpan[],
  }))
  const quotes: RecordQuote[] = quoteRows.map((q) => ({
    id: q.local_id,
    kind: q.kind,
    text: q.text,
    spans: JSON.parse(q.spans) as RecordSpan[],
    cue: textSpan(q.cue_start, q.cue_end, q.cue_text),
    speaker: { actor: q.speaker_local_id, mention: textSpan(q.speaker_start, q.speaker_end, q.speaker_text) },
  }))
  const events: RecordEvent[] = eventRows.map((e) => ({
    id: e.local_id,
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    status: e.status,
    actor: JSON.parse(e.actors) as string[],
    recipient: JSON.parse(e.recipients) as string[],
    date:
      e.date_start === null || e.date_end === null
        ? null
        : { start: e.date_start, end: e.date_end, text: e.date_text },
    location: e.location === null ? null : (JSON.parse(e.location) as RecordEvent['location']),
    trigger: { start: e.trigger_start, end: e.trigger_end, text: e.trigger_text },
    sentence: { start: e.sentence_start, end: e.sentence_end },
    quote: e.quote,
  }))
  const record: ParleyRecord = {
    document: {
      id: doc.id,
      title: doc.title,
      date: doc.date,
      url: doc.url,
      source: doc.source,
      language: doc.language,
      text: doc.text,
    },
    actors,
    places,
    quotes,
    events,
  }
  return {
    record,
    contentHash: doc.hash,
    ingestedAt: doc.ingested_at,
    actorIds: Object.fromEntries(actorRows.map((a) => [a.local_id, a.actor])),
    eventIds: Object.fromEntries(eventRows.map((e) => [e.local_id, e.event])),
  }
}
