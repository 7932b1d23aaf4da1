/**
 * Evaluative accusations: "Kerry said the Russian action in Crimea was a violation of international law" is
 * an accusation (ACCUSE, disapprove) by the speaker against whoever the judged subject names.
 */
import type { ActorId, Sentence } from '../../doc/layers.js'
import { verbGroupStart } from './arguments.js'
import { type EventContext, lemma, mentionAtToken, norm, partyOf, pos } from './context.js'
import { reportingSpeaker, speechVerbBefore } from './discourse.js'
import type { Draft } from './drafts.js'

const PREDICATE_REACH = 4

/** The evaluative noun a form of "be" at `t` predicates ("was a violation", "is an act of aggression"), or -1. */
function evaluativePredicate(ctx: EventContext, sentence: Sentence, t: number): number {
  for (let k = t + 1; k < sentence.tokenEnd && k - t <= PREDICATE_REACH; k++) {
    const p = pos(ctx, k)
    if (p === 'NOUN') {
      if (ctx.lang.events.EVALUATIVE_NOUNS.has(lemma(ctx, k))) return k
      // "an act of aggression", "a clear case of interference"
      if (norm(ctx, k + 1) === 'of' && ctx.lang.events.EVALUATIVE_NOUNS.has(lemma(ctx, k + 2))) return k + 2
      return -1
    }
    if (p !== 'DET' && p !== 'ADJ' && p !== 'ADV') return -1
  }
  return -1
}

/**
 * The party the judged subject names first, between the speech verb (or sentence start) and "be": the one whose
 * act is judged ("the Israeli raid on the Iraqi reactor" judges Israel).
 */
function judgedParty(ctx: EventContext, from: number, to: number, speaker: readonly ActorId[]): ActorId[] {
  for (let t = from; t < to; t++) {
    const m = mentionAtToken(ctx, t)
    if (!m || m.tokenStart !== t) continue
    const party = partyOf(ctx, m, true)
    if (party && !speaker.includes(party)) return [party]
    t = m.tokenEnd - 1
  }
  return []
}

/** The accusations of one sentence made by calling something a violation, an insult, an act of aggression. */
export function evaluativeDrafts(
  ctx: EventContext,
  sentence: Sentence,
  conditionAt: (at: number) => number,
): Draft[] {
  const drafts: Draft[] = []
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (lemma(ctx, t) !== 'be') continue
    const noun = evaluativePredicate(ctx, sentence, t)
    if (noun < 0) continue
    const groupStart = verbGroupStart(ctx, sentence, t)
    // a negated judgement accuses nobody ("was not a violation")
    if (ctx.lang.grammar.NEGATORS.has(norm(ctx, t + 1))) continue
    const speaker = reportingSpeaker(ctx, sentence, groupStart)
    if (speaker.length === 0) continue
    const verb = speechVerbBefore(ctx, sentence, groupStart)
    const recipient = judgedParty(ctx, verb >= 0 ? verb + 1 : sentence.tokenStart, groupStart, speaker)
    const condition = conditionAt(t)
    drafts.push({
      type: 'ACCUSE',
      mode: 'disapprove',
      cameo: '111',
      status: condition >= 0 ? 'hypothetical' : 'asserted',
      statusCue: condition,
      actor: speaker,
      recipient,
      trigger: { start: ctx.tokens.start[t]!, end: ctx.tokens.end[noun]! },
      anchor: t,
      announced: false,
      rule: `${lemma(ctx, noun)}.n/evaluative`,
    })
  }
  return drafts
}
