import type { ParleyRecord } from '../record/record.js'
import {
  actorsById,
  describeEvent,
  describeSpec,
  EvalSetError,
  type EventSpec,
  eventFits,
  isBackground,
  parseEventSpec,
  typeAndStatusFit,
} from './event-spec.js'
import { isObject, stringArray } from './jsonl.js'
import { getOrInsert } from './metrics.js'

/** One sentence (or two) of the status challenge set. */
export interface StatusItem {
  readonly id: string
  readonly date: string | null
  readonly text: string
  readonly covers: readonly string[]
  /** Each expectation is met by any one of its readings. */
  readonly expect: readonly (readonly EventSpec[])[]
  readonly forbid: readonly EventSpec[]
}

/** Reads the set (the parsed YAML list); throws EvalSetError naming the item on a malformed one. */
export function parseStatusSet(value: unknown): StatusItem[] {
  if (!Array.isArray(value)) throw new EvalSetError('the status set must be a list of items')
  const ids = new Set<string>()
  return value.map((raw, n) => {
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.text !== 'string')
      throw new EvalSetError(`item ${n + 1}: needs an id and a text`)
    const id = raw.id
    if (ids.has(id)) throw new EvalSetError(`${id}: id used twice`)
    ids.add(id)
    const list = (v: unknown) => (Array.isArray(v) ? v : [])
    const expect = list(raw.expect).map((e, k) => {
      const where = `${id}: expect ${k + 1}`
      const readings = isObject(e) && Array.isArray(e.any) ? e.any : [e]
      return readings.map((r, j) => parseEventSpec(r, `${where}.${j + 1}`, 'asserted'))
    })
    const forbid = list(raw.forbid).map((e, k) => parseEventSpec(e, `${id}: forbid ${k + 1}`, 'asserted'))
    if (expect.length === 0 && forbid.length === 0)
      throw new EvalSetError(`${id}: expects and forbids nothing`)
    return {
      id,
      date: typeof raw.date === 'string' ? raw.date : null,
      text: raw.text.trim(),
      covers: stringArray(raw.covers),
      expect,
      forbid,
    }
  })
}

export interface StatusFinding {
  readonly item: string
  readonly text: string
  readonly spec: string
  readonly predicted: readonly string[]
}

export interface StatusCoverRow {
  readonly cover: string
  readonly expected: number
  readonly found: number
  readonly forbidden: number
  readonly produced: number
}

/** The score of one form (plain or typeset) of the set. */
export interface StatusFormScore {
  readonly form: string
  readonly items: number
  readonly expected: number
  readonly found: number
  /** Expected events found with their type and status, whatever their parties. */
  readonly foundTypeStatus: number
  /** Forbidden events (specs) and how many of them were produced. */
  readonly forbidden: number
  readonly produced: number
  readonly missingRecords: number
  readonly byCover: readonly StatusCoverRow[]
  readonly misses: readonly StatusFinding[]
  readonly violations: readonly StatusFinding[]
}

const EMPTY: readonly never[] = []

/**
 * Scores one form: an expectation is found when some predicted event fits one of its readings; a forbidden
 * event is produced when some predicted event fits it (events flagged as background do not count).
 */
export function scoreStatusForm(
  form: string,
  items: readonly StatusItem[],
  records: ReadonlyMap<string, ParleyRecord>,
): StatusFormScore {
  const covers = new Map<string, { expected: number; found: number; forbidden: number; produced: number }>()
  const misses: StatusFinding[] = []
  const violations: StatusFinding[] = []
  let expected = 0
  let found = 0
  let foundTypeStatus = 0
  let forbidden = 0
  let produced = 0
  let missingRecords = 0
  for (const item of items) {
    const record = records.get(item.id)
    if (!record) missingRecords++
    const events = record?.events ?? EMPTY
    const actors = actorsById(record)
    const predicted = () => events.map((e) => describeEvent(e, actors))
    const rows = (item.covers.length > 0 ? item.covers : ['other']).map((c) =>
      getOrInsert(covers, c, () => ({ expected: 0, found: 0, forbidden: 0, produced: 0 })),
    )
    for (const readings of item.expect) {
      const ok = readings.some((spec) => events.some((e) => eventFits(spec, e, actors)))
      expected++
      if (ok) found++
      if (readings.some((spec) => events.some((e) => typeAndStatusFit(spec, e)))) foundTypeStatus++
      for (const r of rows) {
        r.expected++
        if (ok) r.found++
      }
      if (!ok)
        misses.push({
          item: item.id,
          text: item.text,
          spec: readings.map(describeSpec).join(' or '),
          predicted: predicted(),
        })
    }
    for (const spec of item.forbid) {
      const hit = events.some((e) => !isBackground(e) && eventFits(spec, e, actors))
      forbidden++
      if (hit) produced++
      for (const r of rows) {
        r.forbidden++
        if (hit) r.produced++
      }
      if (hit)
        violations.push({ item: item.id, text: item.text, spec: describeSpec(spec), predicted: predicted() })
    }
  }
  return {
    form,
    items: items.length,
    expected,
    found,
    foundTypeStatus,
    forbidden,
    produced,
    missingRecords,
    byCover: [...covers]
      .map(([cover, r]) => ({ cover, ...r }))
      .sort((a, b) => a.cover.localeCompare(b.cover)),
    misses,
    violations,
  }
}
