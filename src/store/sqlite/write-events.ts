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
import type { Statements } from './statements.js'

const json = (value: unknown) => JSON.stringify(value)

/** Stores a document's event reports, each merged with the events it matches (rule: dedup.ts). */
export function writeEventMentions(s: Statements, ctx: ReportContext, events: readonly RecordEvent[]): void {
  const reports = newReports(ctx, events)
  const touched = new Set<number>()
  for (const [i, e] of events.entries()) touched.add(writeEventMention(s, ctx, e, reports[i] as NewReport))
  // once per event, after all of the document's reports: an event merged away has none left and is skipped
  for (const pk of touched) summarise(s, pk)
}

/**
 * Stores one event report and merges it with every stored event it matches a report of (rule: dedup.ts); the
 * event it ends in is returned, to be re-summarised from all its reports.
 */
function writeEventMention(s: Statements, ctx: ReportContext, e: RecordEvent, facts: NewReport): number {
  const { family, parties, place } = facts
  const key = facts.matchKey
  const matched = new Set<number>()
  for (const c of candidates(s, facts)) if (reportsMatch(facts, c)) matched.add(c.event)
  const [target, ...others] = [...matched].sort((a, b) => a - b)
  let eventPk: number
  if (target === undefined) {
    eventPk = Number(
      s
        .get(
          `INSERT INTO events (type, family, status, mode, cameo, party_key, place, mention_count)
           VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
        )
        .run(e.type, family, e.status, e.mode, e.cameo, parties, place).lastInsertRowid,
    )
  } else {
    eventPk = target
    for (const other of others) {
      s.get('UPDATE event_mentions SET event = ? WHERE event = ?').run(eventPk, other)
      s.get('DELETE FROM events WHERE pk = ?').run(other)
    }
  }
  s.get(
    `INSERT INTO event_mentions (event, doc, local_id, status, mode, cameo, actors, recipients, date_start, date_end,
       date_text, location, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end, trigger_text, quote,
       match_key, sentence_key, place, anchor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    key,
    facts.sentenceKey,
    place,
    facts.anchor ? 1 : 0,
  )
  return eventPk
}

/** The stored reports a new one might match: the same sentence, or the same match key and document or date window. */
function candidates(
  s: Statements,
  facts: { readonly doc: number; readonly matchKey: string } & Pick<EventReport, 'sentenceKey' | 'date'>,
): StoredReport[] {
  const from = `FROM event_mentions m JOIN documents d ON d.pk = m.doc`
  const rows = s
    .get(`SELECT ${REPORT_COLUMNS} ${from} WHERE m.doc = ? AND m.match_key = ?`)
    .all(facts.doc, facts.matchKey) as ReportRow[]
  if (facts.sentenceKey !== null) {
    rows.push(
      ...(s
        .get(`SELECT ${REPORT_COLUMNS} ${from} WHERE m.sentence_key = ?`)
        .all(facts.sentenceKey) as ReportRow[]),
    )
  }
  if (facts.date !== null && matchKeyHasParties(facts.matchKey)) {
    const window = dateWindow(facts.date)
    rows.push(
      ...(s
        .get(
          `SELECT ${REPORT_COLUMNS} ${from}
           WHERE m.match_key = ? AND m.date_start IS NOT NULL AND m.date_start <= ? AND m.date_end >= ?`,
        )
        .all(facts.matchKey, window.end, window.start) as ReportRow[]),
    )
  }
  return rows.map(reportFromRow)
}

function reportsOf(s: Statements, eventPk: number): StoredReport[] {
  const rows = s
    .get(
      `SELECT ${REPORT_COLUMNS} FROM event_mentions m JOIN documents d ON d.pk = m.doc WHERE m.event = ? ORDER BY m.pk`,
    )
    .all(eventPk) as ReportRow[]
  return rows.map(reportFromRow)
}

/** Rewrites an event's attributes and parties from its reports (dedup.ts `summariseEvent`); drops it when it has none. */
function summarise(s: Statements, eventPk: number, reports = reportsOf(s, eventPk)): void {
  if (reports.length === 0) {
    s.get('DELETE FROM events WHERE pk = ?').run(eventPk)
    return
  }
  const summary = summariseEvent(reports)
  const primary = summary.primary
  s.get(
    `UPDATE events SET status = ?, mode = ?, cameo = ?, date_start = ?, date_end = ?, date_text = ?, place = ?,
       sort_start = ?, sort_end = ?, mention_count = ?
     WHERE pk = ?`,
  ).run(
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
  const sides = s
    .get(`SELECT m.actors, m.recipients, m.doc FROM event_mentions m WHERE m.pk = ?`)
    .get(primary.pk) as { actors: string; recipients: string; doc: number }
  const actorOf = s.get('SELECT actor FROM document_actors WHERE doc = ? AND local_id = ?').pluck()
  const globalIds = (local: string) =>
    (JSON.parse(local) as string[]).flatMap((id) => {
      const pk = actorOf.get(sides.doc, id) as number | undefined
      return pk === undefined ? [] : [pk]
    })
  s.get('DELETE FROM event_parties WHERE event = ?').run(eventPk)
  const party = s.get('INSERT OR IGNORE INTO event_parties (event, role, actor) VALUES (?, ?, ?)')
  for (const pk of globalIds(sides.actors)) party.run(eventPk, 'actor', pk)
  for (const pk of globalIds(sides.recipients)) party.run(eventPk, 'recipient', pk)
}

/**
 * After a document's reports are gone: each event it touched is re-clustered from the reports left (an event can
 * fall apart when the removed report was what joined its parts) and re-summarised, or dropped when none is left.
 */
export function reclusterEvents(s: Statements, events: readonly number[]): void {
  for (const eventPk of events) {
    const reports = reportsOf(s, eventPk)
    if (reports.length === 0) {
      s.get('DELETE FROM events WHERE pk = ?').run(eventPk)
      continue
    }
    const [kept, ...split] = clusterReports(reports)
    for (const part of split) {
      const first = part[0] as StoredReport
      const type = s.get('SELECT type, family, party_key FROM events WHERE pk = ?').get(eventPk) as {
        type: string
        family: string
        party_key: string
      }
      const pk = Number(
        s
          .get(
            `INSERT INTO events (type, family, status, mode, cameo, party_key, mention_count)
             VALUES (?, ?, ?, ?, ?, ?, 0)`,
          )
          .run(type.type, type.family, first.status, first.mode, first.cameo, type.party_key).lastInsertRowid,
      )
      const move = s.get('UPDATE event_mentions SET event = ? WHERE pk = ?')
      for (const r of part) move.run(pk, r.pk)
      summarise(s, pk, part)
    }
    summarise(s, eventPk, kept)
  }
}
