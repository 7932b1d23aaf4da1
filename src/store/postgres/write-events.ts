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
import type { Sql } from './sql.js'

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
  const candidates: ReportRow[] = []
  for (const q of candidateQueries(facts)) candidates.push(...(await sql.all<ReportRow>(q.sql, ...q.params)))
  const { target, others } = mergeTargets(facts, candidates.map(reportFromRow))
  let eventPk: number
  if (target === undefined) {
    const insert = insertEvent(e, facts)
    eventPk = ((await sql.one<Pk>(`${insert.sql} RETURNING pk`, ...insert.params)) as Pk).pk
  } else {
    eventPk = target
    for (const other of others) {
      await sql.run('UPDATE event_mentions SET event = ? WHERE event = ?', eventPk, other)
      await sql.run('DELETE FROM events WHERE pk = ?', other)
    }
  }
  const report = insertReport(ctx, e, facts, eventPk)
  await sql.run(report.sql, ...report.params)
  return eventPk
}

/** Events that share a type, status family and parties after an actor merge join where their reports match. */
export async function rejoinEvents(sql: Sql, events: readonly number[]): Promise<void> {
  const done = new Set<number>()
  for (const pk of events) {
    const key = await sql.one<{ type: string; family: string; party_key: string }>(
      'SELECT type, family, party_key FROM events WHERE pk = ?',
      pk,
    )
    if (!key || done.has(pk) || key.party_key === '') continue
    const alike = (
      await sql.all<Pk>(
        'SELECT pk FROM events WHERE type = ? AND family = ? AND party_key = ? ORDER BY pk',
        key.type,
        key.family,
        key.party_key,
      )
    ).map((r) => r.pk)
    for (const e of alike) done.add(e)
    if (alike.length < 2) continue
    const reports: StoredReport[] = []
    for (const e of alike) reports.push(...(await reportsOf(sql, e)))
    const plan = rejoinPlan(reports)
    for (const move of plan.moves)
      await sql.run('UPDATE event_mentions SET event = ? WHERE pk = ?', move.event, move.report)
    for (const e of plan.emptied) await sql.run('DELETE FROM events WHERE pk = ?', e)
    for (const e of plan.kept) await summarise(sql, e)
  }
}

async function reportsOf(sql: Sql, eventPk: number): Promise<StoredReport[]> {
  return (await sql.all<ReportRow>(REPORTS_OF_EVENT_SQL, eventPk)).map(reportFromRow)
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
  const update = updateEventSummary(summary, eventPk)
  await sql.run(update.sql, ...update.params)
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
