/**
 * Frames: a trigger sense needs the arguments its event has. "killed the plan" is no assault (a verbal attack on a
 * plan is criticism), "sent an envoy to deliver a message" no aid: material aid hands over something aid-like.
 */
import type { Mention, Sentence } from '../../doc/layers.js'
import { type EventContext, lemma, mentionAtToken, norm, pos } from './context.js'
import type { TriggerHit } from './triggers.js'

const OBJECT_REACH = 8

/** A person named or described ("Lavrov", "the envoy"), not a state or an organisation. */
function isPerson(ctx: EventContext, m: Mention): boolean {
  if (m.type === 'person') return true
  if (m.type !== 'nominal') return false
  const actor = ctx.actorOf.get(m.id)
  return actor !== undefined && ctx.actorsById.get(actor)?.kind === 'person'
}

/**
 * The heads of a noun phrase starting at `i`: its last noun, then the heads of an "of" complement ("the vast
 * majority of aid", "tons of food").
 */
function nounHeads(ctx: EventContext, sentence: Sentence, i: number): string[] {
  let head = i
  let k = i + 1
  while (k < sentence.tokenEnd && (pos(ctx, k) === 'NOUN' || pos(ctx, k) === 'PROPN')) head = k++
  const heads = [lemma(ctx, head)]
  // "the vast majority of aid", "photographs and other intelligence": an "of" complement, a conjoined noun
  if (k >= sentence.tokenEnd || (norm(ctx, k) !== 'of' && pos(ctx, k) !== 'CCONJ')) return heads
  for (let j = k + 1; j < sentence.tokenEnd && j - k <= 4; j++) {
    const p = pos(ctx, j)
    if (p === 'NOUN') return [...heads, ...nounHeads(ctx, sentence, j)]
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NUM') break
  }
  return heads
}

/**
 * What a verb hands over or acts on, read after it: the heads of its object noun phrase, ["#person"] for a person
 * named, or [] when none is found.
 */
export function objectOf(ctx: EventContext, sentence: Sentence, from: number): string[] {
  let person = false
  for (let i = from; i < sentence.tokenEnd && i - from < OBJECT_REACH; i++) {
    const m = mentionAtToken(ctx, i)
    if (m) {
      if (isPerson(ctx, m)) person = true
      i = m.tokenEnd - 1
      continue
    }
    const p = pos(ctx, i)
    if (p === 'NOUN') return nounHeads(ctx, sentence, i)
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || p === 'PRON' || norm(ctx, i) === 'with')
      continue
    if (p === 'PART' && norm(ctx, i) !== 'to') continue
    break
  }
  return person ? ['#person'] : []
}

/** What a passive verb group's subject is ("the envoy was sent"): [its head], ["#person"], or []. */
function passiveThemeOf(ctx: EventContext, sentence: Sentence, groupStart: number): string[] {
  const last = groupStart - 1
  if (last < sentence.tokenStart) return []
  const m = mentionAtToken(ctx, last)
  if (m) return isPerson(ctx, m) ? ['#person'] : []
  return pos(ctx, last) === 'NOUN' ? [lemma(ctx, last)] : []
}

/** What a frame says of a trigger: nothing, no event, or criticism rather than violence. */
export type FrameVerdict =
  | { readonly verdict: 'none' }
  | { readonly verdict: 'drop' | 'criticism'; readonly why: string }

const NONE: FrameVerdict = { verdict: 'none' }

/**
 * Checks the trigger's sense against its arguments: a violent verb with an abstract object ("killed the plan",
 * "attacked the proposal"), a verb of handing over whose theme is not aid-like ("sent an envoy").
 */
export function frameOf(
  ctx: EventContext,
  sentence: Sentence,
  hit: TriggerHit,
  passive: boolean,
  groupStart: number,
): FrameVerdict {
  const { entry } = hit
  if (entry.pos !== 'V') return NONE
  const words = ctx.lang.events
  if ((entry.type === 'ASSAULT' || entry.type === 'COERCE') && !passive) {
    const object = objectOf(ctx, sentence, hit.end)[0]
    if (object === undefined || !words.ABSTRACT_OBJECTS.has(object)) return NONE
    return words.VERBAL_ATTACK_LEMMAS.has(lemma(ctx, hit.head))
      ? { verdict: 'criticism', why: `a verbal attack on a ${object}` }
      : { verdict: 'drop', why: `a figurative sense: its object is a ${object}` }
  }
  if (entry.type === 'AID' && words.TRANSFER_VERBS.has(lemma(ctx, hit.head))) {
    const theme = passive ? passiveThemeOf(ctx, sentence, groupStart) : objectOf(ctx, sentence, hit.end)
    if (theme.length === 0 || theme.some((t) => words.AID_THEMES.has(t))) return NONE
    return { verdict: 'drop', why: `what is handed over (${theme.join(' of ')}) is not aid` }
  }
  return NONE
}
