/**
 * Source and recipient of an event by small chunk rules over tokens and mentions (there is no parser):
 * the subject is the nearest actor mention before the verb group in its clause, the recipient the first actor
 * mention after the trigger in an allowed slot (direct object or a preposition from the lexicon).
 */
import type { ActorId, Mention, Sentence } from '../../doc/layers.js'
import { type EventContext, lemma, mentionAtToken, norm, partyOf, pos } from './context.js'

const GROUP_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART'])
const MAX_RECIPIENT_DISTANCE = 16
/** How far after a passive verb an agent set off by an aside (", …, by X") may be. */
const MAX_AGENT_DISTANCE = 30

/** First token of the verb group ending at `head`: auxiliaries, adverbs, negation, "to". */
export function verbGroupStart(ctx: EventContext, sentence: Sentence, head: number): number {
  let i = head
  for (;;) {
    const prev = i - 1
    if (prev < sentence.tokenStart || mentionAtToken(ctx, prev)) return i
    // an opening quote mark inside the group: would “meet China halfway”
    const quoteMark =
      ctx.lang.events.QUOTE_MARKS.has(norm(ctx, prev)) &&
      prev - 1 >= sentence.tokenStart &&
      pos(ctx, prev - 1) === 'AUX'
    if (!GROUP_POS.has(pos(ctx, prev)) && !quoteMark) return i
    i = prev
  }
}

function isBreak(ctx: EventContext, i: number): boolean {
  return ctx.lang.grammar.HARD_BREAKS.has(norm(ctx, i))
}

function isVerbLike(ctx: EventContext, i: number): boolean {
  const p = pos(ctx, i)
  return p === 'VERB' || p === 'AUX'
}

/** The actor mention ending right before token `end` (exclusive), if any. */
function actorMentionEndingAt(ctx: EventContext, end: number): { mention: Mention; actor: ActorId } | null {
  const m = mentionAtToken(ctx, end - 1)
  if (!m || m.type === 'place') return null
  const actor = partyOf(ctx, m, false)
  return actor ? { mention: m, actor } : null
}

/** First token of the mention with the capitalised titles written before it ("Defense Secretary Lloyd Austin"). */
function withTitle(ctx: EventContext, sentence: Sentence, m: Mention): number {
  let j = m.tokenStart
  while (
    j - 1 >= sentence.tokenStart &&
    m.tokenStart - j < 4 &&
    !mentionAtToken(ctx, j - 1) &&
    (pos(ctx, j - 1) === 'PROPN' || pos(ctx, j - 1) === 'NOUN') &&
    /^\p{Lu}/u.test(ctx.text[ctx.tokens.start[j - 1]!] ?? '')
  ) {
    j--
  }
  return j
}

/** "A, B and C": the actors listed before the mention (connected by an "and"/"or" right before it). */
function listBefore(ctx: EventContext, sentence: Sentence, first: Mention): ActorId[] {
  const found: ActorId[] = []
  let edge = withTitle(ctx, sentence, first)
  let needConnector = true
  for (;;) {
    // "…, Ukraine and the European Union"
    if (edge - 1 >= sentence.tokenStart && pos(ctx, edge - 1) === 'DET') edge--
    let j = edge - 1
    let sawConnector = false
    while (
      j >= sentence.tokenStart &&
      (norm(ctx, j) === ',' || ctx.lang.events.CONNECTORS.has(norm(ctx, j)))
    ) {
      if (ctx.lang.events.CONNECTORS.has(norm(ctx, j))) sawConnector = true
      j--
    }
    if (j === edge - 1 || (needConnector && !sawConnector) || j < sentence.tokenStart) break
    const prev = actorMentionEndingAt(ctx, j + 1)
    if (!prev) break
    found.unshift(prev.actor)
    edge = withTitle(ctx, sentence, prev.mention)
    needConnector = false
  }
  return found
}

/** "A and B", "A, B and C": the actors listed after the mention (comma-joined items need a closing "and"). */
function listAfter(ctx: EventContext, sentence: Sentence, first: Mention, allowPlaces: boolean): ActorId[] {
  const items: { party: ActorId; connected: boolean }[] = []
  let edge = first.tokenEnd
  for (;;) {
    let j = edge
    let connected = false
    while (j < sentence.tokenEnd && (norm(ctx, j) === ',' || ctx.lang.events.CONNECTORS.has(norm(ctx, j)))) {
      if (ctx.lang.events.CONNECTORS.has(norm(ctx, j))) connected = true
      j++
    }
    if (j === edge) break
    while (j < sentence.tokenEnd && (pos(ctx, j) === 'DET' || norm(ctx, j) === 'with')) j++
    const m = j < sentence.tokenEnd ? mentionAtToken(ctx, j) : undefined
    const party = m && m.tokenStart === j ? partyOf(ctx, m, allowPlaces) : null
    if (!m || !party) break
    items.push({ party, connected })
    edge = m.tokenEnd
  }
  let last = -1
  items.forEach((item, k) => {
    if (item.connected) last = k
  })
  return items.slice(0, last + 1).map((item) => item.party)
}

/** A verb that is not a participle ("existing", "based"): a clause rather than a phrase. */
function isFiniteVerb(ctx: EventContext, i: number): boolean {
  const w = norm(ctx, i)
  return pos(ctx, i) === 'VERB' && !w.endsWith('ing') && !w.endsWith('ed')
}

/** The opening comma of an appositive or relative clause closed by the comma at `close`, or -1. */
function appositiveOpening(ctx: EventContext, sentence: Sentence, close: number): number {
  for (let j = close - 1; j >= sentence.tokenStart && close - j < 25; j--) {
    if (isBreak(ctx, j)) return -1
    if (norm(ctx, j) !== ',') continue
    const firstInside = j + 1
    const w = norm(ctx, firstInside)
    const isRelative = ctx.lang.grammar.RELATIVE_PRONOUNS.has(w) || w === 'whose'
    let hasVerb = false
    for (let k = firstInside; k < close; k++) if (isFiniteVerb(ctx, k)) hasVerb = true
    const opensWithName = mentionAtToken(ctx, firstInside) !== undefined || pos(ctx, firstInside) === 'DET'
    const headBefore = j - 1 >= sentence.tokenStart && mentionAtToken(ctx, j - 1) !== undefined
    const opensWithPhrase = pos(ctx, firstInside) === 'ADP' || pos(ctx, firstInside) === 'SCONJ'
    if (headBefore && (isRelative || ((opensWithName || opensWithPhrase) && !hasVerb))) return j
    return -1
  }
  return -1
}

/**
 * "European Community foreign ministers", "Montenegro Municipality Association (AKK) officials": a nominal
 * head without a country of its own acts for the organisation or country named right before it.
 */
function informativeModifier(
  ctx: EventContext,
  sentence: Sentence,
  found: { mention: Mention; actor: ActorId },
): { mention: Mention; actor: ActorId } {
  const { mention } = found
  if ((mention.type !== 'nominal' && mention.type !== 'group') || mention.country !== null) return found
  let j = mention.tokenStart - 1
  if (j >= sentence.tokenStart && norm(ctx, j) === ')') j = openingParen(ctx, sentence, j) - 1
  if (j < sentence.tokenStart) return found
  const before = actorMentionEndingAt(ctx, j + 1)
  if (!before || (before.mention.type !== 'organization' && before.mention.type !== 'country')) return found
  return before
}

/** "Secretary of State John Kerry of President Barack Obama": prefer the mention before "of". */
function headOfChain(ctx: EventContext, sentence: Sentence, found: { mention: Mention; actor: ActorId }) {
  let current = found
  for (let guard = 0; guard < 3; guard++) {
    let j = withTitle(ctx, sentence, current.mention) - 1
    while (j >= 0 && pos(ctx, j) === 'DET') j--
    if (j < 1 || norm(ctx, j) !== 'of') break
    const before = actorMentionEndingAt(ctx, j)
    // "a group of Kurdish refugees", "members of the opposition": a quantity is no head of its own
    if (!before || isQuantityHead(ctx, before.mention)) break
    current = before
  }
  return current
}

/** What may open a verb's direct object. */
const OBJECT_START_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ'])
/** Parts of speech inside a noun phrase before its head. */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'])

/**
 * "opened its border to refugees driven out of Darfur, but was refusing …": a past participle right
 * after a noun phrase that a verb or preposition governs, with no object of its own, describes that phrase;
 * it is not the verb a later conjunct shares its subject with.
 */
function isPostnominalParticiple(ctx: EventContext, sentence: Sentence, t: number): boolean {
  const form = norm(ctx, t)
  if ((!form.endsWith('ed') && !form.endsWith('en')) || t - 1 < sentence.tokenStart) return false
  const m = mentionAtToken(ctx, t - 1)
  if (!m && pos(ctx, t - 1) !== 'NOUN' && pos(ctx, t - 1) !== 'PROPN') return false
  const after = t + 1
  if (after < sentence.tokenEnd && ctx.timexAt[after] !== 1) {
    if (mentionAtToken(ctx, after) || OBJECT_START_POS.has(pos(ctx, after))) return false
  }
  let k = m ? m.tokenStart : t - 1
  while (k > sentence.tokenStart && NOUN_PHRASE_POS.has(pos(ctx, k - 1))) k--
  const governor = k - 1
  if (governor < sentence.tokenStart) return false
  const p = pos(ctx, governor)
  return p === 'ADP' || p === 'VERB' || (p === 'PART' && norm(ctx, governor) === 'to')
}

/** A mention that only counts or collects ("a group", "dozens", "members"): the people it counts act. */
function isQuantityHead(ctx: EventContext, m: Mention): boolean {
  return ctx.lang.events.QUANTITY_NOUNS.has(norm(ctx, m.tokenEnd - 1))
}

/**
 * The subject of the verb group starting at `groupStart`: the nearest actor mention before it in the clause,
 * skipping appositives and relative clauses between commas; "X and Y" gives both. For a verb coordinated with
 * an earlier one ("has not spoken to Lavrov and chose not to meet him") the subject of the earlier verb.
 */
export function findSubject(ctx: EventContext, sentence: Sentence, groupStart: number, depth = 0): ActorId[] {
  let i = groupStart - 1
  // "… and chose not to meet him", ", killing one person", "after turning down": the subject of the verb before
  const participle =
    norm(ctx, groupStart).endsWith('ing') &&
    i >= sentence.tokenStart &&
    (norm(ctx, i) === ',' || pos(ctx, i) === 'ADP' || pos(ctx, i) === 'SCONJ')
  if (depth < 3 && i >= sentence.tokenStart && (pos(ctx, i) === 'CCONJ' || participle)) {
    for (let j = i - 1; j >= sentence.tokenStart && !isBreak(ctx, j); j--) {
      if (mentionAtToken(ctx, j)) continue
      if (
        pos(ctx, j) === 'VERB' &&
        !(participle && norm(ctx, j).endsWith('ing')) &&
        !isPostnominalParticiple(ctx, sentence, j)
      )
        return findSubject(ctx, sentence, verbGroupStart(ctx, sentence, j), depth + 1)
    }
  }
  let fallback: ActorId[] = []
  while (i >= sentence.tokenStart) {
    const w = norm(ctx, i)
    if (isBreak(ctx, i) || ctx.lang.events.SUBJECT_STOPS.has(w)) break
    if (w === 'that' && i - 1 >= sentence.tokenStart && isVerbLike(ctx, i - 1)) break
    const m = mentionAtToken(ctx, i)
    if (m) {
      const actor = m.type === 'place' ? null : partyOf(ctx, m, false)
      if (actor) {
        const inPhrase = prepositionBefore(ctx, sentence, m)
        const head = informativeModifier(ctx, sentence, headOfChain(ctx, sentence, { mention: m, actor }))
        const list = [...listBefore(ctx, sentence, head.mention), head.actor]
        if (!inPhrase) return dedupe(list)
        if (fallback.length === 0 && m.tokenEnd === groupStart) return dedupe(list)
        if (fallback.length === 0) fallback = dedupe(list)
        i = head.mention.tokenStart - 1
        continue
      }
      i = m.tokenStart - 1
      continue
    }
    if (w === ')') {
      const open = openingParen(ctx, sentence, i)
      if (open >= 0) {
        i = open - 1
        continue
      }
    }
    if (w === ',') {
      const open = appositiveOpening(ctx, sentence, i)
      if (open >= 0) {
        i = open - 1
        continue
      }
    }
    i--
  }
  return fallback
}

export interface Causation {
  /** The causative verb ("ordered"), or a verb of wanting ("wanted"). */
  readonly verb: number
  /** "cause": the object is made to act; "desire": the subject wants it to. */
  readonly kind: 'cause' | 'desire'
  /** The actors it makes act: its object. */
  readonly object: readonly ActorId[]
}

/**
 * "ordered the newspaper La Prensa to suspend publication", "forced the rebels to withdraw": the infinitive
 * group at `groupStart` follows the object of a causative verb; the one who orders does the act, to its object.
 */
export function causationBefore(ctx: EventContext, sentence: Sentence, groupStart: number): Causation | null {
  if (norm(ctx, groupStart) !== 'to' || pos(ctx, groupStart) !== 'PART') return null
  const object = actorMentionEndingAt(ctx, groupStart)
  if (!object) return null
  let j = withTitle(ctx, sentence, object.mention) - 1
  for (let steps = 0; j >= sentence.tokenStart && steps < 6; steps++) {
    const m = mentionAtToken(ctx, j)
    if (m) {
      j = m.tokenStart - 1
      continue
    }
    const p = pos(ctx, j)
    if (p !== 'DET' && p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && p !== 'NUM') break
    j--
  }
  if (j < sentence.tokenStart || pos(ctx, j) !== 'VERB') return null
  const verb = lemma(ctx, j)
  const kind = ctx.lang.events.CAUSATIVE_LEMMAS.has(verb)
    ? 'cause'
    : ctx.lang.events.DESIRE_LEMMAS.has(verb)
      ? 'desire'
      : null
  if (kind === null) return null
  return { verb: j, kind, object: [...listBefore(ctx, sentence, object.mention), object.actor] }
}

/** Is the mention the object of a preposition ("troops in Bosnia", "talks with Lavrov")? */
function prepositionBefore(ctx: EventContext, sentence: Sentence, m: Mention): boolean {
  let j = withTitle(ctx, sentence, m) - 1
  while (j >= sentence.tokenStart && (pos(ctx, j) === 'DET' || pos(ctx, j) === 'ADJ')) j--
  if (j < sentence.tokenStart) return false
  const w = norm(ctx, j)
  return pos(ctx, j) === 'ADP' && !ctx.lang.events.TEMPORAL_CONJUNCTIONS.has(w) && w !== 'according'
}

function dedupe(ids: readonly ActorId[]): ActorId[] {
  return [...new Set(ids)]
}

export interface RecipientSearch {
  readonly slots: readonly string[]
  /** Keep scanning past a verb (the complement of "agreed to …", "threatened to …"). */
  readonly throughVerbs: boolean
  readonly allowPlaces: boolean
}

export interface SlotFiller {
  readonly slot: string
  readonly actors: readonly ActorId[]
  /** Token just after the filler. */
  readonly end: number
}

/**
 * The first actor mention after `from` that fills one of the slots: `obj` (no preposition in between) or a
 * preposition ("with", "to", …). Stops at the end of the clause.
 */
export function findRecipient(
  ctx: EventContext,
  sentence: Sentence,
  from: number,
  search: RecipientSearch,
): SlotFiller | null {
  let prep: string | null = null
  let best: SlotFiller | null = null
  let bestRank = Number.POSITIVE_INFINITY
  const limit = Math.min(sentence.tokenEnd, from + MAX_RECIPIENT_DISTANCE)
  for (let i = from; i < limit; i++) {
    const w = norm(ctx, i)
    if (isBreak(ctx, i) || (w === ',' && i > from) || w === 'who' || w === 'which') break
    if (w === '(') {
      i = closingParen(ctx, sentence, i)
      continue
    }
    const m = mentionAtToken(ctx, i)
    if (m && m.tokenStart >= from) {
      const party = partyOf(ctx, m, search.allowPlaces)
      // "denounced as an ugly crime Serbia's suppression": the object after a predicative "as" phrase
      const slot = prep === null || prep === '#object-of' || prep === '#as' ? 'obj' : prep
      const rank = search.slots.indexOf(slot)
      if (party && rank >= 0 && rank < bestRank) {
        best = {
          slot,
          actors: dedupe([party, ...listAfter(ctx, sentence, m, search.allowPlaces)]),
          end: m.tokenEnd,
        }
        bestRank = rank
      }
      const possessive = norm(ctx, m.tokenEnd) === "'s"
      const determiner = isPossessiveDeterminer(ctx, m)
      // "China's top diplomat, Yang Jiechi", "Iran's Foreign Minister Zarif", "our American partners":
      // the possessed actor wins
      const possessed = possessive
        ? possessedMention(ctx, m.tokenEnd + 1, limit)
        : determiner
          ? possessedMention(ctx, m.tokenEnd, limit)
          : -1
      if (prep === null && !possessive && possessed < 0) prep = '#object'
      if (possessed >= 0 && best?.end === m.tokenEnd) {
        best = null
        bestRank = Number.POSITIVE_INFINITY
        i = possessed - 1
        continue
      }
      i = m.tokenEnd - 1
      continue
    }
    if (ctx.timexAt[i] === 1) continue
    const p = pos(ctx, i)
    const complementizer = w === 'that' && i + 1 < limit && mentionAtToken(ctx, i + 1) !== undefined
    // the "of" of a title ("with Secretary of State John Kerry") keeps the slot before it
    if (w === 'of' && i > from && isTitleBefore(ctx, i - 1, limit)) continue
    if (p === 'ADP' || (p === 'PART' && w === 'to') || p === 'SCONJ' || complementizer) {
      // a preposition that only introduces a time expression ("on Wednesday") changes nothing
      if (i + 1 < limit && ctx.timexAt[i + 1] === 1) continue
      const quantity = isQuantity(ctx, i, limit, prep === null)
      const ofQuantity = w === 'of' && ctx.lang.events.QUANTITY_NOUNS.has(norm(ctx, i - 1))
      if (w === 'of' && prep === '#object') prep = '#object-of'
      else if (w === 'as' && prep === null) prep = '#as'
      else if (!quantity && !ofQuantity && prep !== '#as') prep = lemma(ctx, i) === 'to' ? 'to' : w
      if (w === 'that' && !search.slots.includes('that') && !search.throughVerbs) break
      continue
    }
    if (p === 'VERB' && i > from) {
      if (!search.throughVerbs) break
      prep = null
      continue
    }
    // a title before a name is part of it ("met President Donald Trump")
    if (isTitleBefore(ctx, i, limit)) continue
    // a word right after the verb is its object, whatever the tagger says ("shelled positions of …")
    if ((p === 'NOUN' || p === 'PRON' || (p === 'VERB' && i === from)) && prep === null) prep = '#object'
  }
  return best
}

/**
 * A capitalised word that only capitalised words separate from the next mention ("Foreign Minister Zarif"),
 * or any noun before a person's name ("opposition leader Fazl-ur-Rehman", "candidate Alassane Ouattara").
 */
function isTitleBefore(ctx: EventContext, i: number, limit: number): boolean {
  let lowerCase = false
  for (let k = i; k < limit && k < i + 5; k++) {
    const m = mentionAtToken(ctx, k)
    // a lower-case title ends in a noun naming a person ("leader", "candidate"): "the plan Biden made" is none
    if (m)
      return (
        k > i &&
        (!lowerCase || (m.type === 'person' && ctx.lang.names.PERSON_NOUN_FORMS.has(norm(ctx, k - 1))))
      )
    // "Secretary of State John Kerry": a lower-case "of" inside a capitalised title
    if (k > i && norm(ctx, k) === 'of' && !lowerCase) continue
    const p = pos(ctx, k)
    if (p !== 'NOUN' && p !== 'PROPN') return false
    if (!/^\p{Lu}/u.test(ctx.text[ctx.tokens.start[k]!] ?? '')) lowerCase = true
  }
  return false
}

/** The actor mention heading the noun phrase after a possessive ("'s top diplomat, Yang Jiechi"), or -1. */
/** A one-word mention that is a possessive determiner ("our", "my"). */
function isPossessiveDeterminer(ctx: EventContext, m: { tokenStart: number; tokenEnd: number }): boolean {
  return (
    m.tokenEnd - m.tokenStart === 1 && ctx.lang.grammar.POSSESSIVE_DETERMINERS.has(norm(ctx, m.tokenStart))
  )
}

function possessedMention(ctx: EventContext, from: number, limit: number): number {
  for (let k = from; k < limit && k < from + 6; k++) {
    const m = mentionAtToken(ctx, k)
    if (m) return m.type !== 'place' && partyOf(ctx, m, false) !== null ? k : -1
    const p = pos(ctx, k)
    if (p !== 'ADJ' && p !== 'NOUN' && p !== 'PROPN' && norm(ctx, k) !== ',') return -1
  }
  return -1
}

/** "up to 16", "more than 100", "at least eight": a preposition inside a quantity. */
function isQuantity(ctx: EventContext, i: number, limit: number, inObject: boolean): boolean {
  const w = norm(ctx, i)
  if (w === 'to' && norm(ctx, i - 1) === 'up') return true
  if (!ctx.lang.events.QUANTITY_WORDS.has(w)) return false
  // "killed over 100 people" but "complained to the UN over two raids"
  if (!inObject && ctx.lang.events.AMBIGUOUS_QUANTITY_WORDS.has(w)) return false
  for (let k = i + 1; k < limit && k <= i + 2; k++) if (pos(ctx, k) === 'NUM') return true
  return false
}

/** Index of the ")" closing the "(" at `open`, or the sentence end. */
export function closingParen(ctx: EventContext, sentence: Sentence, open: number): number {
  for (let j = open + 1; j < sentence.tokenEnd; j++) if (norm(ctx, j) === ')') return j
  return sentence.tokenEnd
}

/** Index of the "(" opening the ")" at `close`, or -1. */
function openingParen(ctx: EventContext, sentence: Sentence, close: number): number {
  for (let j = close - 1; j >= sentence.tokenStart; j--) if (norm(ctx, j) === '(') return j
  return -1
}

/** The actor in a "by X" phrase after `from` in the clause (the agent of a passive, "calls by Annan"). */
export function findAgent(ctx: EventContext, sentence: Sentence, from: number): ActorId[] {
  const search = { slots: ['by'], throughVerbs: false, allowPlaces: false }
  const found = findRecipient(ctx, sentence, from, search)
  if (found) return [...found.actors]
  // "was accused of misusing funds, much of it embezzled, by government officials": the agent after an aside
  for (let i = from; i < sentence.tokenEnd - 1 && i - from < MAX_AGENT_DISTANCE; i++) {
    if (isBreak(ctx, i)) break
    if (norm(ctx, i) !== ',' || norm(ctx, i + 1) !== 'by') continue
    const after = findRecipient(ctx, sentence, i + 1, search)
    return after && after.slot === 'by' ? [...after.actors] : []
  }
  return []
}

/** Is the verb at `head` passive ("was attacked", "has been accused")? */
export function isPassive(ctx: EventContext, sentence: Sentence, head: number): boolean {
  const w = norm(ctx, head)
  if (w.endsWith('ing') || w === lemma(ctx, head)) return false
  for (let i = head - 1; i >= sentence.tokenStart; i--) {
    const p = pos(ctx, i)
    if (p === 'ADV' || (p === 'PART' && norm(ctx, i) !== 'to')) continue
    return p === 'AUX' && (lemma(ctx, i) === 'be' || lemma(ctx, i) === 'get')
  }
  return false
}

export interface NounArguments {
  /** Actors named inside the noun phrase: a possessor, a modifier, "by X", "between X and Y". */
  readonly actors: readonly ActorId[]
  readonly reciprocal: boolean
  /** The verb whose object the noun is ("held talks", "imposed sanctions"), or -1. */
  readonly governor: number
}

/** Arguments of an event noun found in its own noun phrase, and the verb governing it. */
export function nounArguments(
  ctx: EventContext,
  sentence: Sentence,
  first: number,
  end: number,
  agentSlots: readonly string[] = ctx.lang.events.AGENT_SLOTS,
): NounArguments {
  let actors: ActorId[] = []
  let j = first - 1
  while (
    j >= sentence.tokenStart &&
    (pos(ctx, j) === 'ADJ' || pos(ctx, j) === 'NUM' || pos(ctx, j) === 'ADV')
  )
    j--
  if (j >= sentence.tokenStart) {
    const w = norm(ctx, j)
    const owner = w === "'s" || w === "'" ? actorMentionEndingAt(ctx, j) : actorMentionEndingAt(ctx, j + 1)
    if (owner) actors = [owner.actor]
  }
  let reciprocal = false
  // only a phrase right after the noun is its own ("calls by Annan", not "demonstrations against abuses by …")
  if (actors.length === 0 && end < sentence.tokenEnd && agentSlots.includes(norm(ctx, end))) {
    const between = findRecipient(ctx, sentence, end, {
      slots: agentSlots,
      throughVerbs: false,
      allowPlaces: false,
    })
    if (between) {
      actors = [...between.actors]
      reciprocal = between.slot === 'between'
    }
  }
  return { actors, reciprocal, governor: governingVerb(ctx, sentence, first) }
}

/** "70 million dollars of aid", "a series of talks": a measure before "of". */
function isMeasure(ctx: EventContext, i: number): boolean {
  if (pos(ctx, i) !== 'NOUN') return false
  return (
    ctx.lang.events.MEASURE_NOUNS.has(lemma(ctx, i)) ||
    ctx.lang.events.QUANTITY_NOUNS.has(norm(ctx, i)) ||
    pos(ctx, i - 1) === 'NUM'
  )
}

/** The verb whose object noun phrase (or purpose phrase: "for talks") contains the token ("had a single meeting or phone call"), or -1. */
export function governingVerb(ctx: EventContext, sentence: Sentence, first: number): number {
  let purpose = false
  for (let j = first - 1; j >= sentence.tokenStart && first - j < 10; j--) {
    const p = pos(ctx, j)
    if (p === 'VERB') return j
    // "arrived in Beijing for talks with Xi": a purpose phrase belongs to the verb before it
    if (norm(ctx, j) === 'for' && !purpose) {
      purpose = true
      continue
    }
    if (purpose && p === 'ADP') continue
    if (mentionAtToken(ctx, j)) continue
    if (p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'NOUN' || p === 'PROPN' || p === 'CCONJ') continue
    if (p === 'PART' || p === 'ADV' || p === 'PRON') continue
    if (
      ctx.lang.events.PARTICLES.has(norm(ctx, j)) &&
      j - 1 >= sentence.tokenStart &&
      pos(ctx, j - 1) === 'VERB'
    )
      continue
    // "provide 70 million dollars of aid", "held a series of talks"
    if (norm(ctx, j) === 'of' && j - 1 >= sentence.tokenStart && isMeasure(ctx, j - 1)) continue
    return -1
  }
  return -1
}
