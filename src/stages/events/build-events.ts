/** From the triggers of a sentence to its events: parties by grammatical role, status, date, place, quote. */
import type {
  ActorId,
  EventId,
  EventStatus,
  PloverType,
  PoliticalEvent,
  Sentence,
  Timex,
} from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { isLabelledLink } from '../segment/captions.js'
import { eventDate, isFutureInThePast, placeForTrigger, quoteForTrigger, timexForTrigger } from './anchors.js'
import {
  causationBefore,
  findAgent,
  findRecipient,
  findSubject,
  governingVerb,
  isPassive,
  nounArguments,
  verbGroupStart,
} from './arguments.js'
import { backgroundOf, circumstanceOpener } from './background.js'
import {
  continuesComplement,
  embeddedHit,
  governedShape,
  hasPhoneWord,
  isVerbalAttack,
  refusalChoice,
  refusesThePress,
  territoryOf,
  topicHit,
  VERBAL_ATTACK,
} from './constructions.js'
import { type EventContext, mentionAtToken, norm, partyOf, pos, quoteAt } from './context.js'
import {
  conditionSubject,
  consultedPair,
  expandPairs,
  precedingConditionParty,
  refusalCounterpart,
  refusingSource,
  reportingSpeaker,
  speakerSide,
  speechVerbBefore,
} from './discourse.js'
import {
  type Draft,
  intentOf,
  mergeDrafts,
  withConjoinedCounterparts,
  withMeetingCounterparts,
  withoutDeniedEvents,
  withoutProtestDemands,
  withoutSelfDyads,
} from './drafts.js'
import { evaluativeDrafts } from './evaluative.js'
import { frameOf } from './frames.js'
import type { TriggerIndex } from './lexicon.js'
import {
  clauseControl,
  conditionalsOf,
  conditionOf,
  decideStatus,
  emptyMarkers,
  governorControl,
  nounPhraseNegator,
  type StatusMarkers,
  statusCue,
  underNegatedComplement,
  verbGroupMarkers,
} from './status.js'
import { findTriggers, type TriggerHit } from './triggers.js'
import {
  CONFLICTUAL_TYPES,
  COOPERATIVE_TYPES,
  DEMAND_CAMEO,
  DEMAND_MODES,
  SPEECH_ACT_TYPES,
  TERRITORIAL_TYPES,
} from './type-facts.js'

function spanOf(ctx: EventContext, first: number, end: number): Span {
  return { start: ctx.tokens.start[first]!, end: ctx.tokens.end[end - 1]! }
}

interface Parties {
  actor: ActorId[]
  recipient: ActorId[]
  markers: StatusMarkers
  anchor: number
  /** How the parties were read: "subject-object", "passive", "relative-clause", "noun", "noun-of-verb". */
  construction: string
  /** The slot the recipient was found in ("obj", "with", …), or null. */
  slot: string | null
}

/** "the agreement (that) Lavrov reached": the parties named between the noun and the verb of its clause. */
function relativeClauseSubject(ctx: EventContext, hit: TriggerHit): ActorId[] {
  const found: ActorId[] = []
  for (let t = hit.first + 1; t < hit.head; t++) {
    const m = mentionAtToken(ctx, t)
    const party = m && m.tokenStart === t ? partyOf(ctx, m, false) : null
    if (party && !found.includes(party)) found.push(party)
  }
  return found
}

/**
 * "Vietnamese-led forces retook the village after fierce fighting with guerrillas": an event noun in a
 * circumstance phrase that names its counterpart but not who acted is the act of the subject of the clause it
 * qualifies ("who returned to Moscow after the talks" lends the talks no party).
 */
function circumstanceSubject(ctx: EventContext, sentence: Sentence, hit: TriggerHit): ActorId[] {
  const opener = circumstanceOpener(ctx, sentence, hit)
  if (opener < 0) return []
  for (let j = opener - 1; j >= sentence.tokenStart; j--) {
    if (ctx.lang.grammar.HARD_BREAKS.has(norm(ctx, j)) || norm(ctx, j) === ',') return []
    if (mentionAtToken(ctx, j)) continue
    // "have retaken": a word after an auxiliary is the verb, whatever the tagger says
    if (pos(ctx, j) === 'VERB' || (j > sentence.tokenStart && pos(ctx, j - 1) === 'AUX'))
      return findSubject(ctx, sentence, verbGroupStart(ctx, sentence, j))
  }
  return []
}

/** Source, recipient and status markers of one trigger, by grammatical role. */
function partiesOf(
  ctx: EventContext,
  sentence: Sentence,
  hit: TriggerHit,
  eventHeads: ReadonlyMap<number, TriggerHit>,
): Parties {
  const entry = hit.entry
  const search = { slots: entry.slots, throughVerbs: false, allowPlaces: true }
  if (entry.pos === 'N') {
    const agents = entry.isControl ? ctx.lang.events.CONTROL_AGENT_SLOTS : ctx.lang.events.AGENT_SLOTS
    const np = nounArguments(ctx, sentence, hit.first, hit.end, agents)
    const found = findRecipient(ctx, sentence, hit.end, search)
    const recipient = found && !np.reciprocal ? [...found.actors] : []
    const slot = recipient.length > 0 ? (found?.slot ?? null) : null
    const npStart = np.governor >= 0 ? np.governor + 1 : Math.max(sentence.tokenStart, hit.first - 4)
    const negator = nounPhraseNegator(ctx, npStart, hit.first)
    // "the UN condemned the attack": the object of another event's verb has only the actors it names itself
    const governorHit = eventHeads.get(np.governor)
    if (np.governor < 0 || (governorHit && governorHit.entry.type !== entry.type)) {
      const markers = emptyMarkers()
      if (negator >= 0) markers.negated = true
      markers.cue.negated = negator
      if (np.governor < 0 && negator < 0) clauseControl(ctx, sentence, hit.first, markers)
      const circumstance =
        np.actors.length === 0 && np.governor < 0 && recipient.length > 0
          ? circumstanceSubject(ctx, sentence, hit)
          : []
      if (circumstance.length > 0)
        return {
          actor: circumstance,
          recipient,
          markers,
          anchor: hit.head,
          construction: 'circumstance',
          slot,
        }
      return { actor: [...np.actors], recipient, markers, anchor: hit.head, construction: 'noun', slot }
    }
    const groupStart = verbGroupStart(ctx, sentence, np.governor)
    const markers = verbGroupMarkers(ctx, sentence, groupStart, np.governor)
    governorControl(ctx, np.governor, hit.first, markers)
    if (negator >= 0) {
      markers.negated = true
      if (markers.cue.negated < 0) markers.cue.negated = negator
    }
    const actor = np.actors.length > 0 ? [...np.actors] : findSubject(ctx, sentence, groupStart)
    return { actor, recipient, markers, anchor: np.governor, construction: 'noun-of-verb', slot }
  }
  const groupStart = verbGroupStart(ctx, sentence, hit.head)
  const markers = verbGroupMarkers(ctx, sentence, groupStart, hit.head)
  if (entry.pos === 'V' && isPassive(ctx, sentence, hit.head)) {
    return {
      actor: findAgent(ctx, sentence, hit.end),
      recipient: findSubject(ctx, sentence, groupStart),
      markers,
      anchor: hit.head,
      construction: 'passive',
      slot: 'subject',
    }
  }
  const found = findRecipient(ctx, sentence, hit.end, search)
  // "ordered the paper to suspend publication": coercion is the orderer's act ("forced the rebels to
  // withdraw" stays the rebels' retreat)
  const coercive = entry.pos === 'V' && entry.type !== null && CONFLICTUAL_TYPES.has(entry.type)
  const causation = entry.pos === 'V' ? causationBefore(ctx, sentence, groupStart) : null
  if (causation?.kind === 'desire') {
    const wantStart = verbGroupStart(ctx, sentence, causation.verb)
    return {
      actor: findSubject(ctx, sentence, wantStart),
      recipient: [...causation.object],
      markers: verbGroupMarkers(ctx, sentence, wantStart, causation.verb),
      anchor: causation.verb,
      construction: 'desire',
      slot: 'obj',
    }
  }
  if (causation && coercive) {
    const causeStart = verbGroupStart(ctx, sentence, causation.verb)
    // "ordered the army to attack": a state's own forces carry the act out, they do not suffer it
    const target = causation.object.filter((id) => !isStateForce(ctx, id))
    return {
      actor: findSubject(ctx, sentence, causeStart),
      recipient: found ? [...found.actors] : target,
      markers: verbGroupMarkers(ctx, sentence, causeStart, causation.verb),
      anchor: causation.verb,
      construction: 'causative',
      slot: found?.slot ?? 'obj',
    }
  }
  const relative = hit.head > hit.first && pos(ctx, hit.first) === 'NOUN'
  return {
    actor: relative ? relativeClauseSubject(ctx, hit) : findSubject(ctx, sentence, groupStart),
    recipient: found ? [...found.actors] : [],
    markers,
    anchor: hit.head,
    construction: relative ? 'relative-clause' : 'subject-object',
    slot: found?.slot ?? null,
  }
}

/**
 * The recipient an absorbed event lends its governor: for a noun, who made it ("rejected Iraq's proposal",
 * "calls by Annan"); for a verb, its object or prepositional slot, read through the complement ("is willing
 * to send material to help defend Saudi Arabia").
 */
function embeddedRecipient(
  ctx: EventContext,
  sentence: Sentence,
  embedded: TriggerHit,
  object: TriggerHit | undefined,
): ActorId[] {
  const { entry } = embedded
  if (entry.pos === 'N') {
    const np = nounArguments(ctx, sentence, embedded.first, embedded.end, ctx.lang.events.MAKER_SLOTS)
    if (np.actors.length > 0) return [...np.actors]
  }
  // "rejected calls by Kofi Annan" (a noun the tagger took for a verb), "refused to be questioned by police":
  // the agent right after what is refused made it
  if (norm(ctx, embedded.end) === 'by') {
    const agent = findAgent(ctx, sentence, embedded.end)
    if (agent.length > 0) return agent
  }
  const slots = [...new Set([...entry.slots, 'obj', ...(object?.entry.slots ?? [])])]
  const found = findRecipient(ctx, sentence, embedded.end, { slots, throughVerbs: true, allowPlaces: true })
  return found ? [...found.actors] : []
}

/** "will not meet", "would not negotiate": a cooperative act announced as not happening is a refusal. */
function isAnnouncedRefusal(markers: StatusMarkers, type: PloverType | null): boolean {
  return markers.negated && markers.modal && type !== null && COOPERATIVE_TYPES.has(type)
}

/** Sectors of the bodies a state acts through: ordered to act, they are its instruments. */
const STATE_FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'SPY', 'GOV'])

function isStateForce(ctx: EventContext, actor: ActorId): boolean {
  return STATE_FORCE_SECTORS.has(ctx.actorsById.get(actor)?.sector ?? '')
}

function isMedia(ctx: EventContext, actor: ActorId): boolean {
  return ctx.actorsById.get(actor)?.sector === 'MED'
}

/** Only a state is the recipient of its own act ("imposed martial law" on its country). */
function isSelf(ctx: EventContext, recipient: ActorId, actors: readonly ActorId[]): boolean {
  return actors.includes(recipient) && ctx.actorsById.get(recipient)?.kind !== 'country'
}

/** What the triggers of one sentence share while they are turned into drafts. */
interface SentenceScope {
  readonly ctx: EventContext
  readonly sentence: Sentence
  readonly hits: readonly TriggerHit[]
  /** Head token → verb trigger, to tell an event noun governed by another event ("condemned the attack"). */
  readonly eventHeads: ReadonlyMap<number, TriggerHit>
  /** Hits that are part of another event (a complement, a topic, a demand's content). */
  readonly absorbed: Set<number>
  /** Control hit → the hit it governs. */
  readonly embeddedOf: Map<number, number>
  /** Embedded verbs whose object noun (the next trigger) was absorbed with them. */
  readonly objectOf: Set<number>
  readonly conditional: (at: number, type: PloverType | null) => boolean
  /** The conditional token binding a trigger at `at`, or -1. */
  readonly conditionAt: (at: number, type: PloverType | null) => number
  /** Pairs of persons who consulted in earlier sentences, oldest first ("the two leaders"). */
  readonly earlierPairs: readonly (readonly ActorId[])[]
}

function scopeOf(
  ctx: EventContext,
  sentence: Sentence,
  index: TriggerIndex,
  earlierPairs: readonly (readonly ActorId[])[],
): SentenceScope {
  const masks = { insideName: ctx.insideName, timexAt: ctx.timexAt }
  // "would not accept": verbs that are events only as a stated refusal trigger nothing otherwise
  const found = findTriggers(ctx.lang, ctx.tokens, sentence, index, masks)
  const events = found.filter(
    (h) => h.entry.type !== null && (!h.entry.onlyRefused || statesRefusal(ctx, sentence, h)),
  )
  if (ctx.tracing) for (const h of found) traceTrigger(ctx, h, events.includes(h))
  const foreground = events.filter((h) => {
    const background = backgroundOf(ctx, sentence, h)
    if (background && ctx.tracing) ctx.trace(h.entry.id, h.first, h.end, `dropped: background, ${background}`)
    return background === null
  })
  const hits = withoutCircumstances(ctx, sentence, foreground)
  const conditionals = conditionalsOf(ctx, sentence)
  const conditionAt = (at: number, type: PloverType | null) =>
    conditionOf(ctx, conditionals, at, type !== null && SPEECH_ACT_TYPES.has(type))
  return {
    ctx,
    sentence,
    hits,
    eventHeads: new Map(hits.filter((h) => h.entry.pos !== 'N').map((h) => [h.head, h])),
    absorbed: new Set(),
    embeddedOf: new Map(),
    objectOf: new Set(),
    conditional: (at, type) => conditionAt(at, type) >= 0,
    conditionAt,
    earlierPairs,
  }
}

/**
 * Drops event nouns in circumstance phrases ("after two days of fighting", "in protest of last week's arrest")
 * when the sentence has news of its own: another trigger outside such a phrase. Alone, the noun is kept.
 */
function withoutCircumstances(
  ctx: EventContext,
  sentence: Sentence,
  hits: readonly TriggerHit[],
): TriggerHit[] {
  const circumstantial = hits.map((h) => circumstanceOpener(ctx, sentence, h))
  if (circumstantial.every((opener) => opener >= 0)) return [...hits]
  return hits.filter((h, k) => {
    const opener = circumstantial[k]!
    if (opener >= 0 && ctx.tracing)
      ctx.trace(
        h.entry.id,
        h.first,
        h.end,
        `dropped: background, in a circumstance phrase ("${norm(ctx, opener)} …"; rule circumstance-phrase)`,
      )
    return opener < 0
  })
}

function traceTrigger(ctx: EventContext, hit: TriggerHit, kept: boolean): void {
  const { entry } = hit
  const what =
    entry.type === null ? 'no event (blocks a shorter trigger)' : `${entry.type}/${entry.mode ?? '-'}`
  const why = entry.type !== null && !kept ? '; dropped: an event only as a stated refusal' : ''
  ctx.trace(entry.id, hit.first, hit.end, `trigger matched: ${what} (lexicon line ${entry.line})${why}`)
}

/** Is the hit a cooperative act announced as not happening, in a clause of its own ("that it would not …")? */
function statesRefusal(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  if (hit.entry.pos !== 'V') return false
  const markers = verbGroupMarkers(ctx, sentence, verbGroupStart(ctx, sentence, hit.head), hit.head)
  return isAnnouncedRefusal(markers, hit.entry.type)
}

function traceAbsorbed(ctx: EventContext, hit: TriggerHit, by: string): void {
  ctx.trace(hit.entry.id, hit.first, hit.end, `no event of its own: ${by}`)
}

/** Marks what control words govern ("agreed to provide aid for …") and what talks are about. */
function absorbComplements(scope: SentenceScope): void {
  const { ctx, sentence, hits, absorbed } = scope
  for (let k = 0; k < hits.length; k++) {
    const topic = topicHit(ctx, hits, k)
    if (topic >= 0) absorbed.add(topic)
    if (topic >= 0 && ctx.tracing) traceAbsorbed(ctx, hits[topic]!, `the topic of ${hits[k]!.entry.id}`)
  }
  hits.forEach((hit, k) => {
    if (!hit.entry.isControl) return
    const e = embeddedHit(ctx, hits, k)
    if (e < 0) return
    // "warned that it would not accept ultimatums": the warning is the refusal it states
    if (hit.entry.type === 'THREATEN' && statesRefusal(ctx, sentence, hits[e]!)) {
      absorbed.add(k)
      return
    }
    scope.embeddedOf.set(k, e)
    absorbed.add(e)
    if (ctx.tracing) traceAbsorbed(ctx, hits[e]!, `governed by ${hit.entry.id}`)
    // the object noun of the embedded verb goes with it
    const next = hits[e + 1]
    if (next && next.entry.pos === 'N' && governingVerb(ctx, sentence, next.first) === hits[e]!.head) {
      absorbed.add(e + 1)
      scope.objectOf.add(e)
    }
    // "willing to send material to help defend Oman": verbs chained in the complement go with it too
    for (let n = e + 1; n < hits.length && continuesComplement(ctx, hits[n - 1]!, hits[n]!); n++)
      absorbed.add(n)
  })
}

/** "Libya must hand over the suspects", reported: a demand by the speaker on the clause's subject. */
function obligationDrafts(scope: SentenceScope): Draft[] {
  const { ctx, sentence, hits } = scope
  const drafts: Draft[] = []
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (!ctx.lang.grammar.OBLIGATION_MODALS.has(norm(ctx, t))) continue
    const groupStart = verbGroupStart(ctx, sentence, t)
    const recipient = findSubject(ctx, sentence, groupStart)
    const speaker = reportingSpeaker(ctx, sentence, groupStart)
    if (recipient.length === 0 || speaker.length === 0 || speaker.every((s) => recipient.includes(s)))
      continue
    const inner = hits.findIndex((h) => h.first > t && h.first - t <= 4)
    const innerHit = inner >= 0 ? hits[inner] : undefined
    if (innerHit) scope.absorbed.add(inner)
    const innerType = innerHit?.entry.type
    const mode = innerType ? (DEMAND_MODES[innerType] ?? null) : null
    const condition = scope.conditionAt(t, 'REQUEST')
    drafts.push({
      type: 'REQUEST',
      mode,
      cameo: (mode && DEMAND_CAMEO.REQUEST[mode]) ?? '100',
      status: condition >= 0 ? 'hypothetical' : 'asserted',
      statusCue: condition,
      actor: speaker,
      recipient,
      trigger: spanOf(ctx, t, innerHit ? innerHit.end : t + 1),
      anchor: t,
      announced: false,
      rule: `${norm(ctx, t)}/obligation${innerHit ? `+${innerHit.entry.id}` : ''}`,
    })
  }
  return drafts
}

/** "chose not to meet him": a REJECT of what the choice refuses, or null. */
function refusalDraft(scope: SentenceScope, hit: TriggerHit): Draft | null {
  const { ctx, sentence } = scope
  const choice = hit.entry.isControl ? -1 : refusalChoice(ctx, sentence, hit.first)
  if (choice < 0) return null
  const groupStart = verbGroupStart(ctx, sentence, choice)
  const own = verbGroupMarkers(ctx, sentence, groupStart, choice)
  const mode = hit.entry.type ? (DEMAND_MODES[hit.entry.type] ?? null) : null
  const condition = scope.conditionAt(choice, 'REJECT')
  const status = decideStatus(own, condition >= 0)
  return {
    type: 'REJECT',
    mode,
    cameo: (mode && DEMAND_CAMEO.REJECT[mode]) ?? '120',
    status,
    statusCue: statusCue(own, condition, status),
    actor: findSubject(ctx, sentence, groupStart),
    recipient: partiesOf(ctx, sentence, hit, scope.eventHeads).recipient,
    trigger: spanOf(ctx, choice, hit.end),
    anchor: choice,
    announced: false,
    rule: `${hit.entry.id}/refusal-choice`,
  }
}

/** The recipient when the trigger names none itself: from what it governs, where it happens, its complement. */
function fallbackRecipient(scope: SentenceScope, k: number, actors: readonly ActorId[]): ActorId[] {
  const { ctx, sentence, hits } = scope
  const hit = hits[k]!
  const e = scope.embeddedOf.get(k)
  if (e !== undefined) {
    const object = scope.objectOf.has(e) ? hits[e + 1] : undefined
    const found = embeddedRecipient(ctx, sentence, hits[e]!, object).filter((r) => !isSelf(ctx, r, actors))
    if (found.length > 0) return found
  }
  const { type, mode } = hit.entry
  if (e === undefined && type !== null && TERRITORIAL_TYPES.has(type) && mode !== 'resign') {
    // "demonstrated in Serbia", "imposed a curfew in … Turkey": the country the action is carried out in
    const where = territoryOf(ctx, sentence, hit)
    if (where.length > 0) return where
  }
  if (hit.entry.isControl && actors.length < 2) {
    // "threatened to resume attacks in Israel": the first party named in the complement
    // (parties agreeing among themselves have no recipient)
    const search = { slots: ctx.lang.events.COMPLEMENT_SLOTS, throughVerbs: true, allowPlaces: true }
    const found = findRecipient(ctx, sentence, hit.end, search)?.actors.filter((r) => !actors.includes(r))
    if (found && found.length > 0) return found
  }
  const after = conditionSubject(ctx, sentence, hit.end, actors)
  if (after.length > 0) return after
  const condition = scope.conditionAt(hit.head, type)
  return precedingConditionParty(ctx, condition, hit.first, actors)
}

/** A status and the token that decided it (-1 when asserted, or when no single word did). */
interface DecidedStatus {
  readonly status: EventStatus
  readonly cue: number
}

/**
 * Status from the markers, the conditions and the clause an event is reported in; a reported "would" with a
 * date ahead is future ("He said he would speak with Kerry next week").
 */
function eventStatus(
  scope: SentenceScope,
  hit: TriggerHit,
  parties: Parties,
  type: PloverType,
): DecidedStatus {
  const { ctx, sentence } = scope
  const complement = underNegatedComplement(ctx, sentence, verbGroupStart(ctx, sentence, parties.anchor))
  if (complement >= 0) {
    if (ctx.tracing)
      traceStatus(ctx, hit, 'hypothetical', complement, 'under a negated complement ("no sign that …")')
    return { status: 'hypothetical', cue: complement }
  }
  const condition = scope.conditionAt(parties.anchor, type)
  const conditional = condition >= 0
  const decided = decideStatus(parties.markers, conditional)
  const cue = statusCue(parties.markers, condition, decided)
  if (decided !== 'hypothetical' || conditional || !parties.markers.onlyWould) {
    if (ctx.tracing) traceStatus(ctx, hit, decided, cue, conditional ? 'a condition' : 'the verb group')
    return { status: decided, cue }
  }
  const reported =
    quoteAt(ctx.quotes, ctx.tokens.start[hit.first]!) !== undefined ||
    speechVerbBefore(ctx, sentence, parties.anchor) >= 0
  const status = reported && isFutureInThePast(ctx, sentence, parties.anchor) ? 'future' : decided
  if (ctx.tracing)
    traceStatus(
      ctx,
      hit,
      status,
      cue,
      status === 'future' ? 'reported "would", dated ahead' : 'the verb group',
    )
  return { status, cue }
}

function traceStatus(
  ctx: EventContext,
  hit: TriggerHit,
  status: EventStatus,
  cue: number,
  from: string,
): void {
  const word = cue >= 0 ? ctx.text.slice(ctx.tokens.start[cue]!, ctx.tokens.end[cue]!) : null
  const [first, end] = cue >= 0 ? [cue, cue + 1] : [hit.first, hit.end]
  ctx.trace(`status/${status}`, first, end, word ? `by "${word}" (${from})` : `no status word (${from})`)
}

/** Traces why a trigger gives no event; returns no drafts, the caller's answer. */
function dropped(ctx: EventContext, hit: TriggerHit, why: string): Draft[] {
  if (ctx.tracing) ctx.trace(hit.entry.id, hit.first, hit.end, `dropped: ${why}`)
  return []
}

function traceParties(
  ctx: EventContext,
  hit: TriggerHit,
  parties: Parties,
  actor: readonly ActorId[],
  recipient: readonly ActorId[],
  fromSlot: boolean,
): void {
  const names = (ids: readonly ActorId[]) => ids.map((id) => ctx.actorsById.get(id)?.name ?? id).join(' + ')
  const by = parties.construction === 'passive' ? 'the agent ("by")' : `the ${parties.construction} reading`
  if (actor.length > 0) ctx.trace('party/actor', hit.first, hit.end, `${names(actor)}, by ${by}`)
  if (recipient.length === 0) return
  const slot = fromSlot ? `slot "${parties.slot ?? '?'}"` : 'a fallback (complement, territory, condition)'
  ctx.trace('party/recipient', hit.first, hit.end, `${names(recipient)}, from ${slot}`)
}

/**
 * The events of one trigger: none when it has no party or is no event here, two for a stated refusal ("will not
 * meet": the meeting, negated, and the refusal, asserted).
 */
function eventDrafts(scope: SentenceScope, k: number): Draft[] {
  const { ctx, sentence, hits } = scope
  const hit = hits[k]!
  if (hit.entry.type === 'REJECT' && refusesThePress(ctx, hit))
    return dropped(ctx, hit, 'a refusal to talk to the press')
  const e = scope.embeddedOf.get(k)
  const embedded = e === undefined ? undefined : hits[e]
  const parties = partiesOf(ctx, sentence, hit, scope.eventHeads)
  if (parties.construction === 'desire') return desireDrafts(scope, hit, parties)
  const refusal =
    isAnnouncedRefusal(parties.markers, hit.entry.type) && !scope.conditional(parties.anchor, hit.entry.type)
  if (hit.entry.onlyRefused && !refusal) return dropped(ctx, hit, 'an event only as a stated refusal')
  const subject = speakerSide(
    ctx,
    expandPairs(ctx, parties.actor, scope.earlierPairs),
    ctx.tokens.start[hit.first]!,
  )
  const actor = refusal ? refusingSource(ctx, sentence, parties.anchor, subject) : subject
  const named = expandPairs(ctx, parties.recipient, scope.earlierPairs)
  const found = named.length > 0 ? named : fallbackRecipient(scope, k, actor)
  const recipient = found.length === 0 && refusal ? refusalCounterpart(ctx, sentence, hit.head, actor) : found
  const reciprocal =
    actor.length >= 2 && hit.entry.slots.some((slot) => slot === 'with' || slot === 'between')
  if (hit.entry.needsRecipient && recipient.length === 0 && !embedded && !reciprocal)
    return dropped(ctx, hit, 'the entry needs a recipient and none was found')
  // talking to reporters is no consultation
  if (hit.entry.type === 'CONSULT' && recipient.length > 0 && recipient.every((r) => isMedia(ctx, r)))
    return dropped(ctx, hit, 'talking to the press is no consultation')
  if (actor.length === 0 && recipient.length === 0) return dropped(ctx, hit, 'no party found')
  // "signed the truce in Minsk": where it happened is no party of its own
  if (actor.length === 0 && recipient.every((r) => ctx.actorsById.get(r)?.byPlace === true))
    return dropped(ctx, hit, 'only a place where it happened, no party (rule place-only)')
  const governed = governedShape(ctx, hit, embedded, norm(ctx, hit.head))
  if (governed.type === null) return dropped(ctx, hit, 'what it governs is no event')
  const groupStart = verbGroupStart(ctx, sentence, hit.head)
  const frame = frameOf(ctx, sentence, hit, parties.construction === 'passive', groupStart)
  if (frame.verdict === 'drop') return dropped(ctx, hit, frame.why)
  if (ctx.tracing) traceParties(ctx, hit, parties, actor, recipient, named.length > 0)
  const shape =
    frame.verdict === 'criticism' || isVerbalAttack(ctx, hit, actor)
      ? VERBAL_ATTACK
      : { type: governed.type, mode: governed.mode, cameo: governed.cameo }
  const phone = shape.type === 'CONSULT' && hasPhoneWord(ctx, sentence, hit)
  const { status, cue } = eventStatus(scope, hit, parties, shape.type)
  const rule =
    `${hit.entry.id}/${parties.construction}` +
    (embedded ? `+${embedded.entry.id}` : '') +
    (shape === VERBAL_ATTACK ? '+verbal-attack' : '')
  const base = {
    actor,
    recipient,
    trigger: spanOf(ctx, hit.first, hit.end),
    anchor: parties.anchor,
  }
  const event: Draft = {
    ...base,
    type: shape.type,
    mode: phone ? 'phone' : shape.mode,
    cameo: phone ? '041' : shape.cameo,
    status,
    statusCue: cue,
    announced: parties.markers.announced,
    rule,
  }
  if (status === 'negated' && shape.type === 'REJECT' && embedded?.entry.type) {
    // "did not rule out talks with Moscow": what is not refused is possible
    const possible: Draft = {
      ...event,
      type: embedded.entry.type,
      mode: embedded.entry.mode,
      cameo: embedded.entry.cameo,
      status: 'hypothetical',
      trigger: spanOf(ctx, embedded.first, embedded.end),
      rule: `${embedded.entry.id}/not-refused`,
    }
    return [event, possible]
  }
  if (status !== 'negated' || !parties.markers.modal || !COOPERATIVE_TYPES.has(shape.type)) return [event]
  // "will not meet", "would not release": the act does not happen, and saying so is a refusal
  const refused = DEMAND_MODES[shape.type] ?? null
  const cameo = (refused && DEMAND_CAMEO.REJECT[refused]) ?? '120'
  const statedRefusal: Draft = {
    ...base,
    type: 'REJECT',
    mode: refused,
    cameo,
    status: 'asserted',
    statusCue: -1,
    announced: false,
    statementOfIntent: true,
    rule: `${rule}+stated-refusal`,
  }
  return [event, statedRefusal]
}

/**
 * "The US wanted Syria to withdraw its troops": wanting someone to act is a request to them (the mode from the
 * act wanted), not the act itself.
 */
function desireDrafts(scope: SentenceScope, hit: TriggerHit, parties: Parties): Draft[] {
  const { ctx } = scope
  const actor = parties.actor.filter((a) => !parties.recipient.includes(a))
  if (actor.length === 0 || parties.recipient.length === 0 || hit.entry.type === null)
    return dropped(ctx, hit, 'a wish with no one wishing or no one asked')
  const mode = DEMAND_MODES[hit.entry.type] ?? null
  const { status, cue } = eventStatus(scope, hit, parties, 'REQUEST')
  return [
    {
      type: 'REQUEST',
      mode,
      cameo: (mode && DEMAND_CAMEO.REQUEST[mode]) ?? '100',
      status,
      statusCue: cue,
      actor,
      recipient: [...parties.recipient],
      trigger: spanOf(ctx, parties.anchor, hit.end),
      anchor: parties.anchor,
      announced: false,
      rule: `${hit.entry.id}/desire`,
    },
  ]
}

/** Drafts of the events of one sentence. */
function sentenceDrafts(
  ctx: EventContext,
  sentence: Sentence,
  index: TriggerIndex,
  earlierPairs: readonly (readonly ActorId[])[],
): Draft[] {
  const scope = scopeOf(ctx, sentence, index, earlierPairs)
  absorbComplements(scope)
  const drafts = [
    ...obligationDrafts(scope),
    ...evaluativeDrafts(ctx, sentence, (at) => scope.conditionAt(at, 'ACCUSE')),
  ]
  scope.hits.forEach((hit, k) => {
    if (scope.absorbed.has(k)) return
    const refusal = refusalDraft(scope, hit)
    drafts.push(...(refusal ? [refusal] : eventDrafts(scope, k)))
  })
  const protestAt = scope.hits.filter((h) => h.entry.type === 'PROTEST').map((h) => h.first)
  const merged = mergeDrafts(withMeetingCounterparts(withoutProtestDemands(ctx, drafts, protestAt)))
  return withoutDeniedEvents(ctx, withoutSelfDyads(ctx, withConjoinedCounterparts(merged)))
}

/**
 * An event dated after the article was published has not happened yet ("meets Lavrov on Friday" in Monday's
 * paper): future, decided by its date. A statement of intent or a refusal is made now, whatever it is about.
 */
function datedAhead(ctx: EventContext, d: Draft, timex: Timex | undefined): Draft {
  if (d.status !== 'asserted' || d.statementOfIntent || !timex || timex.kind !== 'point') return d
  const start = timex.range?.start
  if (start === undefined || ctx.date === null || start.slice(0, 10) <= ctx.date.slice(0, 10)) return d
  if (ctx.tracing) ctx.trace('status/future', timex.tokenStart, timex.tokenEnd, 'dated after publication')
  return { ...d, status: 'future', statusCue: timex.tokenStart, rule: `${d.rule}+dated-ahead` }
}

/** Every event of the document, with ids in text order. */
export function buildEvents(ctx: EventContext, index: TriggerIndex): PoliticalEvent[] {
  const events: PoliticalEvent[] = []
  const pairs: (readonly ActorId[])[] = []
  const labels = ctx.lang.speech.LINK_LABELS
  ctx.sentences.forEach((sentence, s) => {
    if (isLabelledLink(sentence, { text: ctx.text, ...ctx.tokens }, labels)) {
      if (ctx.tracing)
        ctx.traceSpan('page-label', sentence, 'no events: a labelled link or caption, not the article')
      return
    }
    const drafts = sentenceDrafts(ctx, sentence, index, pairs)
    for (const d of drafts) {
      const pair = d.type === 'CONSULT' ? consultedPair(ctx, [...d.actor, ...d.recipient]) : null
      if (pair) pairs.push(pair)
    }
    const withIntent = drafts.flatMap((d) => {
      const intent = intentOf(ctx, d)
      return intent ? [d, intent] : [d]
    })
    for (const draft of withIntent) {
      const timex = timexForTrigger(ctx, sentence, draft.anchor)
      const d = datedAhead(ctx, draft, timex)
      if (ctx.tracing)
        ctx.traceSpan(d.rule, d.trigger, `event e${events.length}: ${d.type}/${d.mode ?? '-'} ${d.status}`)
      events.push({
        id: `e${events.length}` as EventId,
        type: d.type,
        mode: d.mode,
        cameo: d.cameo,
        status: d.status,
        actor: d.actor,
        recipient: d.recipient,
        date: eventDate(ctx, timex, d.status, d.anchor),
        place: placeForTrigger(ctx, sentence, d.anchor),
        trigger: d.trigger,
        statusCue: d.statusCue >= 0 ? spanOf(ctx, d.statusCue, d.statusCue + 1) : null,
        sentence: s,
        quote: quoteForTrigger(ctx, d.trigger.start),
        rule: d.rule,
      })
    }
  })
  return events
}
