import type { EventStatus, Sentence } from '../../doc/layers.js'
import { verbGroupStart } from './arguments.js'

function isVerbLike(ctx: EventContext, t: number): boolean {
  const p = pos(ctx, t)
  return p === 'VERB' || p === 'AUX'
}

import { type EventContext, lemma, norm, pos } from './context.js'

export interface StatusMarkers {
  negated: boolean
  future: boolean
  hypothetical: boolean
  /** True when the event is announced with a modal or an intent verb ("will", "plans to", "would"). */
  announced: boolean
  /** True when "would" is what makes the event hypothetical (no other modal or intent verb does). */
  onlyWould: boolean
  /** True when "will", "shall" or "would" is in the verb group: "will not meet" states a refusal. */
  modal: boolean
  /** The token that set each flag first ("didn’t", "will", "plans"), or -1: what decided the status. */
  readonly cue: { negated: number; future: number; hypothetical: number }
}

export function emptyMarkers(): StatusMarkers {
  const cue = { negated: -1, future: -1, hypothetical: -1 }
  return {
    negated: false,
    future: false,
    hypothetical: false,
    announced: false,
    onlyWould: false,
    modal: false,
    cue,
  }
}

/** Sets a flag and, the first time, the token that set it. */
function mark(markers: StatusMarkers, flag: 'negated' | 'future' | 'hypothetical', token: number): void {
  markers[flag] = true
  if (markers.cue[flag] < 0) markers.cue[flag] = token
}

function readRange(ctx: EventContext, from: number, to: number, markers: StatusMarkers): void {
  for (let t = from; t < to; t++) {
    const w = norm(ctx, t)
    if (ctx.lang.grammar.NEGATORS.has(w)) mark(markers, 'negated', t)
    else if (ctx.lang.grammar.FUTURE_MARKERS.has(w) && pos(ctx, t) !== 'NOUN') {
      mark(markers, 'future', t)
      markers.announced = true
      markers.modal = true
    } else if (ctx.lang.events.ALLEGATION_MODIFIERS.has(w)) {
      markers.onlyWould = false
      mark(markers, 'hypothetical', t)
    } else if (ctx.lang.grammar.HYPOTHETICAL_MODALS.has(w) && pos(ctx, t) === 'AUX') {
      markers.onlyWould = (!markers.hypothetical || markers.onlyWould) && ctx.lang.events.WOULD.has(w)
      if (ctx.lang.events.WOULD.has(w)) markers.modal = true
      mark(markers, 'hypothetical', t)
      markers.announced = true
    }
  }
}

/** "suspected of blowing up", "accused of spying": the allegation word before "of"/"with", or -1. */
function allegationBefore(ctx: EventContext, sentence: Sentence, groupStart: number): number {
  const prep = groupStart - 1
  const word = prep - 1
  if (word < sentence.tokenStart) return -1
  const w = norm(ctx, prep)
  return (w === 'of' || w === 'with') && ctx.lang.events.ALLEGATION_WORDS.has(lemma(ctx, word)) ? word : -1
}

/** "leaves", "leave", "is leaving": a verb told in the present (what is told so of a trip is ahead). */
function isPresent(ctx: EventContext, t: number): boolean {
  const form = norm(ctx, t)
  const base = lemma(ctx, t)
  if (form === base || form === `${base}s` || form === `${base}es`) return true
  if (base.endsWith('y') && form === `${base.slice(0, -1)}ies`) return true
  const before = t - 1 >= 0 ? norm(ctx, t - 1) : ''
  return form.endsWith('ing') && (before === 'is' || before === 'are' || before === "'s" || before === "'re")
}

/**
 * The status an event noun takes from the verb that governs it, read into the markers: "to deter an attack"
 * (hypothetical: prevented), "leaves on Wednesday for talks" (future: where a trip told in the present leads).
 */
export function governorControl(
  ctx: EventContext,
  governor: number,
  nounFirst: number,
  markers: StatusMarkers,
): void {
  const word = lemma(ctx, governor)
  if (ctx.lang.events.PREVENTION_VERBS.has(word)) {
    markers.onlyWould = false
    mark(markers, 'hypothetical', governor)
    return
  }
  if (!ctx.lang.events.MOTION_VERBS.has(word)) return
  let viaFor = false
  for (let t = governor + 1; t < nounFirst; t++) if (norm(ctx, t) === 'for') viaFor = true
  if (viaFor && (isPresent(ctx, governor) || markers.future)) mark(markers, 'future', governor)
}

const CLAUSE_VERB_REACH = 10

/**
 * "could not go it alone on sanctions": an event noun no verb governs takes the modality of its clause's verb
 * (scanning back to a clause boundary): hypothetical under a negated or modal verb, future under a future one.
 */
export function clauseControl(
  ctx: EventContext,
  sentence: Sentence,
  nounFirst: number,
  markers: StatusMarkers,
): void {
  for (let t = nounFirst - 1; t >= sentence.tokenStart && nounFirst - t <= CLAUSE_VERB_REACH; t--) {
    const w = norm(ctx, t)
    const p = pos(ctx, t)
    if (ctx.lang.grammar.HARD_BREAKS.has(w) || ctx.lang.grammar.CLAUSE_SEPARATORS.has(w) || w === ',') return
    if (p === 'SCONJ' || ctx.lang.grammar.RELATIVE_PRONOUNS.has(w)) return
    if (p !== 'VERB') continue
    const clause = verbGroupMarkers(ctx, sentence, verbGroupStart(ctx, sentence, t), t)
    if (clause.negated || clause.hypothetical) {
      markers.onlyWould = false
      const cue = clause.cue.negated >= 0 ? clause.cue.negated : clause.cue.hypothetical
      mark(markers, 'hypothetical', cue)
    } else if (clause.future) mark(markers, 'future', clause.cue.future)
    return
  }
}

/** Does the phrase (space-joined norms) end right before token `end`, inside the sentence? */
export function phraseEndsAt(ctx: EventContext, sentence: Sentence, phrase: string, end: number): boolean {
  const words = phrase.split(' ')
  const first = end - words.length
  if (first < sentence.tokenStart) return false
  return words.every((w, k) => norm(ctx, first + k) === w)
}

const PURPOSE_SUBJECT_REACH = 6

/**
 * The first token of a purpose opener the verb group at `groupStart` stands under, or -1: "in order to meet"
 * (the opener ends in the group's "to"), "so that the army can strike" (the opener before the clause's subject).
 */
export function purposeOpenerAt(ctx: EventContext, sentence: Sentence, groupStart: number): number {
  const toAt = norm(ctx, groupStart) === 'to' ? groupStart + 1 : groupStart
  for (const phrase of ctx.lang.events.PURPOSE_OPENERS) {
    const length = phrase.split(' ').length
    if (phrase.endsWith(' to')) {
      if (phraseEndsAt(ctx, sentence, phrase, toAt)) return toAt - length
      continue
    }
    for (
      let end = groupStart;
      end >= sentence.tokenStart && groupStart - end <= PURPOSE_SUBJECT_REACH;
      end--
    ) {
      if (end < groupStart && (pos(ctx, end) === 'VERB' || ctx.lang.grammar.HARD_BREAKS.has(norm(ctx, end))))
        break
      if (phraseEndsAt(ctx, sentence, phrase, end)) return end - length
    }
  }
  return -1
}

const NOUN_CONTROL_REACH = 3
const FOR_SUBJECT_REACH = 6
/** What the subject of a "for … to" infinitive is made of ("for its peacekeeping forces", "for the army's units"). */
const FOR_SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART'])

/**
 * "a call for its peacekeeping forces to be deployed": the token before "for" when the infinitive's group at
 * `groupStart` has its own subject introduced by "for", else `groupStart - 1` (the governor right before it).
 */
function governorBefore(ctx: EventContext, sentence: Sentence, groupStart: number): number {
  for (let t = groupStart - 1; t > sentence.tokenStart && groupStart - t <= FOR_SUBJECT_REACH; t--) {
    if (norm(ctx, t) === 'for') return t < groupStart - 1 ? t - 1 : groupStart - 1
    if (!FOR_SUBJECT_POS.has(pos(ctx, t))) break
  }
  return groupStart - 1
}

/**
 * "made no commitment to support", "has plans to visit": the status a controlling noun right before an
 * infinitive gives it, read into the markers; the token before the noun phrase, where the chain goes on, or -1
 * when the governor is no controlling noun.
 */
function nounControl(ctx: EventContext, sentence: Sentence, noun: number, markers: StatusMarkers): number {
  const word = lemma(ctx, noun)
  const isRequest = ctx.lang.events.REQUEST_NOUNS.has(word)
  const control = isRequest ? 'hypothetical' : ctx.lang.events.NOUN_CONTROLLERS[word]
  if (!control || pos(ctx, noun) !== 'NOUN') return -1
  let before = noun - 1
  while (before >= sentence.tokenStart && noun - before <= NOUN_CONTROL_REACH) {
    const p = pos(ctx, before)
    if (ctx.lang.grammar.NEGATORS.has(norm(ctx, before))) mark(markers, 'negated', before)
    else if (p !== 'DET' && p !== 'ADJ' && p !== 'PRON') break
    before--
  }
  if (control === 'negated') mark(markers, 'negated', noun)
  else if (control === 'future' || control === 'hypothetical') {
    if (control === 'hypothetical') markers.onlyWould = false
    mark(markers, control, noun)
    markers.announced = !isRequest
  }
  return before
}

/**
 * Negation, modality and intent around a verb group, following "to"-chains upwards ("does not plan to
 * meet", "is scheduled to visit", "tried to hack", "has no plans to visit"); a purpose clause ("in order to meet")
 * is future.
 */
export function verbGroupMarkers(
  ctx: EventContext,
  sentence: Sentence,
  groupStart: number,
  head: number,
): StatusMarkers {
  const markers = emptyMarkers()
  // "left without meeting Trump"
  if (groupStart - 1 >= sentence.tokenStart && norm(ctx, groupStart - 1) === 'without')
    mark(markers, 'negated', groupStart - 1)
  const alleged = allegationBefore(ctx, sentence, groupStart)
  if (alleged >= 0) {
    markers.onlyWould = false
    mark(markers, 'hypothetical', alleged)
  }
  const purpose = purposeOpenerAt(ctx, sentence, groupStart)
  if (purpose >= 0) mark(markers, 'future', purpose)
  let start = groupStart
  let end = head
  for (let guard = 0; guard < 4; guard++) {
    readRange(ctx, start, end, markers)
    const hasTo = norm(ctx, end - 1) === 'to' || (start < end && norm(ctx, start) === 'to')
    const governor = start - 1
    if (!hasTo || governor < sentence.tokenStart || purpose >= 0) break
    const beforeNoun = nounControl(ctx, sentence, governorBefore(ctx, sentence, start), markers)
    if (beforeNoun >= 0) {
      // "has no plans to": the verb that has the noun goes on the chain
      if (!isVerbLike(ctx, beforeNoun)) break
      end = beforeNoun + 1
      start = verbGroupStart(ctx, sentence, beforeNoun)
      continue
    }
    const p = pos(ctx, governor)
    const control = ctx.lang.events.STATUS_CONTROLLERS[lemma(ctx, governor)]
    if (p !== 'VERB' && p !== 'ADJ' && p !== 'AUX' && !control) break
    if (control === 'negated') mark(markers, 'negated', governor)
    else if (control === 'future') {
      mark(markers, 'future', governor)
      markers.announced = true
    } else if (control === 'hypothetical') {
      markers.onlyWould = false
      mark(markers, 'hypothetical', governor)
      markers.announced = true
    }
    end = governor
    start = verbGroupStart(ctx, sentence, governor)
  }
  return markers
}

/** The negator inside a noun phrase before an event noun ("no contact", "without a meeting"), or -1. */
export function nounPhraseNegator(ctx: EventContext, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    if (ctx.lang.grammar.NEGATORS.has(norm(ctx, t)) || ctx.lang.events.ABSENCE_NOUNS.has(lemma(ctx, t)))
      return t
  }
  return -1
}

/**
 * The conditionals of a sentence, by token: "if", "unless", "whether" (the tagger reads "unless" as a
 * preposition too), and the first word of a conditional phrase ("in case", "provided that").
 */
export function conditionalsOf(ctx: EventContext, sentence: Sentence): number[] {
  const found: number[] = []
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const p = pos(ctx, t)
    if (ctx.lang.grammar.CONDITIONALS.has(norm(ctx, t)) && (p === 'SCONJ' || p === 'ADP')) found.push(t)
    else if (ctx.lang.grammar.CONDITIONAL_PHRASES.some((phrase) => phraseStartsAt(ctx, sentence, phrase, t)))
      found.push(t)
  }
  return found
}

function phraseStartsAt(ctx: EventContext, sentence: Sentence, phrase: string, t: number): boolean {
  const words = phrase.split(' ')
  return t + words.length <= sentence.tokenEnd && words.every((w, k) => norm(ctx, t + k) === w)
}

/**
 * The conditional the trigger is under, or -1. A condition before it binds it unless a new clause ("while", "but", ";")
 * starts in between ("If Russia withdraws, Biden will meet Putin"); one after it binds it in the same way,
 * except for speech acts, whose condition is part of what is said ("threatened sanctions if Russia failed").
 */
export function conditionOf(
  ctx: EventContext,
  conditionals: readonly number[],
  trigger: number,
  isSpeechAct: boolean,
): number {
  const found = conditionals.find((c) => {
    if (c > trigger && isSpeechAct) return false
    const [from, to] = c < trigger ? [c, trigger] : [trigger, c]
    for (let t = from + 1; t < to; t++) {
      const w = norm(ctx, t)
      if (ctx.lang.grammar.HARD_BREAKS.has(w) || ctx.lang.grammar.CLAUSE_SEPARATORS.has(w)) return false
    }
    return true
  })
  return found ?? -1
}

/**
 * "We see no sign that Russia is ready …": a clause that is the complement of a negated noun or verb; the
 * negator, or -1.
 */
export function underNegatedComplement(ctx: EventContext, sentence: Sentence, groupStart: number): number {
  for (let t = groupStart - 1; t >= sentence.tokenStart && groupStart - t < 12; t--) {
    const w = norm(ctx, t)
    if (ctx.lang.grammar.HARD_BREAKS.has(w)) return -1
    if (w !== 'that') continue
    for (let k = t - 1; k >= sentence.tokenStart && t - k <= 4; k--)
      if (ctx.lang.grammar.NEGATORS.has(norm(ctx, k))) return k
    return -1
  }
  return -1
}

/**
 * The token that decided a status: the condition, else the word that set the flag `decideStatus` read; -1 for
 * an asserted event.
 */
export function statusCue(markers: StatusMarkers, condition: number, status: EventStatus): number {
  if (status === 'asserted') return -1
  if (condition >= 0) return condition
  if (status === 'negated') return markers.cue.negated
  return status === 'future' ? markers.cue.future : markers.cue.hypothetical
}

/** Combines the markers: a condition first, then negation, then modality, then announced future. */
export function decideStatus(markers: StatusMarkers, conditional: boolean): EventStatus {
  if (conditional) return 'hypothetical'
  if (markers.negated) return 'negated'
  if (markers.hypothetical) return 'hypothetical'
  if (markers.future) return 'future'
  return 'asserted'
}
