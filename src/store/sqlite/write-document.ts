import type { ParleyRecord, RecordActor, RecordEvent, RecordLocation } from '../../record/record.js'
import { addDays, DATE_WINDOW_DAYS, partyKey, placesMatch, statusFamily } from '../dedup.js'
import { actorKey, nameKey, placeKey, surnameKey } from '../keys.js'
import type { PutOptions, PutOutcome } from '../store.js'
import { indexDocumentQuotes, type QuoteIndex, unindexDocumentQuotes } from './quote-index.js'
import type { Statements } from './statements.js'

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
  const local: LocalEvent[] = []
  for (const event of record.events)
    writeEventMention(s, docPk, doc.date, doc.text ?? '', event, actorPks, local)
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
  const key = actorKey(a, kbId, documentId)
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
  const name = nameKey(a.name)
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
  const insert = s.get(
    `INSERT INTO quotes (doc, doc_date, local_id, kind, text, spans, cue_start, cue_end, cue_text,
       speaker, speaker_local_id, speaker_start, speaker_end, speaker_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const q of record.quotes) {
    const speaker = q.speaker.actor
    const mention = q.speaker.mention
    insert.run(
      docPk,
      record.document.date,
      q.id,
      q.kind,
      q.text,
      json(q.spans.map(({ start, end }) => ({ start, end }))),
      q.cue?.start ?? null,
      q.cue?.end ?? null,
      q.cue?.text ?? null,
      speaker === null ? null : (actorPks.get(speaker) ?? null),
      speaker,
      mention?.start ?? null,
      mention?.end ?? null,
      mention?.text ?? null,
    )
  }
}

interface Candidate {
  readonly pk: number
  readonly place: number | null
}

/** An event this document already mentions: the same-document rule is checked here, without a query. */
interface LocalEvent {
  readonly pk: number
  readonly key: string
  place: number | null
  dated: boolean
}

function mapIds(ids: readonly string[], actorPks: Map<string, number>): number[] {
  return ids.flatMap((id) => {
    const pk = actorPks.get(id)
    return pk === undefined ? [] : [pk]
  })
}

/** Finds the stored event this mention reports (rule: dedup.ts), or null. */
function findMatch(
  s: Statements,
  e: RecordEvent,
  key: { readonly family: string; readonly parties: string; readonly local: string },
  placePk: number | null,
  local: readonly LocalEvent[],
): Candidate | null {
  if (e.date && key.parties !== '') {
    const dated = s
      .get(
        `SELECT pk, place FROM events
         WHERE type = ? AND family = ? AND party_key = ? AND date_start IS NOT NULL AND date_start <= ? AND date_end >= ?
         ORDER BY pk`,
      )
      .all(
        e.type,
        key.family,
        key.parties,
        addDays(e.date.end, DATE_WINDOW_DAYS),
        addDays(e.date.start, -DATE_WINDOW_DAYS),
      ) as Candidate[]
    const hit = dated.find((c) => placesMatch(c.place, placePk))
    if (hit) return hit
  }
  // A dated mention joins an undated event of its document; an undated one joins any event of its document.
  let best: LocalEvent | null = null
  for (const l of local) {
    if (l.key !== key.local || !placesMatch(l.place, placePk)) continue
    if (e.date && key.parties !== '' && l.dated) continue
    if (best === null || l.pk < best.pk) best = l
  }
  return best
}

function writeEventMention(
  s: Statements,
  docPk: number,
  docDate: string | null,
  text: string,
  e: RecordEvent,
  actorPks: Map<string, number>,
  local: LocalEvent[],
): void {
  const actor = mapIds(e.actor, actorPks)
  const recipient = mapIds(e.recipient, actorPks)
  const family = statusFamily(e.status)
  const parties = partyKey(e.type, actor, recipient)
  const key = { family, parties, local: `${e.type}|${family}|${parties}` }
  const placePk = e.location ? upsertPlace(s, e.location) : null
  const match = findMatch(s, e, key, placePk, local)
  let eventPk: number
  if (match) {
    eventPk = match.pk
    s.get(
      `UPDATE events SET mention_count = mention_count + 1, place = coalesce(place, ?),
         date_start = coalesce(date_start, ?), date_end = coalesce(date_end, ?), date_text = coalesce(date_text, ?)
       WHERE pk = ?`,
    ).run(placePk, e.date?.start ?? null, e.date?.end ?? null, e.date?.text ?? null, eventPk)
  } else {
    eventPk = Number(
      s
        .get(
          `INSERT INTO events (type, family, status, mode, cameo, party_key, date_start, date_end, date_text, place,
             sort_start, sort_end, mention_count)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
        )
        .run(
          e.type,
          family,
          e.status,
          e.mode,
          e.cameo,
          parties,
          e.date?.start ?? null,
          e.date?.end ?? null,
          e.date?.text ?? null,
          placePk,
          e.date?.start ?? docDate,
          e.date?.end ?? docDate,
        ).lastInsertRowid,
    )
    const party = s.get('INSERT OR IGNORE INTO event_parties (event, role, actor) VALUES (?, ?, ?)')
    for (const pk of actor) party.run(eventPk, 'actor', pk)
    for (const pk of recipient) party.run(eventPk, 'recipient', pk)
  }
  const known = local.find((l) => l.pk === eventPk)
  if (known) {
    known.place ??= placePk
    known.dated ||= e.date !== null
  } else {
    // Not mentioned before in this document: a new event, or a dated one found by the date window.
    local.push({
      pk: eventPk,
      key: key.local,
      place: match?.place ?? placePk,
      dated: match !== null || e.date !== null,
    })
  }
  s.get(
    `INSERT INTO event_mentions (event, doc, local_id, status, mode, cameo, actors, recipients, date_start, date_end,
       date_text, location, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, quote)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventPk,
    docPk,
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
    text.slice(e.sentence.start, e.sentence.end),
    e.trigger.start,
    e.trigger.end,
    e.trigger.text,
    e.quote,
  )
  if (match) refreshSortDate(s, eventPk)
}

/** sort_start/sort_end: the event's own date, else the earliest publication date among its mentions. */
function refreshSortDate(s: Statements, eventPk: number): void {
  s.get(
    `UPDATE events SET
       sort_start = coalesce(date_start, (SELECT min(d.date) FROM event_mentions m JOIN documents d ON d.pk = m.doc WHERE m.event = events.pk)),
       sort_end = coalesce(date_end, (SELECT min(d.date) FROM event_mentions m JOIN documents d ON d.pk = m.doc WHERE m.event = events.pk))
     WHERE pk = ?`,
  ).run(eventPk)
}

/**
 * Removes a document and everything it contributed: its mentions leave their events (an event left without
 * mentions goes, the others are recounted and re-dated from what remains), then unreferenced actors and places go.
 */
export function removeDocument(s: Statements, quoteIndex: QuoteIndex, docPk: number): void {
  const events = (
    s.get('SELECT DISTINCT event FROM event_mentions WHERE doc = ?').all(docPk) as { event: number }[]
  ).map((r) => r.event)
  const actors = s.get('SELECT actor FROM document_actors WHERE doc = ?').pluck().all(docPk) as number[]
  const places = s.get('SELECT place FROM document_places WHERE doc = ?').pluck().all(docPk) as number[]
  const eventPlaces = s
    .get(
      'SELECT DISTINCT e.place FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? AND e.place IS NOT NULL',
    )
    .pluck()
    .all(docPk) as number[]
  unindexDocumentQuotes(s, quoteIndex, docPk)
  s.get('DELETE FROM documents WHERE pk = ?').run(docPk)
  for (const pk of events) {
    const left = s.get('SELECT count(*) FROM event_mentions WHERE event = ?').pluck().get(pk) as number
    if (left === 0) {
      s.get('DELETE FROM events WHERE pk = ?').run(pk)
      continue
    }
    const first = s
      .get(
        `SELECT date_start, date_end, date_text FROM event_mentions WHERE event = ? AND date_start IS NOT NULL
         ORDER BY pk LIMIT 1`,
      )
      .get(pk) as { date_start: string; date_end: string; date_text: string | null } | undefined
    s.get(
      'UPDATE events SET mention_count = ?, date_start = ?, date_end = ?, date_text = ? WHERE pk = ?',
    ).run(left, first?.date_start ?? null, first?.date_end ?? null, first?.date_text ?? null, pk)
    refreshSortDate(s, pk)
  }
  for (const pk of new Set(actors)) {
    s.get(
      `DELETE FROM actors WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_actors WHERE actor = ?)
         AND NOT EXISTS (SELECT 1 FROM event_parties WHERE actor = ?) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker = ?)`,
    ).run(pk, pk, pk, pk)
  }
  for (const pk of new Set([...places, ...eventPlaces])) {
    s.get(
      `DELETE FROM places WHERE pk = ? AND NOT EXISTS (SELECT 1 FROM document_places WHERE place = ?)
         AND NOT EXISTS (SELECT 1 FROM events WHERE place = ?)`,
    ).run(pk, pk, pk)
  }
}
