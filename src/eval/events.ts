import type { ParleyRecord, RecordActor, RecordEvent } from '../record/record.js'
import { anyCodeAgrees } from './actor-codes.js'
import type { PloverGold } from './gold.js'
import { getOrInsert, ratio } from './metrics.js'

export interface EventTypeScore {
  readonly type: string
  /** Gold sentences with this type. */
  readonly gold: number
  readonly typeFound: number
  readonly dyadFound: number
  /** Asserted predicted events of this type, and how many of them are in their sentence's gold. */
  readonly predicted: number
  readonly correct: number
}

export interface EventMiss {
  readonly id: string
  readonly text: string
  readonly gold: string
  readonly predicted: readonly string[]
}

export interface EventScore {
  /** Gold events (recall denominators) and the distinct sentences they come from. */
  readonly goldEvents: number
  readonly sentences: number
  readonly missingRecords: readonly string[]
  readonly typeFound: number
  readonly dyadFound: number
  readonly typeRecall: number
  readonly dyadRecall: number
  readonly predicted: number
  readonly correct: number
  readonly precision: number
  /** F1 of type recall and precision. */
  readonly f1: number
  readonly byType: readonly EventTypeScore[]
  readonly misses: readonly EventMiss[]
}

function actorsOf(ids: readonly string[], actors: ReadonlyMap<string, RecordActor>): RecordActor[] {
  return ids.flatMap((id) => {
    const a = actors.get(id)
    return a ? [a] : []
  })
}

/**
 * Source and recipient agree when some gold source code matches a predicted actor, and the gold target is empty
 * or some gold target code matches a predicted recipient.
 */
export function dyadAgrees(
  gold: PloverGold,
  event: RecordEvent,
  actors: ReadonlyMap<string, RecordActor>,
): boolean {
  const sources = actorsOf(event.actor, actors)
  const recipients = actorsOf(event.recipient, actors)
  const sourceOk = gold.source.length === 0 || anyCodeAgrees(gold.source, sources)
  const targetOk = gold.target.length === 0 || anyCodeAgrees(gold.target, recipients)
  return sourceOk && targetOk
}

function describe(event: RecordEvent, actors: ReadonlyMap<string, RecordActor>): string {
  const side = (ids: readonly string[]) =>
    actorsOf(ids, actors)
      .map((a) => a.country ?? a.name)
      .join('+') || '?'
  return `${event.type}${event.status === 'asserted' ? '' : `(${event.status})`} ${side(event.actor)}→${side(event.recipient)}`
}

/**
 * Scores predicted events sentence by sentence (one gold event per input id): type recall counts a gold type
 * produced with any status but negated; dyad recall also needs agreeing source/recipient countries; precision
 * is over asserted events. `noEvent` lists sentences whose gold holds no event: every asserted event predicted
 * for them counts against precision.
 */
export function scoreEvents(
  gold: readonly PloverGold[],
  pred: ReadonlyMap<string, ParleyRecord>,
  noEvent: readonly string[] = [],
): EventScore {
  const types = new Map<
    string,
    { gold: number; typeFound: number; dyadFound: number; predicted: number; correct: number }
  >()
  const row = (type: string) =>
    getOrInsert(types, type, () => ({ gold: 0, typeFound: 0, dyadFound: 0, predicted: 0, correct: 0 }))
  const missing = new Set<string>()
  const misses: EventMiss[] = []
  let typeFound = 0
  let dyadFound = 0
  let predicted = 0
  let correct = 0
  // the gold event types of each sentence (an id may in principle repeat)
  const goldTypes = new Map<string, Set<string>>()
  for (const g of gold) {
    const set = goldTypes.get(g.id) ?? new Set<string>()
    set.add(g.event)
    goldTypes.set(g.id, set)
  }
  for (const id of noEvent) if (!goldTypes.has(id)) goldTypes.set(id, new Set())
  for (const g of gold) {
    const record = pred.get(g.id)
    if (!record) missing.add(g.id)
    const events = record?.events ?? []
    const actors = new Map((record?.actors ?? []).map((a) => [a.id, a]))
    const live = events.filter((e) => e.status !== 'negated' && e.type === g.event)
    const r = row(g.event)
    r.gold++
    const hasType = live.length > 0
    const hasDyad = live.some((e) => dyadAgrees(g, e, actors))
    if (hasType) {
      typeFound++
      r.typeFound++
    }
    if (hasDyad) {
      dyadFound++
      r.dyadFound++
    }
    if (!hasDyad) {
      misses.push({
        id: g.id,
        text: g.text,
        gold: `${g.event} ${g.source.join('+') || '?'}→${g.target.join('+') || '?'}`,
        predicted: events.map((e) => describe(e, actors)),
      })
    }
  }
  // precision: once per sentence id, over asserted events
  for (const [id, typesOfSentence] of goldTypes) {
    for (const e of pred.get(id)?.events ?? []) {
      if (e.status !== 'asserted') continue
      const ok = typesOfSentence.has(e.type)
      predicted++
      if (ok) correct++
      const r = row(e.type)
      r.predicted++
      if (ok) r.correct++
    }
  }
  const goldEvents = gold.length
  const typeRecall = ratio(typeFound, goldEvents)
  const precision = ratio(correct, predicted)
  return {
    goldEvents,
    sentences: goldTypes.size,
    missingRecords: [...missing],
    typeFound,
    dyadFound,
    typeRecall,
    dyadRecall: ratio(dyadFound, goldEvents),
    predicted,
    correct,
    precision,
    f1: precision + typeRecall === 0 ? 0 : (2 * precision * typeRecall) / (precision + typeRecall),
    byType: [...types]
      .map(([type, r]) => ({ type, ...r }))
      .sort((a, b) => b.gold - a.gold || a.type.localeCompare(b.type)),
    misses,
  }
}
