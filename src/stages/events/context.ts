import type { DocView } from '../../doc/doc.js'
import type { Actor, ActorId, Mention, MentionId, PlaceId, Quote, Sentence, Timex } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { type PosTag, posAt, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'
import type { StageContext } from '../../pipeline/stage.js'
import { pairNominalsOf, quoteAt, resolveReportingPronouns, sideNominalsOf } from './references.js'

const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'country', 'place'])

export type EventLayers = 'tokens' | 'sentences' | 'mentions' | 'actors' | 'places' | 'timexes' | 'quotes'

/** What the events stage looks up while reading one document, built once per document in one pass per layer. */
export interface EventContext {
  /** The document's language: every word list the events stage reads. */
  readonly lang: Lang
  /** True when decisions are traced (`--explain`): build notes only then. */
  readonly tracing: boolean
  /** Records a decision over tokens [first, end) (a no-op unless tracing). */
  trace(rule: string, first: number, end: number, note: string): void
  /** Records a decision over a character span. */
  traceSpan(rule: string, span: Span, note: string): void
  readonly text: string
  readonly date: string | null
  readonly tokens: TokenTable
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly timexes: readonly Timex[]
  readonly quotes: readonly Quote[]
  /** The time expressions inside a sentence. */
  timexesIn(sentence: Sentence): readonly Timex[]
  /** 1 for tokens inside a name (person, organisation, country, place). */
  readonly insideName: Uint8Array
  /** 1 for tokens inside a time expression. */
  readonly timexAt: Uint8Array
  /** Token index → index into `mentions` of the mention covering it, or -1. */
  readonly mentionAt: Int32Array
  /** Mention → the actor it belongs to (first-person pronouns inside a quotation → its speaker). */
  readonly actorOf: ReadonlyMap<MentionId, ActorId>
  readonly placeOf: ReadonlyMap<MentionId, PlaceId>
  readonly actorsById: ReadonlyMap<ActorId, Actor>
  /** ISO alpha-3 → the document's country actor, for places standing for their state ("seized Luhansk"). */
  readonly countryActor: ReadonlyMap<string, ActorId>
  /** Group actors named only as a pair ("the two leaders") → the noun naming them ("leader"). */
  readonly pairNominals: ReadonlyMap<ActorId, string>
  /** Group actors named only as a delegation with no country ("negotiators"): they speak for a side. */
  readonly sideNominals: ReadonlySet<ActorId>
}

export { quoteAt }

export function buildContext(
  doc: DocView<EventLayers>,
  stage: Pick<StageContext, 'lang' | 'tracing' | 'trace'>,
): EventContext {
  const { lang } = stage
  const { layers, text } = doc
  const tokens = layers.tokens
  const mentions = layers.mentions
  const mentionAt = new Int32Array(tokens.length).fill(-1)
  mentions.forEach((m, i) => {
    for (let t = m.tokenStart; t < m.tokenEnd && t < tokens.length; t++) mentionAt[t] = i
  })
  const insideName = new Uint8Array(tokens.length)
  for (const m of mentions) {
    if (NAME_TYPES.has(m.type)) insideName.fill(1, m.tokenStart, Math.min(m.tokenEnd, tokens.length))
  }
  const timexAt = new Uint8Array(tokens.length)
  for (const t of layers.timexes) timexAt.fill(1, t.tokenStart, Math.min(t.tokenEnd, tokens.length))
  const actorOf = new Map<MentionId, ActorId>()
  const countryActor = new Map<string, ActorId>()
  for (const actor of layers.actors) {
    // a country named only by its places is a party only where a place may stand for its country
    if (!actor.byPlace) for (const id of actor.mentions) actorOf.set(id, actor.id)
    if (actor.kind === 'country' && actor.country && !countryActor.has(actor.country)) {
      countryActor.set(actor.country, actor.id)
    }
  }
  for (const m of mentions) {
    if (m.type !== 'pronoun' || actorOf.has(m.id)) continue
    if (!lang.names.FIRST_PERSON_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase())) continue
    const speaker = quoteAt(layers.quotes, m.start)?.speaker
    if (speaker) actorOf.set(m.id, speaker)
  }
  resolveReportingPronouns(mentions, layers.quotes, layers.actors, tokens, text, actorOf, lang)
  const placeOf = new Map<MentionId, PlaceId>()
  for (const place of layers.places) for (const id of place.mentions) placeOf.set(id, place.id)
  const bySentence = new Map<number, Timex[]>()
  for (const t of layers.timexes) {
    const s = tokens.sentence[t.tokenStart] ?? -1
    const list = bySentence.get(s) ?? []
    list.push(t)
    bySentence.set(s, list)
  }
  return {
    lang,
    tracing: stage.tracing,
    trace: (rule, first, end, note) =>
      stage.trace(rule, { start: tokens.start[first]!, end: tokens.end[Math.max(first, end - 1)]! }, note),
    traceSpan: (rule, span, note) => stage.trace(rule, span, note),
    timexesIn: (sentence) => bySentence.get(tokens.sentence[sentence.tokenStart] ?? -2) ?? [],
    text,
    date: doc.meta.date,
    tokens,
    sentences: layers.sentences,
    mentions,
    timexes: layers.timexes,
    quotes: layers.quotes,
    mentionAt,
    insideName,
    actorsById: new Map(layers.actors.map((a) => [a.id, a])),
    timexAt,
    actorOf,
    placeOf,
    countryActor,
    pairNominals: pairNominalsOf(mentions, layers.actors, tokens.norm, lang),
    sideNominals: sideNominalsOf(mentions, layers.actors, lang),
  }
}

export function pos(ctx: EventContext, i: number): PosTag {
  return posAt(ctx.tokens, i)
}

export function lemma(ctx: EventContext, i: number): string {
  return ctx.tokens.lemma[i]!
}

/** The token's normalised form (`norm`), the one every lexicon and grammar lookup reads. */
export function norm(ctx: EventContext, i: number): string {
  return ctx.tokens.norm[i]!
}

/** The mention covering token i, if any. */
export function mentionAtToken(ctx: EventContext, i: number): Mention | undefined {
  const k = ctx.mentionAt[i] ?? -1
  return k < 0 ? undefined : ctx.mentions[k]
}

/** The party a mention stands for: its actor, or for a place the document's actor for its country. */
export function partyOf(ctx: EventContext, m: Mention, allowPlaces: boolean): ActorId | null {
  const actor = ctx.actorOf.get(m.id)
  if (actor) return actor
  const country = m.type === 'place' ? (m.country ?? m.place?.country ?? null) : null
  return allowPlaces && country ? (ctx.countryActor.get(country) ?? null) : null
}
