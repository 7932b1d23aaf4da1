/** When, where and in whose words: the date, place and quotation of an event. */
import type { EventStatus, PlaceId, QuoteId, Sentence, TimeRange, Timex } from '../../doc/layers.js'
import { timexForSpan } from '../dates/attach.js'
import { type EventContext, mentionAtToken, norm, pos, quoteAt } from './context.js'

const CLAUSE_PENALTY = 100

/** Is there a clause boundary between two tokens of a sentence: none, a subordinate clause, or a hard break? */
function boundaryBetween(ctx: EventContext, a: number, b: number): 'none' | 'clause' | 'hard' {
  const [from, to] = a < b ? [a, b] : [b, a]
  let found: 'none' | 'clause' = 'none'
  for (let t = from + 1; t < to; t++) {
    const w = norm(ctx, t)
    if (ctx.lang.grammar.HARD_BREAKS.has(w)) return 'hard'
    if (ctx.lang.grammar.CLAUSE_OPENERS.has(w) && pos(ctx, t) === 'SCONJ') found = 'clause'
  }
  return found
}

const MAX_PLACE_DISTANCE = 15

/**
 * The time expression of the event: the dates stage's choice for the trigger's clause (`timexForSpan`), else
 * the nearest one of the sentence that no hard break separates from the trigger, a clause boundary counting
 * as a long way ("spoke with Lavrov after Russia annexed Crimea in 2014").
 */
export function timexForTrigger(ctx: EventContext, sentence: Sentence, trigger: number): Timex | undefined {
  const inClause = timexForSpan(ctx.timexesIn(sentence), sentence, ctx.tokens.start[trigger]!, ctx)
  if (inClause && boundaryBetween(ctx, inClause.tokenStart, trigger) !== 'hard') return inClause
  let best: Timex | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const timex of ctx.timexesIn(sentence)) {
    const anchor = timex.tokenStart > trigger ? timex.tokenStart : timex.tokenEnd - 1
    const boundary = boundaryBetween(ctx, anchor, trigger)
    if (boundary === 'hard') continue
    const score = Math.abs(anchor - trigger) + (boundary === 'clause' ? CLAUSE_PENALTY : 0)
    if (score < bestScore) {
      best = timex
      bestScore = score
    }
  }
  return best
}

const SINCE_CLAUSE_REACH = 4

/** "the five months since Russia invaded": the event is the clause the "since" expression opens. */
function anchorsSince(ctx: EventContext, timex: Timex, trigger: number): boolean {
  const last = timex.tokenEnd - 1
  return norm(ctx, last) === 'since' && trigger > last && trigger - last <= SINCE_CLAUSE_REACH
}

/**
 * The event's date: its time expression; else, for asserted and negated events, the publication date as a
 * one-day range without text; future and hypothetical events without a time expression get none.
 * A "since" range dates what did not happen ("has not spoken since January"); an event that anchors the range
 * ("the months since Russia invaded Ukraine") takes its start, and one it merely follows ("the first call
 * since 1979") is dated as if the range were not there.
 */
export function eventDate(
  ctx: EventContext,
  timex: Timex | undefined,
  status: EventStatus,
  trigger: number,
): TimeRange | null {
  const range = timex?.range
  if (timex && range) {
    const text = ctx.text.slice(timex.start, timex.end)
    if (timex.kind !== 'since' || status !== 'asserted') return { start: range.start, end: range.end, text }
    if (anchorsSince(ctx, timex, trigger)) return { start: range.start, end: range.start, text }
  }
  if ((status === 'asserted' || status === 'negated') && ctx.date)
    return { start: ctx.date, end: ctx.date, text: null }
  return null
}

/** A place mention of the sentence introduced by "in", "at", "near" …, nearest after the trigger first. */
export function placeForTrigger(ctx: EventContext, sentence: Sentence, trigger: number): PlaceId | null {
  let best: PlaceId | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const m = mentionAtToken(ctx, t)
    if (!m || m.tokenStart !== t || m.type !== 'place') continue
    const place = ctx.placeOf.get(m.id)
    if (!place) continue
    let j = t - 1
    while (j >= sentence.tokenStart && (pos(ctx, j) === 'DET' || pos(ctx, j) === 'ADJ')) j--
    if (j < sentence.tokenStart || !ctx.lang.events.LOCATIVES.has(norm(ctx, j))) continue
    if (Math.abs(t - trigger) > MAX_PLACE_DISTANCE || boundaryBetween(ctx, t, trigger) !== 'none') continue
    const score = t > trigger ? t - trigger : (trigger - t) * 2
    if (score < bestScore) {
      best = place
      bestScore = score
    }
  }
  return best
}

/** The quotation whose content holds the trigger. */
export function quoteForTrigger(ctx: EventContext, offset: number): QuoteId | null {
  return quoteAt(ctx.quotes, offset)?.id ?? null
}

/** Does the event's time expression start after the publication date ("next week")? */
export function isFutureInThePast(ctx: EventContext, sentence: Sentence, trigger: number): boolean {
  const start = timexForTrigger(ctx, sentence, trigger)?.range?.start
  return start !== undefined && ctx.date !== null && start.slice(0, 10) > ctx.date.slice(0, 10)
}
