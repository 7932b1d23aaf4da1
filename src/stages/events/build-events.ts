import type { ActorId, EventId, EventStatus, PloverType, PoliticalEvent, Sentence } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import {
  CONFLICTUAL_TYPES,
  COOPERATIVE_TYPES,
  DEMAND_CAMEO,
  DEMAND_MODES,
  HARD_BREAKS,
  INTENT_CONTROLLERS,
  NEGATORS,
  OBLIGATION_MODALS,
  PHONE_WORDS,
  PRESS_VERBS,
  REFUSAL_CHOICES,
  TERRITORIAL_TYPES,
  THREAT_MODES,
  VERBAL_ATTACK_LEMMAS,
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
import { type EventContext, lemma, lower, mentionAtToken, partyOf, pos, quoteAt } from './context.js'
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

/** An event before ids, dates and places are attached. */
interface Draft {
  type: PloverType
  mode: string | null
  cameo: string | null
  status: EventStatus
  actor: ActorId[]
  recipient: ActorId[]
  trigger: Span
  /** Token the date and place are anchored on. */
  anchor: number
  /** Announced with a modal or an intent verb ("will meet"): a statement of intent in PLOVER terms. */
  announced: boolean
}

const MAX_EMBED_DISTANCE = 10
const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning'])
const TERRITORY_WORDS: ReadonlySet<string> = new Set(['in', 'throughout', 'across', 'inside', 'within'])
const COMPLEMENT_SLOTS: readonly string[] = ['obj', 'to', 'on', 'against', 'in', 'into', 'at', 'with']
const MAX_TERRITORY_DISTANCE = 15

/** The country named as where an action happens, before or after the trigger in its clause ("in Serbia"). */
function territoryOf(ctx: EventContext, sentence: Sentence, hit: TriggerHit): ActorId[] {
  let best: ActorId | null = null
  let bestDistance = MAX_TERRITORY_DISTANCE + 1
  const from = Math.max(sentence.tokenStart + 1, hit.first - MAX_TERRITORY_DISTANCE)
  const to = Math.min(sentence.tokenEnd, hit.end + MAX_TERRITORY_DISTANCE)
  for (let t = from; t < to; t++) {
    if (!TERRITORY_WORDS.has(lower(ctx, t))) continue
    let k = t + 1
    while (k < to && (pos(ctx, k) === 'DET' || pos(ctx, k) === 'ADJ')) k++
    // "in the northern city of Kirkuk"
    if (k + 1 < to && pos(ctx, k) === 'NOUN' && lower(ctx, k + 1) === 'of') k += 2
    const m = k < to ? mentionAtToken(ctx, k) : undefined
    const party = m && m.tokenStart === k ? partyOf(ctx, m, true) : null
    const distance = Math.abs(t - hit.first)
    if (!party || distance >= bestDistance || crossesHardBreak(ctx, t, hit.first)) continue
    best = party
    bestDistance = distance
  }
  return best ? [best] : []
}

function crossesHardBreak(ctx: EventContext, a: number, b: number): boolean {
  for (let t = Math.min(a, b) + 1; t < Math.max(a, b); t++) if (HARD_BREAKS.has(lower(ctx, t))) return true
  return false
}

function spanOf(ctx: EventContext, first: number, end: number): Span {
  return { start: ctx.tokens.start[first]!, end: ctx.tokens.end[end - 1]! }
}

/** The event a control word governs: the next trigger in its complement ("agreed to resume talks"). */
function embeddedHit(ctx: EventContext, hits: readonly TriggerHit[], k: number): number {
  const h = hits[k]!
  const e = hits[k + 1]
  if (!e || e.first - h.end > MAX_EMBED_DISTANCE) return -1
  for (let t = h.end; t < e.first; t++) {
    const w = lower(ctx, t)
    if (HARD_BREAKS.has(w) || w === ',' || (pos(ctx, t) === 'SCONJ' && w !== 'that')) return -1
  }
  return k + 1
}

/** "negotiations on an Israeli troop pullback": the event a consultation is about is not an event of its own. */
function topicHit(ctx: EventContext, hits: readonly TriggerHit[], k: number): number {
  const h = hits[k]!
  const next = hits[k + 1]
  if (!next || (h.entry.type !== 'CONSULT' && h.entry.type !== 'AGREE') || next.first - h.end > 6) return -1
  let topic = false
  for (let t = h.end; t < next.first; t++) {
    const w = lower(ctx, t)
    if (pos(ctx, t) === 'VERB' || w === ',' || HARD_BREAKS.has(w)) return -1
    if (TOPIC_WORDS.has(w)) topic = true
  }
  return topic ? k + 1 : -1
}

/** Is `next` a verb of the same complement as `prev` ("to send material to help defend")? */
function continuesComplement(ctx: EventContext, prev: TriggerHit, next: TriggerHit): boolean {
  if (next.entry.pos !== 'V' || next.first - prev.end > 6) return false
  for (let t = prev.end; t < next.first; t++) {
    const w = lower(ctx, t)
    if (HARD_BREAKS.has(w) || w === ',' || pos(ctx, t) === 'SCONJ' || pos(ctx, t) === 'CCONJ') return false
  }
  const before = next.first - 1
  return lower(ctx, before) === 'to' || pos(ctx, before) === 'VERB'
}

/** "chose not to meet": the token of the choice verb, or -1. */
function refusalChoice(ctx: EventContext, sentence: Sentence, first: number): number {
  let j = first - 1
  while (j >= sentence.tokenStart && pos(ctx, j) === 'ADV') j--
  if (j < sentence.tokenStart || lower(ctx, j) !== 'to') return -1
  j--
  if (j < sentence.tokenStart || !NEGATORS.has(lower(ctx, j))) return -1
  j--
  return j >= sentence.tokenStart && REFUSAL_CHOICES.has(lemma(ctx, j)) && pos(ctx, j) === 'VERB' ? j : -1
}

/** "declined to comment": a refusal about talking to the press is no event. */
function refusesThePress(ctx: EventContext, hit: TriggerHit): boolean {
  let j = hit.end
  if (lower(ctx, j) !== 'to') return false
  j++
  return PRESS_VERBS.has(lemma(ctx, j))
}

/** "spoke by phone", "talked via video link", "in a telephone conversation". */
function hasPhoneWord(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  const from = Math.max(sentence.tokenStart + 1, hit.first - 3)
  const to = Math.min(sentence.tokenEnd, hit.end + 3)
  for (let t = from; t < to; t++) {
    const before = lower(ctx, t - 1)
    if (PHONE_WORDS.has(lemma(ctx, t)) && (before === 'by' || before === 'via' || before === 'over'))
      return true
  }
  return false
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

function threatMode(embedded: TriggerHit): string | null {
  const { type, mode } = embedded.entry
  if (!type) return null
  if (type === 'COERCE') return mode === 'arrest' ? 'arrest' : mode === 'seize' ? 'territory' : 'restrict'
  if (type === 'SANCTION' && mode === 'expel') return 'expel'
  return THREAT_MODES[type] ?? null
}

/** Type, mode and CAMEO of a control word given what it governs ("refused to meet" → REJECT meet). */
function governedShape(hit: TriggerHit, embedded: TriggerHit | undefined, controlLemma: string) {
  const { type, mode, cameo } = hit.entry
  const inner = embedded?.entry.type
  if (!embedded || !inner || !type) return { type, mode, cameo }
  if (type === 'REQUEST' || type === 'REJECT') {
    const demandMode = DEMAND_MODES[inner] ?? mode
    return { type, mode: demandMode, cameo: (demandMode && DEMAND_CAMEO[type][demandMode]) ?? cameo }
  }
  if (type === 'AGREE' && INTENT_CONTROLLERS.has(controlLemma) && CONFLICTUAL_TYPES.has(inner)) {
    return { type: 'THREATEN' as const, mode: threatMode(embedded), cameo: '130' }
  }
  if (type === 'THREATEN') return { type, mode: threatMode(embedded) ?? mode, cameo }
  return { type, mode, cameo }
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

const VERBAL_ATTACK = { type: 'ACCUSE' as const, mode: 'disapprove', cameo: '111' }

/** "Trump attacked Clinton": a person's attack on another person or group is, in news, a verbal one. */
function isVerbalAttack(ctx: EventContext, hit: TriggerHit, actors: readonly ActorId[]): boolean {
  if (hit.entry.type !== 'ASSAULT' || !VERBAL_ATTACK_LEMMAS.has(lemma(ctx, hit.head))) return false
  return (
    actors.length > 0 &&
    actors.every((a) => {
      const actor = ctx.actorsById.get(a)
      return actor?.kind === 'person' && actor.sector !== 'MIL' && actor.sector !== 'REB'
    })
  )
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
      recipient = embeddedRecipient(ctx, sentence, embedded, object).filter((r) => !parties.actor.includes(r))
    }
    if (recipient.length === 0 && !embedded && hit.entry.type && TERRITORIAL_TYPES.has(hit.entry.type)) {
      // "demonstrated in Serbia", "imposed a curfew in … Turkey": the country the action is carried out in
      recipient = territoryOf(ctx, sentence, hit)
    }
    if (recipient.length === 0 && hit.entry.isControl) {
      // "threatened to resume attacks in Israel": the first party named in the complement
      const search = { slots: COMPLEMENT_SLOTS, throughVerbs: true, allowPlaces: true }
      const found = findRecipient(ctx, sentence, hit.end, search)
      if (found) recipient = found.actors.filter((r) => !parties.actor.includes(r))
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

/**
 * PLOVER codes a protest that makes a demand as PROTEST only: a demand after a protest in the same sentence by
 * the same (or an unnamed) party ("staged demonstrations to demand reforms") is part of the protest.
 */
function withoutProtestDemands(
  ctx: EventContext,
  drafts: readonly Draft[],
  protestAt: readonly number[],
): Draft[] {
  if (protestAt.length === 0) return [...drafts]
  const isProtestDemand = (d: Draft) =>
    d.type === 'REQUEST' && protestAt.some((p) => p < d.anchor && !crossesHardBreak(ctx, p, d.anchor))
  const demands = drafts.filter(isProtestDemand)
  return drafts
    .filter((d) => !isProtestDemand(d))
    .map((d) => {
      // the protest is directed at whom its demand is addressed
      const demand = demands.find((x) => x.recipient.length > 0)
      return d.type === 'PROTEST' && d.recipient.length === 0 && demand
        ? { ...d, recipient: demand.recipient }
        : d
    })
}

const sameOrEmpty = (a: readonly ActorId[], b: readonly ActorId[]) =>
  a.length === 0 || b.length === 0 || (a.length === b.length && a.every((x) => b.includes(x)))

/** One event per type, status and pair of parties in a sentence ("a meeting or phone call with …"). */
function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const merged: Draft[] = []
  for (const d of [...drafts].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const twin = merged.find(
      (m) =>
        m.type === d.type &&
        m.status === d.status &&
        sameOrEmpty(m.actor, d.actor) &&
        sameOrEmpty(m.recipient, d.recipient),
    )
    if (!twin) {
      merged.push({ ...d })
      continue
    }
    if (twin.actor.length === 0) twin.actor = d.actor
    if (twin.recipient.length === 0) twin.recipient = d.recipient
    if (twin.mode !== d.mode && d.mode === 'phone') twin.mode = twin.mode ?? d.mode
  }
  return merged
}

/**
 * A cooperative act announced for the future ("will visit", "plans to lift the curfew") is, in PLOVER, a
 * statement of intent (AGREE); a coercive one is a threat (THREATEN). Hypothetical announcements stay
 * hypothetical.
 */
function intentOf(d: Draft): Draft | null {
  if (!d.announced || (d.status !== 'future' && d.status !== 'hypothetical')) return null
  const status: EventStatus = d.status === 'future' ? 'asserted' : 'hypothetical'
  if (COOPERATIVE_TYPES.has(d.type))
    return { ...d, type: 'AGREE', mode: null, cameo: '030', status, announced: false }
  if (CONFLICTUAL_TYPES.has(d.type)) {
    return {
      ...d,
      type: 'THREATEN',
      mode: THREAT_MODES[d.type] ?? null,
      cameo: '130',
      status,
      announced: false,
    }
  }
  return null
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
