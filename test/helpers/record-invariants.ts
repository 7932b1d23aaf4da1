import type { ParleyRecord } from '../../src/record/record.js'
import { validateRecord } from '../../src/record/validate.js'

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Every way `record` breaks the record contract for the article `text`, as one line each (none: `[]`).
 * Written from the contract (README "The record", schema.json), not from the extractor's code: offsets are
 * half-open UTF-16 indices into `text`; a span's `text` is its slice; ids are unique and every reference
 * resolves; lists are in text order; a quotation's `text` joins its spans with " … "; the record survives a
 * JSON round trip and validates against the schema.
 */
export function recordViolations(record: ParleyRecord, text: string): string[] {
  const problems: string[] = []
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`)

  const checkSpan = (where: string, span: Span): void => {
    const { start, end } = span
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      fail(where, `offsets ${start}-${end}`)
      return
    }
    if (start < 0 || end > text.length || start > end) {
      fail(where, `span ${start}-${end} outside the text (length ${text.length})`)
      return
    }
    if (start === end) fail(where, `empty span at ${start}`)
    if ('text' in span && span.text !== text.slice(start, end)) {
      fail(
        where,
        `text ${JSON.stringify(span.text)} is not the slice ${JSON.stringify(text.slice(start, end))}`,
      )
    }
    // a span never cuts a surrogate pair in two
    if (splitsPair(text, start) || splitsPair(text, end))
      fail(where, `span ${start}-${end} splits a character`)
  }
  const checkOrder = (where: string, spans: readonly Span[], options: { disjoint: boolean }) => {
    for (let i = 1; i < spans.length; i++) {
      const prev = spans[i - 1]!
      const next = spans[i]!
      const inOrder = options.disjoint
        ? prev.end <= next.start
        : prev.start < next.start || (prev.start === next.start && prev.end <= next.end)
      if (!inOrder)
        fail(where, `spans out of order: ${prev.start}-${prev.end} before ${next.start}-${next.end}`)
    }
  }
  const checkUniqueIds = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) fail(kind, `id ${id} used twice`)
      seen.add(id)
    }
    return seen
  }

  if (record.document.text !== undefined && record.document.text !== text) {
    fail('document.text', 'differs from the article text')
  }
  const actorIds = checkUniqueIds(
    'actors',
    record.actors.map((a) => a.id),
  )
  checkUniqueIds(
    'places',
    record.places.map((p) => p.id),
  )
  const quoteIds = checkUniqueIds(
    'quotes',
    record.quotes.map((q) => q.id),
  )
  checkUniqueIds(
    'events',
    record.events.map((e) => e.id),
  )

  for (const actor of record.actors) {
    const where = `actor ${actor.id} (${actor.name})`
    if (actor.name.trim() === '') fail(where, 'empty name')
    for (const [i, m] of actor.mentions.entries()) checkSpan(`${where} mention ${i}`, m)
    checkOrder(`${where} mentions`, actor.mentions, { disjoint: true })
  }
  for (const place of record.places) {
    const where = `place ${place.id} (${place.name})`
    for (const [i, m] of place.mentions.entries()) checkSpan(`${where} mention ${i}`, m)
    checkOrder(`${where} mentions`, place.mentions, { disjoint: true })
    if ((place.lat === null) !== (place.lon === null)) fail(where, 'one coordinate without the other')
  }
  const actorMentions = new Map(record.actors.map((a) => [a.id, a.mentions]))
  for (const quote of record.quotes) {
    const where = `quote ${quote.id}`
    if (quote.spans.length === 0) fail(where, 'no content span')
    for (const [i, s] of quote.spans.entries()) checkSpan(`${where} span ${i}`, s)
    checkOrder(`${where} spans`, quote.spans, { disjoint: true })
    const joined = quote.spans.map((s) => text.slice(s.start, s.end)).join(' … ')
    if (quote.text !== joined) fail(where, `text is not its spans joined with " … "`)
    if (quote.cue) {
      checkSpan(`${where} cue`, quote.cue)
      for (const s of quote.spans) {
        if (quote.cue.start < s.end && s.start < quote.cue.end) fail(where, 'the cue overlaps the content')
      }
    }
    const { actor, mention } = quote.speaker
    if (actor !== null && !actorIds.has(actor)) fail(where, `speaker ${actor} is not an actor`)
    if (mention) {
      checkSpan(`${where} speaker mention`, mention)
      // a mention may stand without a resolved actor ("she" with no antecedent); with one, it is the actor's
      const owned = actor === null ? null : (actorMentions.get(actor) ?? [])
      if (owned && !owned.some((m) => m.start === mention.start && m.end === mention.end)) {
        fail(where, `speaker mention ${JSON.stringify(mention.text)} is not a mention of ${actor}`)
      }
    }
  }
  for (const event of record.events) {
    const where = `event ${event.id} (${event.type})`
    checkSpan(`${where} trigger`, event.trigger)
    checkSpan(`${where} sentence`, event.sentence)
    if (event.trigger.start < event.sentence.start || event.trigger.end > event.sentence.end) {
      fail(where, 'the trigger lies outside its sentence')
    }
    for (const id of [...event.actor, ...event.recipient]) {
      if (!actorIds.has(id)) fail(where, `party ${id} is not an actor`)
    }
    if (new Set(event.actor).size !== event.actor.length) fail(where, 'an actor listed twice')
    if (new Set(event.recipient).size !== event.recipient.length) fail(where, 'a recipient listed twice')
    if (event.quote !== null && !quoteIds.has(event.quote)) fail(where, `quote ${event.quote} does not exist`)
    if (event.date && event.date.start > event.date.end)
      fail(where, `date ${event.date.start} after ${event.date.end}`)
    if (event.location && !record.places.some((p) => p.name === event.location?.name)) {
      fail(where, `location ${event.location.name} is not one of the places`)
    }
  }
  checkOrder(
    'quotes',
    record.quotes.map((q) => q.spans[0] ?? { start: 0, end: 0 }),
    { disjoint: false },
  )
  checkOrder(
    'events',
    record.events.map((e) => e.trigger),
    { disjoint: false },
  )

  const roundTrip = JSON.parse(JSON.stringify(record)) as unknown
  if (!sameJson(roundTrip, record)) fail('record', 'changes in a JSON round trip')
  for (const error of validateRecord(record)) fail('schema', error)
  return problems
}

/** Whether `index` falls between the two halves of a surrogate pair (a lone half is a character of its own). */
function splitsPair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  const before = text.charCodeAt(index - 1)
  const at = text.charCodeAt(index)
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff
}

/** Structural equality of JSON values, key order ignored (undefined, functions and NaN do not survive JSON). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const objectB = b as Record<string, unknown>
  return keysA.every((k) => k in objectB && sameJson((a as Record<string, unknown>)[k], objectB[k]))
}
