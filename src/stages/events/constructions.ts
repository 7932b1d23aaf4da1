/**
 * Constructions that decide what one trigger becomes: what a control word governs ("agreed to withdraw"),
 * refusals ("chose not to meet"), topics of talks, the country an action is carried out in.
 */
import type { ActorId, Sentence } from '../../doc/layers.js'
import { type EventContext, lemma, mentionAtToken, norm, partyOf, pos } from './context.js'
import type { TriggerHit } from './triggers.js'
import { CONFLICTUAL_TYPES, DEMAND_CAMEO, DEMAND_MODES, THREAT_MODES } from './type-facts.js'

const MAX_EMBED_DISTANCE = 10
const MAX_TERRITORY_DISTANCE = 15

/** The country named as where an action happens, before or after the trigger in its clause ("in Serbia"). */
export function territoryOf(ctx: EventContext, sentence: Sentence, hit: TriggerHit): ActorId[] {
  let best: ActorId | null = null
  let bestDistance = MAX_TERRITORY_DISTANCE + 1
  const from = Math.max(sentence.tokenStart + 1, hit.first - MAX_TERRITORY_DISTANCE)
  const to = Math.min(sentence.tokenEnd, hit.end + MAX_TERRITORY_DISTANCE)
  for (let t = from; t < to; t++) {
    if (!ctx.lang.events.TERRITORY_WORDS.has(norm(ctx, t))) continue
    let k = t + 1
    while (k < to && (pos(ctx, k) === 'DET' || pos(ctx, k) === 'ADJ')) k++
    // "in the northern city of Kirkuk"
    if (k + 1 < to && pos(ctx, k) === 'NOUN' && norm(ctx, k + 1) === 'of') k += 2
    const m = k < to ? mentionAtToken(ctx, k) : undefined
    const party = m && m.tokenStart === k ? partyOf(ctx, m, true) : null
    const distance = Math.abs(t - hit.first)
    if (!party || distance >= bestDistance || crossesHardBreak(ctx, t, hit.first)) continue
    best = party
    bestDistance = distance
  }
  return best ? [best] : []
}

export function crossesHardBreak(ctx: EventContext, a: number, b: number): boolean {
  for (let t = Math.min(a, b) + 1; t < Math.max(a, b); t++)
    if (ctx.lang.grammar.HARD_BREAKS.has(norm(ctx, t))) return true
  return false
}

/** The event a control word governs: the next trigger in its complement ("agreed to resume talks"). */
export function embeddedHit(ctx: EventContext, hits: readonly TriggerHit[], k: number): number {
  const h = hits[k]!
  const e = hits[k + 1]
  if (!e || e.first - h.end > MAX_EMBED_DISTANCE) return -1
  for (let t = h.end; t < e.first; t++) {
    const w = norm(ctx, t)
    if (ctx.lang.grammar.HARD_BREAKS.has(w) || w === ',' || (pos(ctx, t) === 'SCONJ' && w !== 'that'))
      return -1
  }
  return k + 1
}

/** "negotiations on an Israeli troop pullback": the event a consultation is about is not an event of its own. */
export function topicHit(ctx: EventContext, hits: readonly TriggerHit[], k: number): number {
  const h = hits[k]!
  const next = hits[k + 1]
  if (!next || (h.entry.type !== 'CONSULT' && h.entry.type !== 'AGREE') || next.first - h.end > 6) return -1
  let topic = false
  for (let t = h.end; t < next.first; t++) {
    const w = norm(ctx, t)
    if (pos(ctx, t) === 'VERB' || w === ',' || ctx.lang.grammar.HARD_BREAKS.has(w)) return -1
    if (ctx.lang.events.TOPIC_WORDS.has(w)) topic = true
  }
  return topic ? k + 1 : -1
}

/** Is `next` a verb of the same complement as `prev` ("to send material to help defend")? */
export function continuesComplement(ctx: EventContext, prev: TriggerHit, next: TriggerHit): boolean {
  if (next.entry.pos !== 'V' || next.first - prev.end > 6) return false
  for (let t = prev.end; t < next.first; t++) {
    const w = norm(ctx, t)
    if (
      ctx.lang.grammar.HARD_BREAKS.has(w) ||
      w === ',' ||
      pos(ctx, t) === 'SCONJ' ||
      pos(ctx, t) === 'CCONJ'
    )
      return false
  }
  const before = next.first - 1
  return norm(ctx, before) === 'to' || pos(ctx, before) === 'VERB'
}

/** "chose not to meet": the token of the choice verb, or -1. */
export function refusalChoice(ctx: EventContext, sentence: Sentence, first: number): number {
  let j = first - 1
  while (j >= sentence.tokenStart && pos(ctx, j) === 'ADV') j--
  if (j < sentence.tokenStart || norm(ctx, j) !== 'to') return -1
  j--
  if (j < sentence.tokenStart || !ctx.lang.grammar.NEGATORS.has(norm(ctx, j))) return -1
  j--
  return j >= sentence.tokenStart &&
    ctx.lang.events.REFUSAL_CHOICES.has(lemma(ctx, j)) &&
    pos(ctx, j) === 'VERB'
    ? j
    : -1
}

/** "declined to comment": a refusal about talking to the press is no event. */
export function refusesThePress(ctx: EventContext, hit: TriggerHit): boolean {
  let j = hit.end
  if (norm(ctx, j) !== 'to') return false
  j++
  return ctx.lang.events.PRESS_VERBS.has(lemma(ctx, j))
}

/** "spoke by phone", "talked via video link", "in a telephone conversation". */
export function hasPhoneWord(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  // "a virtual meeting", "a video call"
  if (hit.first > sentence.tokenStart && ctx.lang.events.REMOTE_MODIFIERS.has(norm(ctx, hit.first - 1)))
    return true
  const from = Math.max(sentence.tokenStart + 1, hit.first - 3)
  const to = Math.min(sentence.tokenEnd, hit.end + 3)
  for (let t = from; t < to; t++) {
    const before = norm(ctx, t - 1)
    if (
      ctx.lang.events.PHONE_WORDS.has(lemma(ctx, t)) &&
      (before === 'by' || before === 'via' || before === 'over')
    )
      return true
  }
  return false
}

export function threatMode(embedded: TriggerHit): string | null {
  const { type, mode } = embedded.entry
  if (!type) return null
  if (type === 'COERCE') return mode === 'arrest' ? 'arrest' : mode === 'seize' ? 'territory' : 'restrict'
  if (type === 'SANCTION' && mode === 'expel') return 'expel'
  return THREAT_MODES[type] ?? null
}

/** Type, mode and CAMEO of a control word given what it governs ("refused to meet" → REJECT meet). */
export function governedShape(
  ctx: EventContext,
  hit: TriggerHit,
  embedded: TriggerHit | undefined,
  controlLemma: string,
) {
  const { type, mode, cameo } = hit.entry
  const inner = embedded?.entry.type
  if (!embedded || !inner || !type) return { type, mode, cameo }
  if (type === 'REQUEST' || type === 'REJECT') {
    const demandMode = DEMAND_MODES[inner] ?? mode
    return { type, mode: demandMode, cameo: (demandMode && DEMAND_CAMEO[type][demandMode]) ?? cameo }
  }
  if (
    type === 'AGREE' &&
    ctx.lang.events.INTENT_CONTROLLERS.has(controlLemma) &&
    CONFLICTUAL_TYPES.has(inner)
  ) {
    return { type: 'THREATEN' as const, mode: threatMode(embedded), cameo: '130' }
  }
  if (type === 'THREATEN') return { type, mode: threatMode(embedded) ?? mode, cameo }
  return { type, mode, cameo }
}

export const VERBAL_ATTACK = { type: 'ACCUSE' as const, mode: 'disapprove', cameo: '111' }

/** "Trump attacked Clinton": a person's attack on another person or group is, in news, a verbal one. */
export function isVerbalAttack(ctx: EventContext, hit: TriggerHit, actors: readonly ActorId[]): boolean {
  if (hit.entry.type !== 'ASSAULT' || !ctx.lang.events.VERBAL_ATTACK_LEMMAS.has(lemma(ctx, hit.head)))
    return false
  return (
    actors.length > 0 &&
    actors.every((a) => {
      const actor = ctx.actorsById.get(a)
      return actor?.kind === 'person' && actor.sector !== 'MIL' && actor.sector !== 'REB'
    })
  )
}
