/**
 * Background clauses: what a sentence mentions to describe something, not as its news. "Terry Anderson, whom
 * militants had kidnapped in 1985, was released", "the occupied West Bank", "what it called a hostile campaign":
 * the kidnapping, the occupation and the calling are not new events of the sentence, and are not emitted (the
 * choice is documented in the README; `--explain` says which rule dropped them).
 */
import type { Sentence } from '../../doc/layers.js'
import { verbGroupStart } from './arguments.js'
import { type EventContext, lemma, mentionAtToken, norm, pos } from './context.js'
import { phraseEndsAt } from './status.js'
import type { TriggerHit } from './triggers.js'

/** Parts of speech the subject of a relative clause is made of ("whom Shiite militants had kidnapped"). */
const RELATIVE_SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])
const RELATIVE_REACH = 8

/** Does the token stand after a noun phrase, so that a "who"/"that" after it opens a relative clause? */
function afterNounPhrase(ctx: EventContext, sentence: Sentence, t: number): boolean {
  let k = t - 1
  if (k >= sentence.tokenStart && norm(ctx, k) === ',') k--
  if (k < sentence.tokenStart) return false
  const p = pos(ctx, k)
  return p === 'NOUN' || p === 'PROPN' || mentionAtToken(ctx, k) !== undefined
}

/**
 * The relative or free-relative pronoun that opens the clause of the verb group starting at `groupStart`, or -1:
 * "the hijackers who seized", "Anderson, whom militants had kidnapped", "what it called". A "that" opens a
 * relative clause only after a noun and right before the verb ("the ship that was seized", but "said that Iran
 * seized", "told Lavrov that Iran had agreed").
 */
export function relativeOpener(ctx: EventContext, sentence: Sentence, groupStart: number): number {
  for (let t = groupStart - 1; t >= sentence.tokenStart && groupStart - t <= RELATIVE_REACH; t--) {
    const w = norm(ctx, t)
    if (w === 'what' && t + 1 < groupStart) return t
    if (ctx.lang.grammar.RELATIVE_PRONOUNS.has(w) || w === 'whose') {
      // "told Lavrov that Iran had agreed" is a complement: "that" is relative only right before its verb
      if (w === 'that' && t + 1 !== groupStart) return -1
      return afterNounPhrase(ctx, sentence, t) ? t : -1
    }
    if (mentionAtToken(ctx, t)) continue
    if (!RELATIVE_SUBJECT_POS.has(pos(ctx, t))) return -1
  }
  return -1
}

/**
 * "the occupied West Bank", "the besieged town", "the captured soldiers": a participle between a determiner or
 * adjective and the noun it describes.
 */
export function isParticipialModifier(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  if (hit.entry.pos === 'N' || hit.end - hit.first !== 1) return false
  const t = hit.head
  const before = t - 1
  const after = t + 1
  if (before < sentence.tokenStart || after >= sentence.tokenEnd) return false
  const form = norm(ctx, t)
  if (!form.endsWith('ed') && !form.endsWith('en') && !form.endsWith('ing')) return false
  const previous = pos(ctx, before)
  const introduced = previous === 'DET' || previous === 'ADJ' || norm(ctx, before) === "'s"
  const next = pos(ctx, after)
  return introduced && (next === 'NOUN' || next === 'PROPN' || mentionAtToken(ctx, after) !== undefined)
}

/** What may stand right after a verb as its direct object, so that the verb is active, not a participle. */
const OBJECT_START_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ'])

/** Prepositions that also open clauses ("as the crowd applauded", "like the army did", "than rebels expected"). */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'as',
  'like',
  'than',
  'before',
  'after',
  'until',
  'since',
])

/** Parts of speech inside a noun phrase ("weapons and military equipment", "the emir's property"). */
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PART'])

/**
 * Does the noun phrase ending at `last` stand as an object or after a preposition ("return weapons …", "the
 * return of property …"), not as the subject of its clause ("when a huge bomb exploded")?
 */
function isGovernedNounPhrase(ctx: EventContext, sentence: Sentence, last: number): boolean {
  let t = last
  while (t > sentence.tokenStart && (NOUN_PHRASE_POS.has(pos(ctx, t - 1)) || norm(ctx, t - 1) === 'of')) t--
  if (t <= sentence.tokenStart) return false
  const governor = t - 1
  // "said the museum compensated": after a verb of saying the noun phrase opens a clause of its own
  if (pos(ctx, governor) === 'VERB') return !ctx.lang.names.SPEAKER_LEMMAS.has(lemma(ctx, governor))
  // "as the crowd applauded": a preposition that also opens clauses governs no object here
  return pos(ctx, governor) === 'ADP' && !CLAUSE_PREPOSITIONS.has(norm(ctx, governor))
}

/**
 * "weapons and equipment seized last year from peacekeepers", "property seized by government forces in the
 * 1970s": a transitive trigger's past participle right after a thing (a common noun no actor mention covers),
 * with no object of its own, describes that thing; it is no new event of the sentence. "Rebels seized the town"
 * (an actor before it, an object after it) is kept.
 */
export function isReducedRelative(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  const { entry } = hit
  if (entry.pos !== 'V' || entry.isControl || entry.slots[0] !== 'obj' || hit.end - hit.first !== 1)
    return false
  const t = hit.head
  const form = norm(ctx, t)
  if (!form.endsWith('ed') && !form.endsWith('en')) return false
  const before = t - 1
  const after = t + 1
  // "Pakistan today threatened": a time word is no thing described
  if (before < sentence.tokenStart || pos(ctx, before) !== 'NOUN' || ctx.timexAt[before] === 1) return false
  if (mentionAtToken(ctx, before) || norm(ctx, after) === 'to') return false
  if (!isGovernedNounPhrase(ctx, sentence, before)) return false
  if (after >= sentence.tokenEnd) return true
  if (ctx.timexAt[after] === 1) return true
  return !OBJECT_START_POS.has(pos(ctx, after)) && mentionAtToken(ctx, after) === undefined
}

/** "had kidnapped", "had been seized": a pluperfect verb group, the background tense of news. */
function isPluperfect(ctx: EventContext, groupStart: number, head: number): boolean {
  for (let t = groupStart; t < head; t++) if (norm(ctx, t) === 'had' || norm(ctx, t) === "'d") return true
  return false
}

/**
 * "the hijackers who seized the ship": a relative clause right after a common noun, with no comma, that
 * tells which people or things are meant (restrictive, and its own subject).
 */
function isIdentifyingRelative(ctx: EventContext, opener: number, groupStart: number): boolean {
  if (opener + 1 !== groupStart || norm(ctx, opener) === 'that') return false
  const before = opener - 1
  return pos(ctx, before) === 'NOUN' && mentionAtToken(ctx, before)?.type !== 'person'
}

/**
 * "calling them an occupying army", "called Putin a “war criminal”": a naming verb whose object is followed by
 * what it is called (an indefinite or adjective-led noun phrase, or a quotation) names; it calls nobody.
 */
function isNamingPredicate(ctx: EventContext, sentence: Sentence, hit: TriggerHit): boolean {
  if (!ctx.lang.events.NAMING_VERBS.has(lemma(ctx, hit.head)) || hit.end !== hit.head + 1) return false
  let t = hit.end
  if (t >= sentence.tokenEnd) return false
  const object = mentionAtToken(ctx, t)
  if (object && object.tokenStart === t) t = object.tokenEnd
  else if (pos(ctx, t) === 'PRON') t++
  else return false
  if (t >= sentence.tokenEnd || ctx.timexAt[t] === 1) return false
  const w = norm(ctx, t)
  if (w === 'a' || w === 'an' || w === '"' || w === "'") return true
  return pos(ctx, t) === 'ADJ' && t + 1 < sentence.tokenEnd && pos(ctx, t + 1) === 'NOUN'
}

/** What stands between a circumstance opener and its event noun ("two days of fierce", "last week's"). */
const CIRCUMSTANCE_PHRASE_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'ADV',
  'NUM',
  'NOUN',
  'PROPN',
  'PART',
])
const CIRCUMSTANCE_REACH = 7

/** The first token of a multi-word circumstance opener that token `t` is a word of, or -1. */
function openerAround(ctx: EventContext, sentence: Sentence, t: number): number {
  for (const phrase of ctx.lang.events.CIRCUMSTANCE_OPENERS) {
    const words = phrase.split(' ')
    for (let k = 1; k < words.length; k++)
      if (phraseEndsAt(ctx, sentence, phrase, t - k + words.length)) return t - k
  }
  return -1
}

/**
 * The first token of the circumstance opener an event noun stands under, or -1: "after two days of fierce
 * fighting", "following the invasions of Dagestan", "in protest of last week's arrest", "over two Israeli air
 * raids". Only the noun phrase (determiners, adjectives, numbers, names, "of", "'s") may come between.
 */
export function circumstanceOpener(ctx: EventContext, sentence: Sentence, hit: TriggerHit): number {
  if (hit.entry.pos !== 'N') return -1
  // "in retaliation for", "in protest of": the noun of the opener itself
  const inside = openerAround(ctx, sentence, hit.first)
  if (inside >= 0) return inside
  let t = hit.first - 1
  while (t >= sentence.tokenStart && hit.first - t <= CIRCUMSTANCE_REACH) {
    for (const phrase of ctx.lang.events.CIRCUMSTANCE_OPENERS)
      if (phraseEndsAt(ctx, sentence, phrase, t + 1)) return t + 1 - phrase.split(' ').length
    const mention = mentionAtToken(ctx, t)
    if (mention) t = Math.min(t, mention.tokenStart) - 1
    else if (CIRCUMSTANCE_PHRASE_POS.has(pos(ctx, t)) || norm(ctx, t) === 'of' || norm(ctx, t) === "'s") t--
    else return -1
  }
  return -1
}

/**
 * Why a trigger is background, or null: a participial modifier ("the occupied West Bank"), naming in a free
 * relative ("what it called"; "what we agreed" is an agreement), an object relative in the pluperfect ("whom militants had kidnapped in 1985") or one that
 * identifies whom a common noun means ("the hijackers who seized the ship"). A relative clause that adds news
 * about a named actor ("Putin, who congratulated Yanukovych", "the truce, which Russia has refused to
 * guarantee") is kept.
 */
export function backgroundOf(ctx: EventContext, sentence: Sentence, hit: TriggerHit): string | null {
  if (isParticipialModifier(ctx, sentence, hit)) return 'a participle describing a noun ("the occupied …")'
  if (isReducedRelative(ctx, sentence, hit))
    return 'a participle describing the thing before it ("equipment seized last year")'
  if (hit.entry.pos === 'N') return null
  if (isNamingPredicate(ctx, sentence, hit))
    return 'naming, with what the object is called ("calling them a …")'
  // "the agreement that Lavrov reached" is the relative-clause reading of a noun trigger: its own event
  if (hit.head > hit.first && pos(ctx, hit.first) === 'NOUN') return null
  const groupStart = verbGroupStart(ctx, sentence, hit.head)
  const opener = relativeOpener(ctx, sentence, groupStart)
  if (opener < 0) return null
  if (norm(ctx, opener) === 'what')
    return ctx.lang.events.NAMING_VERBS.has(lemma(ctx, hit.head))
      ? 'naming, in a free relative ("what it called …")'
      : null
  // the antecedent is what was done to, long before: "Anderson, whom militants had kidnapped in 1985"
  const objectRelative = opener + 1 < groupStart && norm(ctx, opener) !== 'whose'
  if (objectRelative && isPluperfect(ctx, groupStart, hit.head))
    return 'a relative clause in the pluperfect ("whom … had seized")'
  if (isIdentifyingRelative(ctx, opener, groupStart))
    return 'a relative clause identifying a noun ("those who …")'
  return null
}
