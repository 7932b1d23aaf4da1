import type { RecordEvent } from '../../record/record.js'
import {
  clusterReports,
  dateWindow,
  type EventReport,
  matchKeyHasParties,
  reportsMatch,
  summariseEvent,
} from '../dedup.js'
import {
  type NewReport,
  newReports,
  REPORT_COLUMNS,
  type ReportContext,
  type ReportRow,
  reportFromRow,
  type StoredReport,
} from '../event-reports.js'
import type { Sql } from './sql.js'

const json = (value: unknown) => JSON.stringify(value)

interface Pk {
  readonly pk: number
}

/** Stores a document's event reports, each merged with the events it matches (rule: dedup.ts; as in SQLite). */
export async function writeEventMentions(
  sql: Sql,
  ctx: ReportContext,
  events: readonly RecordEvent[],
): Promise<void> {
  const reports = newReports(ctx, events)
  const touched = new Set<number>()
  for (const [i, e] of events.entries())
    touched.add(await writeEventMention(sql, ctx, e, reports[i] as NewReport))
  for (const pk of touched) await summarise(sql, pk)
}

/** Stores one event report, merging every stored event it matches a report of into one; returns that event. */
async function writeEventMention(
  sql: Sql,
  ctx: ReportContext,
  e: RecordEvent,
  facts: NewReport,
): Promise<number> {
  const matched = new Set<number>()
  for (const c of await candidates(sql, facts)) if (reportsMatch(facts, c)) matched.add(c.event)
  const [target, ...others] = [...matched].sort((a, b) => a - b)
  let eventPk: number
  if (target === undefined) {
    const row = await sql.one<Pk>(
      `INSERT INTO events (type, family, status, mode, cameo, party_key, place, mention_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0) RETURNING pk`,
      e.type,
      facts.family,
      e.status,
      e.mode,
      e.cameo,
      facts.parties,
      facts.place,
    )
    eventPk = (row as Pk).pk
  } else {
    eventPk = target
    for (const other of others) {
      await sql.run('UPDATE event_mentions SET event = ? WHERE event = ?', eventPk, other)
      await sql.run('DELETE FROM events WHERE pk = ?', other)
    }
  }
  await sql.run(
    `INSERT INTO event_mentions (event, doc, local_id, status, mode, cameo, actors, recipients, date_start, date_end,
       date_text, location, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, quote,
       match_key, sentence_key, place, anchor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
  )
  return eventPk
}

const FROM_REPORTS = 'FROM event_mentions m JOIN documents d ON d.pk = m.doc'

/** The stored reports a new one might match: the same sentence, or the same match key and document or date window. */
async function candidates(
  sql: Sql,
  facts: { readonly doc: number; readonly matchKey: string } & Pick<EventReport, 'sentenceKey' | 'date'>,
): Promise<StoredReport[]> {
  const rows = await sql.all<ReportRow>(
    `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.doc = ? AND m.match_key = ?`,
    facts.doc,
    facts.matchKey,
  )
  if (facts.sentenceKey !== null) {
    rows.push(
      ...(await sql.all<ReportRow>(
        `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.sentence_key = ?`,
        facts.sentenceKey,
      )),
    )
  }
  if (facts.date !== null && matchKeyHasParties(facts.matchKey)) {
    const window = dateWindow(facts.date)
    rows.push(
      ...(await sql.all<ReportRow>(
        `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS}
         WHERE m.match_key = ? AND m.date_start IS NOT NULL AND m.date_start <= ? AND m.date_end >= ?`,
        facts.matchKey,
        window.end,
        window.start,
      )),
    )
  }
  return rows.map(reportFromRow)
}

async function reportsOf(sql: Sql, eventPk: number): Promise<StoredReport[]> {
  const rows = await sql.all<ReportRow>(
    `SELECT ${REPORT_COLUMNS} ${FROM_REPORTS} WHERE m.event = ? ORDER BY m.pk`,
    eventPk,
  )
  return rows.map(reportFromRow)
}

/** Rewrites an event's attributes and parties from its reports (dedup.ts `summariseEvent`); drops it when it has none. */
async function summarise(sql: Sql, eventPk: number, given?: readonly StoredReport[]): Promise<void> {
  const reports = given ?? (await reportsOf(sql, eventPk))
  if (reports.length === 0) {
    await sql.run('DELETE FROM events WHERE pk = ?', eventPk)
    return
  }
  const summary = summariseEvent(reports)
  const primary = summary.primary
  await sql.run(
    `UPDATE events SET status = ?, mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, place = ?,
       sort_start = ?, sort_end = ?, mention_count = ?
     WHERE pk = ?`,
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
  )
  // the parties as the primary report names them (its sides: "B met A" and "A met B" are one meeting)
  const sides = (await sql.one<{ actors: string; recipients: string; doc: number }>(
    'SELECT actors, recipients, doc FROM event_mentions WHERE pk = ?',
    primary.pk,
  )) as { actors: string; recipients: string; doc: number }
  await sql.run('DELETE FROM event_parties WHERE event = ?', eventPk)
  const party = `INSERT INTO event_parties (event, role, actor)
    SELECT ?, ?, actor FROM document_actors WHERE doc = ? AND local_id = ANY(?::text[]) ON CONFLICT DO NOTHING`
  const locals = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as string[]
  await sql.run(party, eventPk, 'actor', sides.doc, locals(sides.actors))
  await sql.run(party, eventPk, 'recipient', sides.doc, locals(sides.recipients))
}

/**
 * After a document's reports are gone: each event it touched is re-clustered from the reports left and
 * re-summarised, or dropped when none is left (as in SQLite).
 */
export async function reclusterEvents(sql: Sql, events: readonly number[]): Promise<void> {
  for (const eventPk of events) {
    const reports = await reportsOf(sql, eventPk)
    if (reports.length === 0) {
      await sql.run('DELETE FROM events WHERE pk = ?', eventPk)
      continue
    }
    const [kept, ...split] = clusterReports(reports)
    for (const part of split) {
      const first = part[0] as StoredReport
      const row = await sql.one<Pk>(
        `INSERT INTO events (type, family, status, mode, cameo, party_key, mention_count)
         SELECT type, family, ?, ?, ?, party_key, 0 FROM events WHERE pk = ? RETURNING pk`,
        first.status,
        first.mode,
        first.cameo,
        eventPk,
      )
      const pk = (row as Pk).pk
      await sql.run(
        'UPDATE event_mentions SET event = ? WHERE pk = ANY(?::integer[])',
        pk,
        part.map((r) => r.pk),
      )
      await summarise(sql, pk, part)
    }
    await summarise(sql, eventPk, kept)
  }
}
