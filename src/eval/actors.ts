import { isIgoCode, toPloverCountrySector } from '../knowledge/world/sectors.js'
import type { ParleyRecord, RecordActor } from '../record/record.js'
import { normaliseCode } from './actor-codes.js'
import { isObject, type JsonlContent } from './jsonl.js'
import { ratio } from './metrics.js'

/**
 * Actor cases (eval-data/actors/cases.jsonl): one sentence, the span of one actor in it, the article's date and
 * the expected country and PLOVER sector. The extractor runs on the sentence; the actor whose mention covers
 * the span best is compared with the expectation after its record sector is put in PLOVER terms (record MED
 * is PLOVER JRN, HLH is MED, IGO/NGO become the international country names).
 *
 * Country: equal codes, the IGO family (IGO, UNO, EUR) counting as one; sector: equal codes, null = null.
 * A case with no actor over its span is scored as a prediction of null country and null sector.
 */

export interface ActorCase {
  readonly id: string
  readonly category: string
  readonly date: string
  readonly text: string
  readonly actor: string
  readonly start: number
  readonly end: number
  /** ISO alpha-3, a PLOVER international name (IGO, UNO, EUR, NGO, IMG, MNC), or null. */
  readonly country: string | null
  /** A PLOVER sector, or null. */
  readonly sector: string | null
}

export interface ActorCaseProblem {
  readonly line: number
  readonly message: string
}

const nullableCode = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && /^[A-Z]{3}$/.test(value))

/** Reads the case file; a malformed line, or a span that does not hold `actor`, is a problem, not a case. */
export function parseActorCases(content: JsonlContent): { cases: ActorCase[]; problems: ActorCaseProblem[] } {
  const cases: ActorCase[] = []
  const problems: ActorCaseProblem[] = [...content.problems]
  for (const { line, value } of content.lines) {
    const v = isObject(value) ? value : {}
    const { id, category, date, text, actor, start, end, country, sector } = v
    if (
      typeof id !== 'string' ||
      typeof category !== 'string' ||
      typeof date !== 'string' ||
      typeof text !== 'string' ||
      typeof actor !== 'string' ||
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !nullableCode(country) ||
      !nullableCode(sector)
    ) {
      problems.push({
        line,
        message: 'a case needs id, category, date, text, actor, start, end, country, sector',
      })
      continue
    }
    if (text.slice(start, end) !== actor) {
      problems.push({ line, message: `${id}: text[${start}, ${end}) is not "${actor}"` })
      continue
    }
    cases.push({ id, category, date, text, actor, start, end, country, sector })
  }
  return { cases, problems }
}

export interface ActorPrediction {
  readonly caseId: string
  /** The actor chosen for the span, or null when no mention overlaps it. */
  readonly actor: { readonly name: string; readonly mention: string } | null
  readonly country: string | null
  readonly sector: string | null
}

/** The actor whose mention overlaps the span most (then the shortest mention), in PLOVER terms. */
export function predictActor(c: ActorCase, record: ParleyRecord): ActorPrediction {
  let best: { actor: RecordActor; overlap: number; length: number; mention: string } | undefined
  for (const actor of record.actors) {
    for (const m of actor.mentions) {
      const overlap = Math.min(m.end, c.end) - Math.max(m.start, c.start)
      if (overlap <= 0) continue
      const length = m.end - m.start
      if (best === undefined || overlap > best.overlap || (overlap === best.overlap && length < best.length))
        best = { actor, overlap, length, mention: m.text }
    }
  }
  if (best === undefined) return { caseId: c.id, actor: null, country: null, sector: null }
  const plover = toPloverCountrySector(best.actor.country, best.actor.sector)
  return {
    caseId: c.id,
    actor: { name: best.actor.name, mention: best.mention },
    country: plover.country === null ? null : normaliseCode(plover.country),
    sector: plover.sector,
  }
}

export const countryAgrees = (gold: string | null, predicted: string | null): boolean =>
  gold === predicted || (gold !== null && predicted !== null && isIgoCode(gold) && isIgoCode(predicted))

export interface ActorTally {
  readonly cases: number
  readonly found: number
  readonly country: number
  readonly sector: number
  readonly both: number
}

export interface ActorMiss {
  readonly case: ActorCase
  readonly prediction: ActorPrediction
  readonly countryRight: boolean
  readonly sectorRight: boolean
}

export interface ActorScore {
  readonly total: ActorTally
  readonly countryAccuracy: number
  readonly sectorAccuracy: number
  readonly bothAccuracy: number
  readonly foundRate: number
  readonly byCategory: readonly ({ readonly category: string } & ActorTally)[]
  readonly misses: readonly ActorMiss[]
}

const emptyTally = (): { cases: number; found: number; country: number; sector: number; both: number } => ({
  cases: 0,
  found: 0,
  country: 0,
  sector: 0,
  both: 0,
})

/** Scores every case against the record extracted from its sentence (`records` by case id). */
export function scoreActorCases(
  cases: readonly ActorCase[],
  records: ReadonlyMap<string, ParleyRecord>,
): ActorScore {
  return scoreActorPredictions(cases, (c) => {
    const record = records.get(c.id)
    return record === undefined
      ? { caseId: c.id, actor: null, country: null, sector: null }
      : predictActor(c, record)
  })
}

/** Scores every case against a prediction made for it by any means. */
export function scoreActorPredictions(
  cases: readonly ActorCase[],
  predict: (c: ActorCase) => ActorPrediction,
): ActorScore {
  const total = emptyTally()
  const categories = new Map<string, ReturnType<typeof emptyTally>>()
  const misses: ActorMiss[] = []
  for (const c of cases) {
    const prediction = predict(c)
    const countryRight = countryAgrees(c.country, prediction.country)
    const sectorRight = c.sector === prediction.sector
    const category = categories.get(c.category) ?? emptyTally()
    categories.set(c.category, category)
    for (const t of [total, category]) {
      t.cases++
      if (prediction.actor !== null) t.found++
      if (countryRight) t.country++
      if (sectorRight) t.sector++
      if (countryRight && sectorRight) t.both++
    }
    if (!countryRight || !sectorRight) misses.push({ case: c, prediction, countryRight, sectorRight })
  }
  return {
    total,
    countryAccuracy: ratio(total.country, total.cases),
    sectorAccuracy: ratio(total.sector, total.cases),
    bothAccuracy: ratio(total.both, total.cases),
    foundRate: ratio(total.found, total.cases),
    byCategory: [...categories].map(([category, t]) => ({ category, ...t })),
    misses,
  }
}
