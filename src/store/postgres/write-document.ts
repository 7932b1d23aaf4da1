import type { ParleyRecord, RecordActor, RecordEvent, RecordLocation } from '../../record/record.js'
import { addDays, DATE_WINDOW_DAYS, partyKey, placesMatch, statusFamily } from '../dedup.js'
import { actorKey, nameKey, placeKey, surnameKey } from '../keys.js'
import type { PutOptions, PutOutcome } from '../store.js'
import type { Sql } from './sql.js'

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
  const local: LocalEvent[] = []
  for (const event of record.events)
    await writeEventMention(sql, docPk, doc.date, doc.text ?? '', event, actorPks, local)
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
  const key = actorKey(a, kbId, documentId)
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
  const name = nameKey(a.name)
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
  for (const q of record.quotes) {
    const speaker = q.speaker.actor
    const mention = q.speaker.mention
    await sql.run(
      `INSERT INTO quotes (doc, doc_date, local_id, kind, text, spans, cue_start, cue_end, cue_text,
         speaker, speaker_local_id, speaker_start, speaker_end, speaker_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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

interface MatchKey {
  readonly family: string
  readonly parties: string
  readonly local: string
}

/** Finds the stored event this mention reports (rule: dedup.ts), or null. */
async function findMatch(
  sql: Sql,
  e: RecordEvent,
  key: MatchKey,
  placePk: number | null,
  local: readonly LocalEvent[],
): Promise<Candidate | null> {
  if (e.date && key.parties !== '') {
    const dated = await sql.all<Candidate>(
      `SELECT pk, place FROM events
       WHERE type = ? AND family = ? AND party_key = ? AND date_start IS NOT NULL AND date_start <= ? AND date_end >= ?
       ORDER BY pk`,
      e.type,
      key.family,
      key.parties,
      addDays(e.date.end, DATE_WINDOW_DAYS),
      addDays(e.date.start, -DATE_WINDOW_DAYS),
    )
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

async function writeEventMention(
  sql: Sql,
  docPk: number,
  docDate: string | null,
  text: string,
  e: RecordEvent,
  actorPks: Map<string, number>,
  local: LocalEvent[],
): Promise<void> {
  const actor = mapIds(e.actor, actorPks)
  const recipient = mapIds(e.recipient, actorPks)
  const family = statusFamily(e.status)
  const parties = partyKey(e.type, actor, recipient)
  const key = { family, parties, local: `${e.type}|${family}|${parties}` }
  const placePk = e.location ? await upsertPlace(sql, e.location) : null
  const match = await findMatch(sql, e, key, placePk, local)
  let eventPk: number
  if (match) {
    eventPk = match.pk
    await sql.run(
      `UPDATE events SET mention_count = mention_count + 1, place = coalesce(place, ?::integer),
         date_start = coalesce(date_start, ?), date_end = coalesce(date_end, ?), date_text = coalesce(date_text, ?)
       WHERE pk = ?`,
      placePk,
      e.date?.start ?? null,
      e.date?.end ?? null,
      e.date?.text ?? null,
      eventPk,
    )
  } else {
    const row = await sql.one<Pk>(
      `INSERT INTO events (type, family, status, mode, cameo, party_key, date_start, date_end, date_text, place,
         sort_start, sort_end, mention_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING pk`,
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
    )
    eventPk = (row as Pk).pk
    const party = 'INSERT INTO event_parties (event, role, actor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'
    for (const pk of actor) await sql.run(party, eventPk, 'actor', pk)
    for (const pk of recipient) await sql.run(party, eventPk, 'recipient', pk)
  }
  const known = local.find((l) => l.pk === eventPk)
  if (known) {
    known.place ??= placePk
    known.dated ||= e.date !== null
  } else {
    local.push({
      pk: eventPk,
      key: key.local,
      place: match?.place ?? placePk,
      dated: match !== null || e.date !== null,
    })
  }
  await sql.run(
    `INSERT INTO event_mentions (event, doc, local_id, status, mode, cameo, actors, recipients, date_start, date_end,
       date_text, location, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, quote)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  if (match) await refreshSortDate(sql, eventPk)
}

const EARLIEST_DOCUMENT_DATE =
  '(SELECT min(d.date) FROM event_mentions m JOIN documents d ON d.pk = m.doc WHERE m.event = events.pk)'

/** sort_start/sort_end: the event's own date, else the earliest publication date among its mentions. */
async function refreshSortDate(sql: Sql, eventPk: number): Promise<void> {
  await sql.run(
    `UPDATE events SET sort_start = coalesce(date_start, ${EARLIEST_DOCUMENT_DATE}),
       sort_end = coalesce(date_end, ${EARLIEST_DOCUMENT_DATE}) WHERE pk = ?`,
    eventPk,
  )
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
      'SELECT DISTINCT e.place FROM event_mentions m JOIN events e ON e.pk = m.event WHERE m.doc = ? AND e.place IS NOT NULL',
      docPk,
    )
  ).map((r) => r.place)
  await sql.run('DELETE FROM documents WHERE pk = ?', docPk)
  for (const pk of events) {
    const left = await sql.one<{ n: number }>(
      'SELECT count(*)::integer AS n FROM event_mentions WHERE event = ?',
      pk,
    )
    if (!left || left.n === 0) {
      await sql.run('DELETE FROM events WHERE pk = ?', pk)
      continue
    }
    const first = await sql.one<{ date_start: string; date_end: string; date_text: string | null }>(
      `SELECT date_start, date_end, date_text FROM event_mentions WHERE event = ? AND date_start IS NOT NULL
       ORDER BY pk LIMIT 1`,
      pk,
    )
    await sql.run(
      'UPDATE events SET mention_count = ?, date_start = ?, date_end = ?, date_text = ? WHERE pk = ?',
      left.n,
      first?.date_start ?? null,
      first?.date_end ?? null,
      first?.date_text ?? null,
      pk,
    )
    await refreshSortDate(sql, pk)
  }
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
         AND NOT EXISTS (SELECT 1 FROM events WHERE place = ?)`,
      pk,
      pk,
      pk,
    )
  }
}
