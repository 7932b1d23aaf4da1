/**
 * Cross-article de-duplication of reports (GDELT's events/mentions split, Quotebank's one quotation with all the
 * articles that carry it), as pure functions both backends (SQLite, PostgreSQL) call.
 *
 * Events. Two event reports (mentions) are reports of one event when all of these hold:
 *
 * 1. the same PLOVER type;
 * 2. the same status family: asserted, negated, or unrealised (hypothetical and future), so a stated absence
 *    of contact never merges with a contact that happened;
 * 3. the same parties (except for rule 5's same sentence), compared as sets of global actor ids: actors with
 *    actors and recipients with recipients, except for symmetric types (CONSULT, COOPERATE), where "A met B" and
 *    "B met A" are one meeting and the union of both sides is compared;
 * 4. places: equal when both have one;
 * 5. and one of: the same sentence (its normalised text, of at least `SENTENCE_MIN_WORDS` words, and the trigger
 *    at the same word of it), whatever the dates and parties — one sentence carried by several articles
 *    (syndication) is one report, and its anonymous parties ("one senior diplomat"), which never merge as actors,
 *    are one party there; or, with the same parties (rule 3), both dated and the ranges overlapping or within
 *    ±3 days of each other; or, with the same parties, within one document,
 *    both undated, or one undated and the other the document's anchor for the key: its first dated report (by
 *    position) with that type, status family and parties. A report with no resolved party at all counts as
 *    undated. So "They met. They met on Friday. They met again in March." is two meetings, the first report
 *    joining Friday's.
 *
 * An event is a connected component of that relation over the stored reports, so the events stored do not depend
 * on the order articles were ingested in, nor on whether an article replaced an older version: a new report joins
 * (and so merges) every event it matches a report of; removing a document re-clusters the events it touched. The
 * event's attributes come from its reports by order-free rules (`summariseEvent`).
 *
 * Quotations. A quotation carried by several articles (the same normalised text, of at least
 * `QUOTE_MIN_WORDS` words; a shorter one in the same paragraph) is one quotation with every report;
 * its primary report (`primaryQuoteReport`) gives the document, offsets and speaker shown.
 */
import { createHash } from 'node:crypto'
import type { EventStatus, PloverType } from '../doc/layers.js'
import { SYMMETRIC_TYPES } from '../doc/plover-facts.js'
import { nameKey } from './keys.js'

/** Types whose two sides play the same part (from the one table of PLOVER type facts). */
export { SYMMETRIC_TYPES }

export const DATE_WINDOW_DAYS = 3

export const STATUS_FAMILIES = ['asserted', 'negated', 'unrealised'] as const
export type StatusFamily = (typeof STATUS_FAMILIES)[number]

const FAMILY_OF = {
  asserted: 'asserted',
  negated: 'negated',
  hypothetical: 'unrealised',
  future: 'unrealised',
} as const satisfies Record<EventStatus, StatusFamily>

export function statusFamily(status: EventStatus): StatusFamily {
  return FAMILY_OF[status]
}

const sortedUnique = (ids: readonly number[]) => [...new Set(ids)].sort((a, b) => a - b)

/** The parties of an event as one comparable string; empty when no party is resolved. */
export function partyKey(type: PloverType, actor: readonly number[], recipient: readonly number[]): string {
  if (actor.length === 0 && recipient.length === 0) return ''
  if (SYMMETRIC_TYPES.has(type)) return `~${sortedUnique([...actor, ...recipient]).join(',')}`
  return `${sortedUnique(actor).join(',')}>${sortedUnique(recipient).join(',')}`
}

/** What two reports of one event share exactly: type, status family and parties (rules 1–3). */
export function matchKey(type: PloverType, family: StatusFamily, parties: string): string {
  return `${type}|${family}|${parties}`
}

/** The type and status family of a match key (rules 1–2), without its parties. */
export function kindOfKey(key: string): string {
  return key.slice(0, key.indexOf('|', key.indexOf('|') + 1))
}

/** Whether a match key names any party (a report without one counts as undated). */
export function matchKeyHasParties(key: string): boolean {
  return !key.endsWith('|')
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32)

/** Sentences shorter than this (in words: "Talks were held.") are too common to be the same report by text alone. */
export const SENTENCE_MIN_WORDS = 8

/**
 * A sentence and the trigger in it, compared across articles: the sentence's text with typography, case, accents
 * and punctuation folded (`nameKey`), and the word of it the trigger starts at. Null for a sentence shorter than
 * `SENTENCE_MIN_WORDS`.
 */
export function sentenceKey(text: string, sentence: TextRange, trigger: TextRange): string | null {
  const folded = nameKey(text.slice(sentence.start, sentence.end))
  if (folded === '' || folded.split(' ').length < SENTENCE_MIN_WORDS) return null
  const before = nameKey(text.slice(sentence.start, Math.max(sentence.start, trigger.start)))
  const word = before === '' ? 0 : before.split(' ').length
  return `${digest(folded)}:${word}`
}

export interface TextRange {
  readonly start: number
  readonly end: number
}

/** Adds days to a YYYY-MM-DD date (UTC calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

export interface DateSpan {
  readonly start: string
  readonly end: string
}

/** Both dated, and overlapping or within the window of each other. */
export function datesMatch(a: DateSpan, b: DateSpan, windowDays = DATE_WINDOW_DAYS): boolean {
  return a.start <= addDays(b.end, windowDays) && b.start <= addDays(a.end, windowDays)
}

/** The place rule: equal when both are known. */
export function placesMatch(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b
}

/** One stored event report, as the rules see it. `doc` is the document's id (any value equal within it). */
export interface EventReportFacts {
  readonly doc: number | string
  readonly matchKey: string
  readonly sentenceKey: string | null
  readonly date: DateSpan | null
  readonly place: number | null
  /** The first dated report of its match key in its document (`anchorReports`). */
  readonly anchor: boolean
}

/** The rules for two reports. */
export function reportsMatch(a: EventReportFacts, b: EventReportFacts): boolean {
  if (kindOfKey(a.matchKey) !== kindOfKey(b.matchKey) || !placesMatch(a.place, b.place)) return false
  if (a.sentenceKey !== null && a.sentenceKey === b.sentenceKey) return true
  if (a.matchKey !== b.matchKey) return false
  const parties = matchKeyHasParties(a.matchKey)
  const aDated = parties && a.date !== null
  const bDated = parties && b.date !== null
  if (aDated && bDated) return datesMatch(a.date as DateSpan, b.date as DateSpan)
  if (a.doc !== b.doc) return false
  if (!aDated && !bDated) return true
  return aDated ? a.anchor : b.anchor
}

/**
 * Which of one document's reports are anchors: for each match key, the dated report (parties resolved) that comes
 * first in the text. Takes the reports in any order; returns their indexes.
 */
export function anchorReports(
  reports: readonly { readonly matchKey: string; readonly dated: boolean; readonly position: number }[],
): Set<number> {
  const first = new Map<string, number>()
  reports.forEach((r, i) => {
    if (!r.dated || !matchKeyHasParties(r.matchKey)) return
    const best = first.get(r.matchKey)
    if (best === undefined || r.position < (reports[best] as { position: number }).position)
      first.set(r.matchKey, i)
  })
  return new Set(first.values())
}

/** The date bounds a dated report's partners lie in: its candidates are found by them (an index range). */
export function dateWindow(date: DateSpan): DateSpan {
  return { start: addDays(date.start, -DATE_WINDOW_DAYS), end: addDays(date.end, DATE_WINDOW_DAYS) }
}

/**
 * The connected components of `reportsMatch` over some reports, each in the reports' given order, the
 * components ordered by their first report. A union-find over all pairs of the same type and status family.
 */
export function clusterReports<T extends EventReportFacts>(reports: readonly T[]): T[][] {
  const parent = reports.map((_, i) => i)
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r]!
    for (let j = i; parent[j] !== r; ) [j, parent[j]] = [parent[j]!, r]
    return r
  }
  const byKey = new Map<string, number[]>()
  reports.forEach((r, i) => {
    const group = byKey.get(kindOfKey(r.matchKey))
    if (group) group.push(i)
    else byKey.set(kindOfKey(r.matchKey), [i])
  })
  for (const group of byKey.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!
        const j = group[y]!
        if (root(i) !== root(j) && reportsMatch(reports[i]!, reports[j]!)) parent[root(j)] = root(i)
      }
    }
  }
  const components = new Map<number, T[]>()
  reports.forEach((r, i) => {
    const key = root(i)
    const list = components.get(key)
    if (list) list.push(r)
    else components.set(key, [r])
  })
  return [...components.values()]
}

/** An event report with what an event's attributes are chosen from. */
export interface EventReport extends EventReportFacts {
  /** The report's own row id, and the record-local id of the event in its document. */
  readonly pk: number
  readonly documentId: string
  readonly localId: string
  readonly documentDate: string | null
  readonly status: EventStatus
  readonly mode: string | null
  readonly cameo: string | null
  readonly dateText: string | null
}

export interface EventSummary {
  /** The report whose status, mode, cameo and parties the event takes. */
  readonly primary: EventReport
  readonly date: (DateSpan & { readonly text: string | null }) | null
  readonly place: number | null
  /** The event's own date, else the earliest publication date among its reports. */
  readonly sort: DateSpan | null
  readonly count: number
}

const nullsLast = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1

/** The order reports are preferred in: earliest published first, then by document id and local id. */
export function compareReports(a: EventReport, b: EventReport): number {
  return (
    nullsLast(a.documentDate, b.documentDate) ||
    nullsLast(a.documentId, b.documentId) ||
    nullsLast(a.localId, b.localId)
  )
}

const spanDays = (d: DateSpan) => Date.parse(d.end) - Date.parse(d.start)

/**
 * The attributes of an event from its reports, whatever order they came in: the primary report (earliest
 * published); the most specific date (the narrowest range, then the earliest); the place most reports give (ties:
 * the lowest place id); the count of reports.
 */
export function summariseEvent(reports: readonly EventReport[]): EventSummary {
  const sorted = [...reports].sort(compareReports)
  const primary = sorted[0]
  if (primary === undefined) throw new RangeError('an event has at least one report')
  let date: EventSummary['date'] = null
  for (const r of sorted) {
    if (r.date === null) continue
    if (
      date === null ||
      spanDays(r.date) < spanDays(date) ||
      (spanDays(r.date) === spanDays(date) && r.date.start < date.start)
    ) {
      date = { start: r.date.start, end: r.date.end, text: r.dateText }
    }
  }
  const places = new Map<number, number>()
  for (const r of reports) if (r.place !== null) places.set(r.place, (places.get(r.place) ?? 0) + 1)
  let place: number | null = null
  for (const [pk, n] of places) {
    const best = place === null ? 0 : (places.get(place) ?? 0)
    if (n > best || (n === best && place !== null && pk < place)) place = pk
  }
  const published = sorted.find((r) => r.documentDate !== null)?.documentDate ?? null
  const sort = date ?? (published === null ? null : { start: published, end: published })
  return { primary, date, place, sort, count: reports.length }
}

/** Quotations shorter than this (in words: "No", "a grave mistake") merge across articles only in the same paragraph. */
export const QUOTE_MIN_WORDS = 6

/**
 * The key a quotation is merged by across articles: its folded text (`nameKey`: case, accents, punctuation and
 * typography folded), when it has at least `QUOTE_MIN_WORDS` words; a shorter one together with its paragraph's
 * folded text, so "No" merges only where the whole paragraph around it is carried too. Null for no word.
 */
export function quoteKey(
  documentText: string,
  quoteText: string,
  spans: readonly TextRange[],
): string | null {
  const folded = nameKey(quoteText)
  if (folded === '') return null
  if (folded.split(' ').length >= QUOTE_MIN_WORDS) return digest(folded)
  const first = spans[0]
  const last = spans.at(-1)
  if (first === undefined || last === undefined) return null
  const start = documentText.lastIndexOf('\n', first.start - 1) + 1
  const newline = documentText.indexOf('\n', last.end)
  const paragraph = nameKey(documentText.slice(start, newline < 0 ? documentText.length : newline))
  return `${digest(folded)}@${digest(paragraph)}`
}

/** One stored report of a quotation, as the choice of its primary report sees it. */
export interface QuoteReportFacts {
  readonly pk: number
  readonly documentId: string
  readonly localId: string
  readonly documentDate: string | null
  readonly speaker: number | null
}

/** The report a merged quotation is shown by: attributed before unattributed, then earliest published. */
export function primaryQuoteReport<T extends QuoteReportFacts>(reports: readonly T[]): T | undefined {
  let best: T | undefined
  for (const r of reports) {
    if (best === undefined) {
      best = r
      continue
    }
    const order =
      Number(r.speaker === null) - Number(best.speaker === null) ||
      nullsLast(r.documentDate, best.documentDate) ||
      nullsLast(r.documentId, best.documentId) ||
      nullsLast(r.localId, best.localId)
    if (order < 0) best = r
  }
  return best
}

/**
 * The events a new report joins: every stored event one of whose reports it matches, merged into the oldest
 * (`target`); the `others` are folded into it. No target: the report starts an event of its own.
 */
export function mergeTargets(
  report: EventReportFacts,
  candidates: readonly (EventReportFacts & { readonly event: number })[],
): { readonly target: number | undefined; readonly others: readonly number[] } {
  const matched = new Set<number>()
  for (const c of candidates) if (reportsMatch(report, c)) matched.add(c.event)
  const [target, ...others] = [...matched].sort((a, b) => a - b)
  return { target, others }
}

/** How the reports of events that now share a match key join up: reports to move, events left empty. */
export interface RejoinPlan {
  readonly moves: readonly { readonly report: number; readonly event: number }[]
  readonly emptied: readonly number[]
  readonly kept: readonly number[]
}

/**
 * After a change of parties (an actor merge), the events whose reports now match (rule: `reportsMatch`) become
 * one: each connected component of the reports keeps the oldest of its events, the others give their reports up.
 */
export function rejoinPlan(
  reports: readonly (EventReportFacts & { readonly pk: number; readonly event: number })[],
): RejoinPlan {
  const moves: { report: number; event: number }[] = []
  const kept = new Set<number>()
  for (const component of clusterReports(reports)) {
    const target = Math.min(...component.map((r) => r.event))
    kept.add(target)
    for (const r of component) if (r.event !== target) moves.push({ report: r.pk, event: target })
  }
  const emptied = [...new Set(reports.map((r) => r.event))].filter((e) => !kept.has(e))
  return { moves, emptied, kept: [...kept] }
}
