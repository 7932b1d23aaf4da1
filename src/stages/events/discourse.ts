/**
 * Parties read beyond the clause: pairs named earlier ("the two leaders"), the side an unnamed delegation
 * speaks for, who reports a refusal, and the counterpart of a refusal or a condition.
 */
import type { ActorId, Sentence } from '../../doc/layers.js'
import { findSubject, verbGroupStart } from './arguments.js'
import { type EventContext, lemma, mentionAtToken, norm, partyOf, pos, quoteAt } from './context.js'

/** The two persons an earlier consultation was between, or null. */
export function consultedPair(ctx: EventContext, parties: readonly ActorId[]): readonly ActorId[] | null {
  const persons = [...new Set(parties)].filter((id) => ctx.actorsById.get(id)?.kind === 'person')
  return persons.length === 2 ? persons : null
}

function fitsNoun(ctx: EventContext, pair: readonly ActorId[], noun: string): boolean {
  const roles = ctx.lang.events.PAIR_NOUN_ROLES[noun]
  if (!roles) return true
  return pair.every((id) => {
    const role = ctx.actorsById.get(id)?.role?.toLowerCase() ?? ''
    return roles.some((r) => role.includes(r))
  })
}

/**
 * "The two leaders could meet": a pair nominal stands for the latest pair of persons who consulted earlier
 * in the document and whose roles fit its noun. Other actors are kept as they are.
 */
export function expandPairs(
  ctx: EventContext,
  ids: readonly ActorId[],
  earlierPairs: readonly (readonly ActorId[])[],
): ActorId[] {
  return ids.flatMap((id) => {
    const noun = ctx.pairNominals.get(id)
    if (noun === undefined) return [id]
    for (let k = earlierPairs.length - 1; k >= 0; k--) {
      const pair = earlierPairs[k]!
      if (fitsNoun(ctx, pair, noun)) return [...pair]
    }
    return [id]
  })
}

/**
 * "Trade negotiators would resume talks, according to a Chinese official": a delegation with no country of its
 * own, in reported speech, is the speaker's side (the speaker's country, else the speaker).
 */
export function speakerSide(ctx: EventContext, ids: readonly ActorId[], offset: number): ActorId[] {
  const speaker = quoteAt(ctx.quotes, offset)?.speaker
  if (!speaker) return [...ids]
  const country = ctx.actorsById.get(speaker)?.country
  const side = (country && ctx.countryActor.get(country)) || speaker
  return [...new Set(ids.map((id) => (ctx.sideNominals.has(id) && id !== speaker ? side : id)))]
}

const MAX_CONDITION_DISTANCE = 12

/**
 * "threatened sanctions if Russia failed to act", "would resume talks only if the United States lifted
 * tariffs": the subject of a condition stated after the trigger is the party the act is aimed at.
 */
export function conditionSubject(
  ctx: EventContext,
  sentence: Sentence,
  from: number,
  actors: readonly ActorId[],
): ActorId[] {
  const to = Math.min(sentence.tokenEnd, from + MAX_CONDITION_DISTANCE)
  for (let t = from; t < to; t++) {
    const w = norm(ctx, t)
    if (ctx.lang.grammar.HARD_BREAKS.has(w) || ctx.lang.grammar.CLAUSE_SEPARATORS.has(w)) return []
    if (!ctx.lang.grammar.CONDITIONALS.has(w) || pos(ctx, t) !== 'SCONJ') continue
    let k = t + 1
    while (k < sentence.tokenEnd && (pos(ctx, k) === 'DET' || pos(ctx, k) === 'ADJ')) k++
    const m = k < sentence.tokenEnd ? mentionAtToken(ctx, k) : undefined
    const party = m && m.type !== 'pronoun' ? partyOf(ctx, m, true) : null
    return party && !actors.includes(party) ? [party] : []
  }
  return []
}

/**
 * "If Russia is ready to talk, we will engage", "If Iran complies, we will lift sanctions": an act bound by a
 * condition stated before it, naming no counterpart, is aimed at the first party the condition names.
 */
export function precedingConditionParty(
  ctx: EventContext,
  conditional: number,
  trigger: number,
  actors: readonly ActorId[],
): ActorId[] {
  if (conditional < 0 || conditional > trigger) return []
  // the condition clause ends at its first comma ("If the call goes well, officials said, …")
  for (let t = conditional + 1; t < trigger && norm(ctx, t) !== ','; t++) {
    const m = mentionAtToken(ctx, t)
    if (!m || m.tokenStart !== t) continue
    const party = m.type !== 'pronoun' ? partyOf(ctx, m, true) : null
    if (party && !actors.includes(party)) return [party]
    t = m.tokenEnd - 1
  }
  return []
}

/**
 * "Iran would not negotiate under what Washington calls pressure": a refusal that names no counterpart is
 * aimed at the nearest state named in its sentence that is not on the refusing side.
 */
export function refusalCounterpart(
  ctx: EventContext,
  sentence: Sentence,
  at: number,
  actors: readonly ActorId[],
): ActorId[] {
  const sides = new Set(actors.map((a) => ctx.actorsById.get(a)?.country ?? a))
  let best: ActorId | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const m = mentionAtToken(ctx, t)
    if (!m || m.tokenStart !== t || m.type === 'place') continue
    const party = partyOf(ctx, m, false)
    const actor = party ? ctx.actorsById.get(party) : undefined
    if (!party || actor?.kind !== 'country' || actors.includes(party) || sides.has(actor.country ?? party))
      continue
    const distance = Math.abs(t - at)
    if (distance < bestDistance) {
      best = party
      bestDistance = distance
    }
  }
  return best ? [best] : []
}

/** The nearest speech verb before a reported clause ("said Iran would not …"), or -1. */
export function speechVerbBefore(ctx: EventContext, sentence: Sentence, at: number): number {
  for (let t = at - 1; t >= sentence.tokenStart; t--) {
    if (pos(ctx, t) === 'VERB' && ctx.lang.speech.CUE_VERBS[lemma(ctx, t)] === 'speech') return t
  }
  return -1
}

/** The speaker of a reported clause: the quotation's speaker, or the subject of the nearest speech verb. */
export function reportingSpeaker(ctx: EventContext, sentence: Sentence, at: number): ActorId[] {
  const quoted = quoteAt(ctx.quotes, ctx.tokens.start[at]!)?.speaker
  if (quoted) return [quoted]
  const verb = speechVerbBefore(ctx, sentence, at)
  return verb < 0 ? [] : findSubject(ctx, sentence, verbGroupStart(ctx, sentence, verb))
}

/**
 * "Zarif said Iran would not negotiate": a refusal reported by a person of the refusing state is that
 * person's refusal. Other sources are kept.
 */
export function refusingSource(
  ctx: EventContext,
  sentence: Sentence,
  at: number,
  actors: ActorId[],
): ActorId[] {
  const verb = speechVerbBefore(ctx, sentence, at)
  if (verb < 0 || actors.length !== 1) return actors
  const speaker = findSubject(ctx, sentence, verbGroupStart(ctx, sentence, verb))
  const person = speaker.length === 1 ? ctx.actorsById.get(speaker[0]!) : undefined
  const state = ctx.actorsById.get(actors[0]!)
  const sameSide = person?.kind === 'person' && state?.kind === 'country' && person.country === state.country
  return sameSide && person ? [person.id] : actors
}
