/** From the triggers of a sentence to its events: parties by grammatical role, status, date, place, quote. */
import type { ActorId, EventId, PoliticalEvent, Sentence } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import {
  COOPERATIVE_TYPES,
  DEMAND_CAMEO,
  DEMAND_MODES,
  OBLIGATION_MODALS,
  TERRITORIAL_TYPES,
} from '../../lang/en/events-grammar.js'
import { CUE_VERBS } from '../../lang/en/speech-verbs.js'
import { eventDate, placeForTrigger, quoteForTrigger, timexForTrigger } from './anchors.js'
import {
  findAgent,
  findRecipient,
  findSubject,
  governingVerb,
  isPassive,
  nounArguments,
  verbGroupStart,
} from './arguments.js'
import {
  COMPLEMENT_SLOTS,
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
import { type EventContext, lemma, lower, pos, quoteAt } from './context.js'
import { type Draft, intentOf, mergeDrafts, withoutProtestDemands } from './drafts.js'
import type { TriggerIndex } from './lexicon.js'
import {
  decideStatus,
  nounPhraseNegated,
  type StatusMarkers,
  sentenceIsConditional,
  underNegatedComplement,
  verbGroupMarkers,
} from './status.js'
import { findTriggers, type TriggerHit } from './triggers.js'

function spanOf(ctx: EventContext, first: number, end: number): Span {
  return { start: ctx.tokens.start[first]!, end: ctx.tokens.end[end - 1]! }
}

interface Parties {
  actor: ActorId[]
  recipient: ActorId[]
  markers: StatusMarkers
  anchor: number
}

/** Source, recipient and status markers of one trigger, by grammatical role. */
function partiesOf(ctx: EventContext, sentence: Sentence, hit: TriggerHit, throughVerbs: boolean): Parties {
  const entry = hit.entry
  const search = { slots: entry.slots, throughVerbs, allowPlaces: true }
  if (entry.pos === 'N') {
    const agents = entry.isControl ? ['between', 'by', 'from'] : ['between', 'by']
    const np = nounArguments(ctx, sentence, hit.first, hit.end, agents)
    const found = findRecipient(ctx, sentence, hit.end, search)
    const recipient = found && !np.reciprocal ? [...found.actors] : []
    const npStart = np.governor >= 0 ? np.governor + 1 : Math.max(sentence.tokenStart, hit.first - 4)
    const negatedInPhrase = nounPhraseNegated(ctx, npStart, hit.first)
    if (np.governor < 0) {
      const markers = { negated: negatedInPhrase, future: false, hypothetical: false, announced: false }
      return { actor: [...np.actors], recipient, markers, anchor: hit.head }
    }
    const groupStart = verbGroupStart(ctx, sentence, np.governor)
    const markers = verbGroupMarkers(ctx, sentence, groupStart, np.governor)
    if (negatedInPhrase) markers.negated = true
    const actor = np.actors.length > 0 ? [...np.actors] : findSubject(ctx, sentence, groupStart)
    return { actor, recipient, markers, anchor: np.governor }
  }
  const groupStart = verbGroupStart(ctx, sentence, hit.head)
  const markers = verbGroupMarkers(ctx, sentence, groupStart, hit.head)
  if (entry.pos === 'V' && isPassive(ctx, sentence, hit.head)) {
    return {
      actor: findAgent(ctx, sentence, hit.end),
      recipient: findSubject(ctx, sentence, groupStart),
      markers,
      anchor: hit.head,
    }
  }
  const found = findRecipient(ctx, sentence, hit.end, search)
  return {
    actor: findSubject(ctx, sentence, groupStart),
    recipient: found ? [...found.actors] : [],
    markers,
    anchor: hit.head,
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
    const np = nounArguments(ctx, sentence, embedded.first, embedded.end, ['by', 'from'])
    if (np.actors.length > 0) return [...np.actors]
  }
  const slots = [...new Set([...entry.slots, 'obj', ...(object?.entry.slots ?? [])])]
  const found = findRecipient(ctx, sentence, embedded.end, { slots, throughVerbs: true, allowPlaces: true })
  return found ? [...found.actors] : []
}

/** The speaker of a reported clause: the quotation's speaker, or the subject of the nearest speech verb. */
function reportingSpeaker(ctx: EventContext, sentence: Sentence, at: number): ActorId[] {
  const quoted = quoteAt(ctx.quotes, ctx.tokens.start[at]!)?.speaker
  if (quoted) return [quoted]
  for (let t = at - 1; t >= sentence.tokenStart; t--) {
    if (pos(ctx, t) === 'VERB' && CUE_VERBS[lemma(ctx, t)] === 'speech') {
      return findSubject(ctx, sentence, verbGroupStart(ctx, sentence, t))
    }
  }
  return []
}

/** Only a state is the recipient of its own act ("imposed martial law" on its country). */
function isSelf(ctx: EventContext, recipient: ActorId, actors: readonly ActorId[]): boolean {
  return actors.includes(recipient) && ctx.actorsById.get(recipient)?.kind !== 'country'
}

/** Drafts of the events of one sentence. */
function sentenceDrafts(ctx: EventContext, sentence: Sentence, index: TriggerIndex): Draft[] {
  const masks = { insideName: ctx.insideName, timexAt: ctx.timexAt }
  const hits = findTriggers(ctx.tokens, sentence, index, masks).filter((h) => h.entry.type !== null)
  const conditional = sentenceIsConditional(ctx, sentence)
  const absorbed = new Set<number>()
  const embeddedOf = new Map<number, number>()
  /** Embedded verbs whose object noun (the next trigger) was absorbed with them. */
  const objectOf = new Set<number>()
  const drafts: Draft[] = []
  for (let k = 0; k < hits.length; k++) {
    const topic = topicHit(ctx, hits, k)
    if (topic >= 0) absorbed.add(topic)
  }
  hits.forEach((hit, k) => {
    if (!hit.entry.isControl) return
    const e = embeddedHit(ctx, hits, k)
    if (e < 0) return
    embeddedOf.set(k, e)
    absorbed.add(e)
    // "agreed to provide aid for …": the object noun of the embedded verb goes with it
    const next = hits[e + 1]
    if (next && next.entry.pos === 'N' && governingVerb(ctx, sentence, next.first) === hits[e]!.head) {
      absorbed.add(e + 1)
      objectOf.add(e)
    }
    // "willing to send material to help defend Oman": verbs chained in the complement go with it too
    for (let n = e + 1; n < hits.length && continuesComplement(ctx, hits[n - 1]!, hits[n]!); n++)
      absorbed.add(n)
  })

  // "Libya must hand over the suspects", reported: a demand on the clause's subject
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    if (!OBLIGATION_MODALS.has(lower(ctx, t))) continue
    const groupStart = verbGroupStart(ctx, sentence, t)
    const recipient = findSubject(ctx, sentence, groupStart)
    const speaker = reportingSpeaker(ctx, sentence, groupStart)
    if (recipient.length === 0 || speaker.length === 0 || speaker.every((s) => recipient.includes(s)))
      continue
    const inner = hits.findIndex((h) => h.first > t && h.first - t <= 4)
    const innerHit = inner >= 0 ? hits[inner] : undefined
    if (innerHit) absorbed.add(inner)
    const innerType = innerHit?.entry.type
    const mode = innerType ? (DEMAND_MODES[innerType] ?? null) : null
    drafts.push({
      type: 'REQUEST',
      mode,
      cameo: (mode && DEMAND_CAMEO.REQUEST[mode]) ?? '100',
      status: conditional ? 'hypothetical' : 'asserted',
      actor: speaker,
      recipient,
      trigger: spanOf(ctx, t, innerHit ? innerHit.end : t + 1),
      anchor: t,
      announced: false,
    })
  }

  hits.forEach((hit, k) => {
    if (absorbed.has(k)) return
    const choice = hit.entry.isControl ? -1 : refusalChoice(ctx, sentence, hit.first)
    if (choice >= 0) {
      const own = verbGroupMarkers(ctx, sentence, verbGroupStart(ctx, sentence, choice), choice)
      const parties = partiesOf(ctx, sentence, hit, false)
      const actor = findSubject(ctx, sentence, verbGroupStart(ctx, sentence, choice))
      const mode = hit.entry.type ? (DEMAND_MODES[hit.entry.type] ?? null) : null
      drafts.push({
        type: 'REJECT',
        mode,
        cameo: (mode && DEMAND_CAMEO.REJECT[mode]) ?? '120',
        status: decideStatus(own, conditional),
        actor,
        recipient: parties.recipient,
        trigger: spanOf(ctx, choice, hit.end),
        anchor: choice,
        announced: false,
      })
      return
    }
    if (hit.entry.type === 'REJECT' && refusesThePress(ctx, hit)) return
    const e = embeddedOf.get(k)
    const embedded = e === undefined ? undefined : hits[e]
    const parties = partiesOf(ctx, sentence, hit, false)
    let recipient = parties.recipient
    if (recipient.length === 0 && embedded) {
      const object = e !== undefined && objectOf.has(e) ? hits[e + 1] : undefined
      recipient = embeddedRecipient(ctx, sentence, embedded, object).filter(
        (r) => !isSelf(ctx, r, parties.actor),
      )
    }
    if (recipient.length === 0 && !embedded && hit.entry.type && TERRITORIAL_TYPES.has(hit.entry.type)) {
      // "demonstrated in Serbia", "imposed a curfew in … Turkey": the country the action is carried out in
      recipient = territoryOf(ctx, sentence, hit)
    }
    if (recipient.length === 0 && hit.entry.isControl) {
      // "threatened to resume attacks in Israel": the first party named in the complement
      const search = { slots: COMPLEMENT_SLOTS, throughVerbs: true, allowPlaces: true }
      const found = findRecipient(ctx, sentence, hit.end, search)
      if (found) recipient = found.actors.filter((r) => !isSelf(ctx, r, parties.actor))
    }
    const reciprocal =
      parties.actor.length >= 2 && hit.entry.slots.some((slot) => slot === 'with' || slot === 'between')
    if (hit.entry.needsRecipient && recipient.length === 0 && !embedded && !reciprocal) return
    if (parties.actor.length === 0 && recipient.length === 0) return
    const governed = governedShape(hit, embedded, lower(ctx, hit.head))
    if (governed.type === null) return
    const shape = isVerbalAttack(ctx, hit, parties.actor)
      ? VERBAL_ATTACK
      : { type: governed.type, mode: governed.mode, cameo: governed.cameo }
    let { mode, cameo } = shape
    if (shape.type === 'CONSULT' && hasPhoneWord(ctx, sentence, hit)) {
      mode = 'phone'
      cameo = '041'
    }
    const negatedComplement = underNegatedComplement(
      ctx,
      sentence,
      verbGroupStart(ctx, sentence, parties.anchor),
    )
    const status = negatedComplement ? 'hypothetical' : decideStatus(parties.markers, conditional)
    if (status === 'negated' && parties.markers.announced && COOPERATIVE_TYPES.has(shape.type)) {
      // "will not meet", "would not release": a stated refusal
      const refusedMode = DEMAND_MODES[shape.type] ?? null
      drafts.push({
        type: 'REJECT',
        mode: refusedMode,
        cameo: (refusedMode && DEMAND_CAMEO.REJECT[refusedMode]) ?? '120',
        status: 'asserted',
        actor: parties.actor,
        recipient,
        trigger: spanOf(ctx, hit.first, hit.end),
        anchor: parties.anchor,
        announced: false,
      })
      return
    }
    drafts.push({
      type: shape.type,
      mode,
      cameo,
      status,
      actor: parties.actor,
      recipient,
      trigger: spanOf(ctx, hit.first, hit.end),
      anchor: parties.anchor,
      announced: parties.markers.announced,
    })
  })
  const protestAt = hits.filter((h) => h.entry.type === 'PROTEST').map((h) => h.first)
  return mergeDrafts(withoutProtestDemands(ctx, drafts, protestAt))
}

/** Every event of the document, with ids in text order. */
export function buildEvents(ctx: EventContext, index: TriggerIndex): PoliticalEvent[] {
  const events: PoliticalEvent[] = []
  ctx.sentences.forEach((sentence, s) => {
    const drafts = sentenceDrafts(ctx, sentence, index)
    const withIntent = drafts.flatMap((d) => {
      const intent = intentOf(d)
      return intent ? [d, intent] : [d]
    })
    for (const d of withIntent) {
      const timex = timexForTrigger(ctx, sentence, d.anchor)
      events.push({
        id: `e${events.length}` as EventId,
        type: d.type,
        mode: d.mode,
        cameo: d.cameo,
        status: d.status,
        actor: d.actor,
        recipient: d.recipient,
        date: eventDate(ctx, timex, d.status),
        place: placeForTrigger(ctx, sentence, d.anchor),
        trigger: d.trigger,
        sentence: s,
        quote: quoteForTrigger(ctx, d.trigger.start),
      })
    }
  })
  return events
}
