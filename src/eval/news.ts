import type { ParleyRecord, RecordEvent } from '../record/record.js'
import {
  actorsById,
  describeEvent,
  describeSpec,
  EvalSetError,
  type EventSpec,
  eventFits,
  isBackground,
  parseEventSpec,
  partiesFit,
  typeAndStatusFit,
} from './event-spec.js'
import { isObject } from './jsonl.js'
import { getOrInsert, ratio } from './metrics.js'
import { dateAgrees, normaliseText } from './seed.js'
import { typeset } from './typeset.js'

/** An event an analyst wants from the article, found through a few words of its sentence. */
export interface NewsEvent extends EventSpec {
  /** Words of the sentence that reports the event (compared with typography folded). */
  readonly evidence: string
  /** "YYYY", "YYYY-MM", "YYYY-MM-DD" or null. */
  readonly date: string | null
  /** An acceptable event the analyst does not require: it counts for precision, not for recall. */
  readonly optional: boolean
}

/** An event that must not be produced, in the sentence holding `evidence` (anywhere when null). */
export interface NewsForbidden extends EventSpec {
  readonly evidence: string | null
}

export interface NewsArticle {
  readonly id: string
  readonly date: string
  readonly era: string
  readonly title: string | null
  /** The text as scored (typeset when the annotation asks for it). */
  readonly text: string
  readonly events: readonly NewsEvent[]
  readonly forbid: readonly NewsForbidden[]
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** Reads one annotated article (parsed YAML); throws EvalSetError naming the file and the entry. */
export function parseNewsArticle(value: unknown, file: string): NewsArticle {
  if (!isObject(value)) throw new EvalSetError(`${file}: not an object`)
  const { id, date, text } = value
  if (typeof id !== 'string' || typeof text !== 'string' || typeof date !== 'string' || !DATE.test(date))
    throw new EvalSetError(`${file}: needs an id, a date (YYYY-MM-DD) and a text`)
  const plain = normaliseText(text)
  const evidence = (v: unknown, where: string): string => {
    if (typeof v !== 'string' || v.trim() === '') throw new EvalSetError(`${where}: needs evidence`)
    if (!plain.includes(normaliseText(v)))
      throw new EvalSetError(`${where}: evidence "${v}" is not in the text`)
    return v
  }
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  const events = list(value.events).map((e, k): NewsEvent => {
    const where = `${file}: event ${k + 1}`
    const spec = parseEventSpec(e, where, 'asserted')
    const raw = e as Record<string, unknown>
    const eventDate = raw.date === undefined || raw.date === null ? null : String(raw.date)
    if (eventDate !== null && !DATE.test(eventDate))
      throw new EvalSetError(`${where}: bad date "${eventDate}"`)
    return {
      ...spec,
      evidence: evidence(raw.evidence, where),
      date: eventDate,
      optional: raw.optional === true,
    }
  })
  const forbid = list(value.forbid).map((e, k): NewsForbidden => {
    const where = `${file}: forbid ${k + 1}`
    const raw = e as Record<string, unknown>
    return {
      ...parseEventSpec(e, where, 'asserted'),
      evidence: raw.evidence === undefined ? null : evidence(raw.evidence, where),
    }
  })
  return {
    id,
    date,
    era: typeof value.era === 'string' ? value.era : 'unknown',
    title: typeof value.title === 'string' ? value.title : null,
    text: value.typeset === true ? typeset(text) : text,
    events,
    forbid,
  }
}

export interface NewsFinding {
  readonly article: string
  readonly spec: string
  readonly evidence: string | null
  readonly predicted: readonly string[]
}

export interface NewsRow {
  readonly key: string
  readonly required: number
  readonly typeStatusFound: number
  readonly predicted: number
  readonly correct: number
}

export interface NewsScore {
  readonly articles: number
  readonly missingRecords: number
  /** Required (not optional) annotated events. */
  readonly required: number
  readonly typeStatusFound: number
  readonly typeStatusRecall: number
  /** Required events naming a party, and those found with type, status and every named party right. */
  readonly withParties: number
  readonly partiesFound: number
  readonly partiesRecall: number
  readonly withDate: number
  readonly dateFound: number
  /** Asserted predicted events, and those standing for an annotated asserted event in their sentence. */
  readonly predicted: number
  readonly correct: number
  readonly precision: number
  readonly forbidden: number
  readonly produced: number
  readonly byStatus: readonly NewsRow[]
  readonly byEra: readonly NewsRow[]
  readonly misses: readonly NewsFinding[]
  readonly wrong: readonly NewsFinding[]
  readonly violations: readonly NewsFinding[]
}

function sentenceHolds(event: RecordEvent, text: string, evidence: string): boolean {
  return normaliseText(text.slice(event.sentence.start, event.sentence.end)).includes(normaliseText(evidence))
}

const EMPTY: readonly never[] = []

/**
 * Scores records against the annotated articles. An annotated event is found when a predicted event of its
 * type and status comes from the sentence of its evidence; precision is over asserted predicted events.
 * The records must carry their text (extract with the text included).
 */
export function scoreNews(
  articles: readonly NewsArticle[],
  records: ReadonlyMap<string, ParleyRecord>,
): NewsScore {
  const statuses = new Map<
    string,
    { required: number; typeStatusFound: number; predicted: number; correct: number }
  >()
  const eras = new Map<
    string,
    { required: number; typeStatusFound: number; predicted: number; correct: number }
  >()
  const row = (map: typeof statuses, key: string) =>
    getOrInsert(map, key, () => ({ required: 0, typeStatusFound: 0, predicted: 0, correct: 0 }))
  const misses: NewsFinding[] = []
  const wrong: NewsFinding[] = []
  const violations: NewsFinding[] = []
  let missingRecords = 0
  let required = 0
  let typeStatusFound = 0
  let withParties = 0
  let partiesFound = 0
  let withDate = 0
  let dateFound = 0
  let predicted = 0
  let correct = 0
  let forbidden = 0
  let produced = 0
  for (const article of articles) {
    const record = records.get(article.id)
    if (!record) missingRecords++
    const text = record?.document.text ?? article.text
    const events = (record?.events ?? EMPTY).filter((e) => !isBackground(e))
    const actors = actorsById(record)
    const era = row(eras, article.era)
    const inSentence = (e: NewsEvent | NewsForbidden) =>
      events.filter((ev) => e.evidence === null || sentenceHolds(ev, text, e.evidence))
    for (const e of article.events) {
      if (e.optional) continue
      required++
      era.required++
      const status = row(statuses, e.statuses === 'any' ? 'any' : (e.statuses[0] ?? 'asserted'))
      status.required++
      const candidates = inSentence(e).filter((ev) => typeAndStatusFit(e, ev))
      if (candidates.length > 0) {
        typeStatusFound++
        era.typeStatusFound++
        status.typeStatusFound++
      } else {
        misses.push({
          article: article.id,
          spec: describeSpec(e),
          evidence: e.evidence,
          predicted: inSentence(e).map((ev) => describeEvent(ev, actors)),
        })
      }
      if (e.actor !== null || e.recipient !== null) {
        withParties++
        if (candidates.some((ev) => partiesFit(e, ev, actors))) partiesFound++
      }
      if (e.date !== null) {
        withDate++
        if (candidates.some((ev) => dateAgrees(e.date, ev.date))) dateFound++
      }
    }
    for (const ev of events) {
      if (ev.status !== 'asserted') continue
      const ok = article.events.some((e) => typeAndStatusFit(e, ev) && sentenceHolds(ev, text, e.evidence))
      predicted++
      era.predicted++
      row(statuses, 'asserted').predicted++
      if (ok) {
        correct++
        era.correct++
        row(statuses, 'asserted').correct++
      } else {
        wrong.push({
          article: article.id,
          spec: describeEvent(ev, actors),
          evidence: text.slice(ev.sentence.start, ev.sentence.end).slice(0, 140),
          predicted: [],
        })
      }
    }
    for (const f of article.forbid) {
      forbidden++
      const hits = inSentence(f).filter((ev) => eventFits(f, ev, actors))
      if (hits.length === 0) continue
      produced++
      violations.push({
        article: article.id,
        spec: describeSpec(f),
        evidence: f.evidence,
        predicted: hits.map((ev) => describeEvent(ev, actors)),
      })
    }
  }
  const rows = (map: typeof statuses) => [...map].map(([key, r]) => ({ key, ...r }))
  return {
    articles: articles.length,
    missingRecords,
    required,
    typeStatusFound,
    typeStatusRecall: ratio(typeStatusFound, required),
    withParties,
    partiesFound,
    partiesRecall: ratio(partiesFound, withParties),
    withDate,
    dateFound,
    predicted,
    correct,
    precision: ratio(correct, predicted),
    forbidden,
    produced,
    byStatus: rows(statuses).sort((a, b) => a.key.localeCompare(b.key)),
    byEra: rows(eras).sort((a, b) => a.key.localeCompare(b.key)),
    misses,
    wrong,
    violations,
  }
}
