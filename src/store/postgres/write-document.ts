import type { ParleyRecord, RecordActor, RecordLocation } from '../../record/record.js'
import { primaryQuoteReport } from '../dedup.js'
import { IDENTITY_SQL, type IdentityRow, learnsFrom, namedPeople, personNameKey } from '../identity.js'
import { actorKey, nameKey, placeKey, surnameKey } from '../keys.js'
import { insertQuote } from '../quote-reports.js'
import type { PutOptions, PutOutcome } from '../store.js'
import { absorbLoneSurnames, findPerson, ruledKey } from './identity.js'
import type { Sql } from './sql.js'
import { reclusterEvents, writeEventMentions } from './write-events.js'

const json = (value: unknown) => JSON.stringify(value)
const bool = (value: boolean) => (value ? 1 : 0)

interface Pk {
  readonly pk: number
}

/**
 * Stores one record in the caller's transaction (the same steps as the SQLite backend): an older version of the
 * document is removed first, then the document, its actors, places, quotes and event mentions are written, the
 * mentions merged into events by the rule of dedup.ts.
 */
export async function writeDocument(
  sql: Sql,
  record: ParleyRecord,
  options: PutOptions,
): Promise<PutOutcome> {
  const doc = record.document
  const existing = await sql.one<{ pk: number; hash: string }>(
    'SELECT pk, hash FROM documents WHERE id = ?',
    doc.id,
  )
  if (existing && existing.hash === options.contentHash && !options.replace) return 'unchanged'
  // The same content under another id (the same file reached by another path) is one document, kept once.
  const twin = await sql.one<Pk>(
    'SELECT pk FROM documents WHERE hash = ? AND text = ? AND id <> ? LIMIT 1',
    options.contentHash,
    doc.text ?? '',
    doc.id,
  )
  if (twin && !options.replace) {
    if (existing) await removeDocument(sql, existing.pk)
    return existing ? 'replaced' : 'unchanged'
  }
  if (twin) await removeDocument(sql, twin.pk)
  if (existing) await removeDocument(sql, existing.pk)
  const inserted = await sql.one<Pk>(
    `INSERT INTO documents (id, hash, title, date, url, source, language, text, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk`,
    doc.id,
    options.contentHash,
    doc.title,
    doc.date,
    doc.url,
    doc.source,
    doc.language,
    doc.text ?? '',
    new Date().toISOString(),
  )
  const docPk = (inserted as Pk).pk
  const actorPks = await writeActors(sql, docPk, record, options.actorKbIds ?? {})
  await writePlaces(sql, docPk, record)
  await writeQuotes(sql, docPk, record, actorPks)
  const places: (number | null)[] = []
  for (const e of record.events) places.push(e.location ? await upsertPlace(sql, e.location) : null)
  await writeEventMentions(sql, { docPk, text: doc.text ?? '', actorPks, places }, record.events)
  await absorbLoneSurnames(sql, namedPeople(record, actorPks))
  return existing || twin ? 'replaced' : 'inserted'
}

async function writeActors(
  sql: Sql,
  docPk: number,
  record: ParleyRecord,
  kbIds: Readonly<Record<string, string | null>>,
): Promise<Map<string, number>> {
  const pks = new Map<string, number>()
  let seq = 0
  for (const a of record.actors) {
    const pk = await upsertActor(sql, a, kbIds[a.id] ?? null, record.document.id)
    pks.set(a.id, pk)
    await sql.run(
      `INSERT INTO document_actors (doc, seq, local_id, actor, name, kind, country, role, sector, anonymous,
         mention_count, mentions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      docPk,
      seq++,
      a.id,
      pk,
      a.name,
      a.kind,
      a.country,
      a.role,
      a.sector,
      bool(a.anonymous),
      a.mentions.length,
      json(a.mentions.map(({ start, end, text }) => ({ start, end, text }))),
    )
  }
  return pks
}

async function upsertActor(
  sql: Sql,
  a: RecordActor,
  kbId: string | null,
  documentId: string,
): Promise<number> {
  const natural = actorKey(a, kbId, documentId)
  const ruled = a.anonymous ? undefined : await ruledKey(sql, a, natural)
  const key = ruled ?? natural
  const found = await sql.one<{ pk: number; sector: string | null; role: string | null }>(
    'SELECT pk, sector, role FROM actors WHERE key = ?',
    key,
  )
  if (found) {
    if ((found.sector === null && a.sector !== null) || (found.role === null && a.role !== null)) {
      await sql.run(
        'UPDATE actors SET sector = coalesce(sector, ?), role = coalesce(role, ?) WHERE pk = ?',
        a.sector,
        a.role,
        found.pk,
      )
    }
    return found.pk
  }
  const person = ruled === undefined ? await findPerson(sql, a, kbId) : undefined
  if (person !== undefined) {
    const row = (await sql.one<IdentityRow>(IDENTITY_SQL.actor, person)) as IdentityRow
    if (learnsFrom(row, a, kbId))
      await sql.run(IDENTITY_SQL.inherit, a.country, a.sector, a.role, kbId, person)
    return person
  }
  const name = a.kind === 'person' ? personNameKey(a.name) : nameKey(a.name)
  const row = await sql.one<Pk>(
    `INSERT INTO actors (key, name, name_key, surname_key, kind, country, sector, role, kb_id, anonymous)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk`,
    key,
    a.name,
    name,
    surnameKey(name),
    a.kind,
    a.country,
    a.sector,
    a.role,
    kbId,
    bool(a.anonymous),
  )
  return (row as Pk).pk
}

async function upsertPlace(sql: Sql, place: RecordLocation): Promise<number> {
  const key = placeKey(place)
  const found = await sql.one<{ pk: number; lat: number | null }>(
    'SELECT pk, lat FROM places WHERE key = ?',
    key,
  )
  if (found) {
    if (found.lat === null && place.lat !== null) {
      await sql.run('UPDATE places SET lat = ?, lon = ? WHERE pk = ?', place.lat, place.lon, found.pk)
    }
    return found.pk
  }
  const row = await sql.one<Pk>(
    'INSERT INTO places (key, name, name_key, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?) RETURNING pk',
    key,
    place.name,
    nameKey(place.name),
    place.country,
    place.lat,
    place.lon,
  )
  return (row as Pk).pk
}

async function writePlaces(sql: Sql, docPk: number, record: ParleyRecord): Promise<void> {
  let seq = 0
  for (const p of record.places) {
    await sql.run(
      `INSERT INTO document_places (doc, seq, local_id, place, name, country, lat, lon, mentions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      docPk,
      seq++,
      p.id,
      await upsertPlace(sql, p),
      p.name,
      p.country,
      p.lat,
      p.lon,
      json(p.mentions.map(({ start, end, text }) => ({ start, end, text }))),
    )
  }
}

async function writeQuotes(
  sql: Sql,
  docPk: number,
  record: ParleyRecord,
  actorPks: Map<string, number>,
): Promise<void> {
  const keys = new Set<string>()
  for (const q of record.quotes) {
    const insert = insertQuote(docPk, record, q, actorPks)
    if (insert.key !== null) keys.add(insert.key)
    await sql.run(insert.sql, ...insert.params)
  }
  await choosePrimaryQuotes(sql, keys)
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
async function choosePrimaryQuotes(sql: Sql, keys: Iterable<string>): Promise<void> {
  for (const key of keys) {
    const rows = await sql.all<QuoteReportRow>(
      `SELECT q.pk, d.id AS "documentId", q.local_id AS "localId", q.doc_date AS "documentDate", q.speaker,
         q.is_primary
       FROM quotes q JOIN documents d ON d.pk = q.doc WHERE q.report_key = ?`,
      key,
    )
    const primary = primaryQuoteReport(rows)
    for (const r of rows) {
      const wanted = r === primary ? 1 : 0
      if (r.is_primary !== wanted)
        await sql.run('UPDATE quotes SET is_primary = ? WHERE pk = ?', wanted, r.pk)
    }
  }
}

/**
 * Removes a document and everything it contributed: its mentions leave their events (an event left without
 * mentions goes, the others are recounted and re-dated from what remains), then unreferenced actors and places go.
 */
export async function removeDocument(sql: Sql, docPk: number): Promise<void> {
  const events = (
    await sql.all<{ event: number }>('SELECT DISTINCT event FROM event_mentions WHERE doc = ?', docPk)
  ).map((r) => r.event)
  const actors = (
    await sql.all<{ actor: number }>('SELECT actor FROM document_actors WHERE doc = ?', docPk)
  ).map((r) => r.actor)
  const places = (
    await sql.all<{ place: number }>('SELECT place FROM document_places WHERE doc = ?', docPk)
  ).map((r) => r.place)
  const eventPlaces = (
    await sql.all<{ place: number }>(
      `SELECT DISTINCT e.place FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? AND e.place IS NOT NULL
       UNION SELECT DISTINCT place FROM event_mentions WHERE doc = ? AND place IS NOT NULL`,
      docPk,
      docPk,
    )
  ).map((r) => r.place)
  const quoteKeys = (
    await sql.all<{ report_key: string }>(
      'SELECT DISTINCT report_key FROM quotes WHERE doc = ? AND report_key IS NOT NULL',
      docPk,
    )
  ).map((r) => r.report_key)
  await sql.run('DELETE FROM documents WHERE pk = ?', docPk)
  await reclusterEvents(sql, events)
  await choosePrimaryQuotes(sql, quoteKeys)
  for (const pk of new Set(actors)) {
    await sql.run(
      `DELETE FROM actors WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_actors WHERE actor = ?)
         AND NOT EXISTS (SELECT 1 FROM event_parties WHERE actor = ?) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker = ?)`,
      pk,
      pk,
      pk,
      pk,
    )
  }
  for (const pk of new Set([...places, ...eventPlaces])) {
    await sql.run(
      `DELETE FROM places WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_places WHERE place = ?)
         AND NOT EXISTS (SELECT 1 FROM events WHERE place = ?) AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE place = ?)`,
      pk,
      pk,
      pk,
      pk,
    )
  }
}
