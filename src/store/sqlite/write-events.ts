import type { RecordEvent } from '../../record/record.js'
import { clusterReports, mergeTargets, rejoinPlan, summariseEvent } from '../dedup.js'
import {
  candidateQueries,
  insertEvent,
  insertReport,
  type NewReport,
  newReports,
  REPORTS_OF_EVENT_SQL,
  type ReportContext,
  type ReportRow,
  reportFromRow,
  type StoredReport,
  updateEventSummary,
} from '../event-reports.js'
import type { Statements } from './statements.js'

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
  const candidates = candidateQueries(facts).flatMap((q) => s.get(q.sql).all(...q.params) as ReportRow[])
  const { target, others } = mergeTargets(facts, candidates.map(reportFromRow))
  let eventPk: number
  if (target === undefined) {
    const insert = insertEvent(e, facts)
    eventPk = Number(s.get(insert.sql).run(...insert.params).lastInsertRowid)
  } else {
    eventPk = target
    for (const other of others) {
      s.get('UPDATE event_mentions SET event = ? WHERE event = ?').run(eventPk, other)
      s.get('DELETE FROM events WHERE pk = ?').run(other)
    }
  }
  const report = insertReport(ctx, e, facts, eventPk)
  s.get(report.sql).run(...report.params)
  return eventPk
}

/** Events that share a type, status family and parties after an actor merge join where their reports match. */
export function rejoinEvents(s: Statements, events: readonly number[]): void {
  const done = new Set<number>()
  for (const pk of events) {
    const key = s.get('SELECT type, family, party_key FROM events WHERE pk = ?').get(pk) as
      | { type: string; family: string; party_key: string }
      | undefined
    if (!key || done.has(pk) || key.party_key === '') continue
    const alike = s
      .get('SELECT pk FROM events WHERE type = ? AND family = ? AND party_key = ? ORDER BY pk')
      .pluck()
      .all(key.type, key.family, key.party_key) as number[]
    for (const e of alike) done.add(e)
    if (alike.length < 2) continue
    const plan = rejoinPlan(alike.flatMap((e) => reportsOf(s, e)))
    for (const move of plan.moves)
      s.get('UPDATE event_mentions SET event = ? WHERE pk = ?').run(move.event, move.report)
    for (const e of plan.emptied) s.get('DELETE FROM events WHERE pk = ?').run(e)
    for (const e of plan.kept) summarise(s, e)
  }
}

function reportsOf(s: Statements, eventPk: number): StoredReport[] {
  return (s.get(REPORTS_OF_EVENT_SQL).all(eventPk) as ReportRow[]).map(reportFromRow)
}

/** Rewrites an event's attributes and parties from its reports (dedup.ts `summariseEvent`); drops it when it has none. */
function summarise(s: Statements, eventPk: number, reports = reportsOf(s, eventPk)): void {
  if (reports.length === 0) {
    s.get('DELETE FROM events WHERE pk = ?').run(eventPk)
    return
  }
  const summary = summariseEvent(reports)
  const primary = summary.primary
  const update = updateEventSummary(summary, eventPk)
  s.get(update.sql).run(...update.params)
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
