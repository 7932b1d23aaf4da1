import type { ParleyRecord, RecordActor, RecordLocation } from '../../record/record.js'
import { primaryQuoteReport } from '../dedup.js'
import { IDENTITY_SQL, type IdentityRow, learnsFrom, namedPeople, personNameKey } from '../identity.js'
import { actorKey, nameKey, placeKey, surnameKey } from '../keys.js'
import { insertQuote } from '../quote-reports.js'
import type { PutOptions, PutOutcome } from '../store.js'
import { absorbLoneSurnames, findPerson, ruledKey } from './identity.js'
import { indexDocumentQuotes, type QuoteIndex, unindexDocumentQuotes } from './quote-index.js'
import type { Statements } from './statements.js'
import { reclusterEvents, writeEventMentions } from './write-events.js'

const json = (value: unknown) => JSON.stringify(value)
const bool = (value: boolean) => (value ? 1 : 0)

interface DocRow {
  readonly pk: number
  readonly hash: string
}

/**
 * Stores one record in the caller's transaction: removes an older version of the document first, then
 * writes the document, its actors, places, quotes and event mentions (merged into events by dedup.ts).
 */
export function writeDocument(
  s: Statements,
  quoteIndex: QuoteIndex,
  record: ParleyRecord,
  options: PutOptions,
): PutOutcome {
  const doc = record.document
  const existing = s.get('SELECT pk, hash FROM documents WHERE id = ?').get(doc.id) as DocRow | undefined
  if (existing && existing.hash === options.contentHash && !options.replace) return 'unchanged'
  // The same content under another id (the same file reached by another path) is one document, kept once.
  const twin = s
    .get('SELECT pk FROM documents WHERE hash = ? AND text = ? AND id <> ? LIMIT 1')
    .pluck()
    .get(options.contentHash, doc.text ?? '', doc.id) as number | undefined
  if (twin !== undefined && !options.replace) {
    if (existing) removeDocument(s, quoteIndex, existing.pk)
    return existing ? 'replaced' : 'unchanged'
  }
  if (twin !== undefined) removeDocument(s, quoteIndex, twin)
  if (existing) removeDocument(s, quoteIndex, existing.pk)

  const docPk = Number(
    s
      .get(
        `INSERT INTO documents (id, hash, title, date, url, source, language, text, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.id,
        options.contentHash,
        doc.title,
        doc.date,
        doc.url,
        doc.source,
        doc.language,
        doc.text ?? '',
        new Date().toISOString(),
      ).lastInsertRowid,
  )
  const actorPks = writeActors(s, docPk, record, options.actorKbIds ?? {})
  writePlaces(s, docPk, record)
  writeQuotes(s, docPk, record, actorPks)
  indexDocumentQuotes(s, quoteIndex, docPk)
  const places = record.events.map((e) => (e.location ? upsertPlace(s, e.location) : null))
  writeEventMentions(s, { docPk, text: doc.text ?? '', actorPks, places }, record.events)
  absorbLoneSurnames(s, namedPeople(record, actorPks))
  return existing || twin !== undefined ? 'replaced' : 'inserted'
}

function writeActors(
  s: Statements,
  docPk: number,
  record: ParleyRecord,
  kbIds: Readonly<Record<string, string | null>>,
): Map<string, number> {
  const link = s.get(
    `INSERT INTO document_actors (doc, local_id, actor, name, kind, country, role, sector, anonymous, mention_count, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const pks = new Map<string, number>()
  for (const a of record.actors) {
    const pk = upsertActor(s, a, kbIds[a.id] ?? null, record.document.id)
    pks.set(a.id, pk)
    const mentions = json(a.mentions.map(({ start, end, text }) => ({ start, end, text })))
    link.run(
      docPk,
      a.id,
      pk,
      a.name,
      a.kind,
      a.country,
      a.role,
      a.sector,
      bool(a.anonymous),
      a.mentions.length,
      mentions,
    )
  }
  return pks
}

interface ActorRow {
  readonly pk: number
  readonly sector: string | null
  readonly role: string | null
}

/** The global actor for a record's actor: found by key (its sector and role filled in when unknown), else new. */
function upsertActor(s: Statements, a: RecordActor, kbId: string | null, documentId: string): number {
  const natural = actorKey(a, kbId, documentId)
  const ruled = a.anonymous ? undefined : ruledKey(s, a, natural)
  const key = ruled ?? natural
  const found = s.get('SELECT pk, sector, role FROM actors WHERE key = ?').get(key) as ActorRow | undefined
  if (found) {
    // Rows are rewritten only when they learn something: fewer dirty pages per transaction.
    if ((found.sector === null && a.sector !== null) || (found.role === null && a.role !== null)) {
      s.get('UPDATE actors SET sector = coalesce(sector, ?), role = coalesce(role, ?) WHERE pk = ?').run(
        a.sector,
        a.role,
        found.pk,
      )
    }
    return found.pk
  }
  const person = ruled === undefined ? findPerson(s, a, kbId) : undefined
  if (person !== undefined) {
    const row = s.get(IDENTITY_SQL.actor).get(person) as IdentityRow
    if (learnsFrom(row, a, kbId)) s.get(IDENTITY_SQL.inherit).run(a.country, a.sector, a.role, kbId, person)
    return person
  }
  const name = a.kind === 'person' ? personNameKey(a.name) : nameKey(a.name)
  return Number(
    s
      .get(
        `INSERT INTO actors (key, name, name_key, surname_key, kind, country, sector, role, kb_id, anonymous)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(key, a.name, name, surnameKey(name), a.kind, a.country, a.sector, a.role, kbId, bool(a.anonymous))
      .lastInsertRowid,
  )
}

function upsertPlace(s: Statements, place: RecordLocation): number {
  const key = placeKey(place)
  const found = s.get('SELECT pk, lat FROM places WHERE key = ?').get(key) as
    | { pk: number; lat: number | null }
    | undefined
  if (found) {
    if (found.lat === null && place.lat !== null) {
      s.get('UPDATE places SET lat = ?, lon = ? WHERE pk = ?').run(place.lat, place.lon, found.pk)
    }
    return found.pk
  }
  return Number(
    s
      .get('INSERT INTO places (key, name, name_key, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?)')
      .run(key, place.name, nameKey(place.name), place.country, place.lat, place.lon).lastInsertRowid,
  )
}

function writePlaces(s: Statements, docPk: number, record: ParleyRecord): void {
  const link = s.get(
    'INSERT INTO document_places (doc, local_id, place, name, country, lat, lon, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
  for (const p of record.places) {
    const mentions = json(p.mentions.map(({ start, end, text }) => ({ start, end, text })))
    link.run(docPk, p.id, upsertPlace(s, p), p.name, p.country, p.lat, p.lon, mentions)
  }
}

function writeQuotes(
  s: Statements,
  docPk: number,
  record: ParleyRecord,
  actorPks: Map<string, number>,
): void {
  const keys = new Set<string>()
  for (const q of record.quotes) {
    const insert = insertQuote(docPk, record, q, actorPks)
    if (insert.key !== null) keys.add(insert.key)
    s.get(insert.sql).run(...insert.params)
  }
  choosePrimaryQuotes(s, keys)
}

interface QuoteReportRow {
  readonly pk: number
  readonly documentId: string
  readonly localId: string
  readonly documentDate: string | null
  readonly speaker: number | null
  readonly is_primary: number
}

/** Marks, for each merged quotation, the one report it is shown by (dedup.ts `primaryQuoteReport`). */
export function choosePrimaryQuotes(s: Statements, keys: Iterable<string>): void {
  const reports = s.get(
    `SELECT q.pk, d.id AS documentId, q.local_id AS localId, q.doc_date AS documentDate, q.speaker, q.is_primary
     FROM quotes q JOIN documents d ON d.pk = q.doc WHERE q.report_key = ?`,
  )
  const mark = s.get('UPDATE quotes SET is_primary = ? WHERE pk = ?')
  for (const key of keys) {
    const rows = reports.all(key) as QuoteReportRow[]
    const primary = primaryQuoteReport(rows)
    for (const r of rows) {
      const wanted = r === primary ? 1 : 0
      if (r.is_primary !== wanted) mark.run(wanted, r.pk)
    }
  }
}

/**
 * Removes a document and everything it contributed: its mentions leave their events (an event left without
 * mentions goes, the others are recounted and re-dated from what remains), then unreferenced actors and places go.
 */
export function removeDocument(s: Statements, quoteIndex: QuoteIndex, docPk: number): void {
  const events = s
    .get('SELECT DISTINCT event FROM event_mentions WHERE doc = ?')
    .pluck()
    .all(docPk) as number[]
  const actors = s.get('SELECT actor FROM document_actors WHERE doc = ?').pluck().all(docPk) as number[]
  const places = s.get('SELECT place FROM document_places WHERE doc = ?').pluck().all(docPk) as number[]
  const eventPlaces = s
    .get(
      `SELECT DISTINCT e.place FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? AND e.place IS NOT NULL
       UNION SELECT DISTINCT place FROM event_mentions WHERE doc = ? AND place IS NOT NULL`,
    )
    .pluck()
    .all(docPk, docPk) as number[]
  const quoteKeys = s
    .get('SELECT DISTINCT report_key FROM quotes WHERE doc = ? AND report_key IS NOT NULL')
    .pluck()
    .all(docPk) as string[]
  unindexDocumentQuotes(s, quoteIndex, docPk)
  s.get('DELETE FROM documents WHERE pk = ?').run(docPk)
  reclusterEvents(s, events)
  choosePrimaryQuotes(s, quoteKeys)
  for (const pk of new Set(actors)) {
    s.get(
      `DELETE FROM actors WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_actors WHERE actor = ?)
         AND NOT EXISTS (SELECT 1 FROM event_parties WHERE actor = ?) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker = ?)`,
    ).run(pk, pk, pk, pk)
  }
  for (const pk of new Set([...places, ...eventPlaces])) {
    s.get(
      `DELETE FROM places WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_places WHERE place = ?)
         AND NOT EXISTS (SELECT 1 FROM events WHERE place = ?) AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE place = ?)`,
    ).run(pk, pk, pk, pk)
  }
}
