/**
 * What the events stage reads about mentions while building its context: the quotation covering an offset,
 * pronouns that stand for the speaker just reported, nominals naming a pair ("the two leaders") or a
 * delegation ("negotiators").
 */
import type { Actor, ActorId, Mention, MentionId, Quote } from '../../doc/layers.js'
import { posAt, type TokenTable } from '../../doc/token-table.js'
import type { Lang } from '../../lang/lang.js'

/** The quote whose content covers the offset, if any. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.content.some((s) => s.start <= offset && offset < s.end))
}

function quoteEnd(q: Quote): number {
  return q.content.reduce((end, s) => Math.max(end, s.end), 0)
}

/**
 * Unresolved subject "he"/"she" that can only be the speaker reported just before: inside reported speech,
 * the quotation's speaker ("He said he would speak with Kerry"); outside, as the subject of a speech verb, the
 * speaker of the last quotation when no other person was named since. Fills `actorOf`.
 */
export function resolveReportingPronouns(
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  actors: readonly Actor[],
  tokens: TokenTable,
  text: string,
  actorOf: Map<MentionId, ActorId>,
  lang: Lang,
): void {
  const persons = new Set(actors.filter((a) => a.kind === 'person').map((a) => a.id))
  const isPerson = (id: ActorId | null | undefined) => id !== null && id !== undefined && persons.has(id)
  const ends = quotes.map((q) => ({ quote: q, end: quoteEnd(q) })).sort((a, b) => a.end - b.end)
  let next = 0
  let lastQuote: Quote | null = null
  let lastPerson: { actor: ActorId; end: number } | null = null
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (next < ends.length && ends[next]!.end <= m.start) lastQuote = ends[next++]!.quote
    const known = actorOf.get(m.id)
    if (known) {
      if (isPerson(known)) lastPerson = { actor: known, end: m.end }
      continue
    }
    if (m.type !== 'pronoun' || !lang.events.REPORTED_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase()))
      continue
    const inside = quoteAt(quotes, m.start)
    let speaker: ActorId | null | undefined
    if (inside) {
      if (inside.kind === 'direct') continue
      speaker = inside.speaker ?? (inside.speakerMention ? actorOf.get(inside.speakerMention) : undefined)
    } else if (lastQuote?.speaker && isSpeechSubject(lang, tokens, m.tokenEnd)) {
      const end = quoteEnd(lastQuote)
      const sinceQuote = !lastPerson || lastPerson.end <= end || lastPerson.actor === lastQuote.speaker
      speaker = sinceQuote ? lastQuote.speaker : undefined
    }
    if (speaker && isPerson(speaker)) {
      actorOf.set(m.id, speaker)
      lastPerson = { actor: speaker, end: m.end }
    }
  }
}

/** Is the token a speech verb, maybe after an adverb ("he said", "she later told")? */
function isSpeechSubject(lang: Lang, tokens: TokenTable, at: number): boolean {
  const next = posAt(tokens, at) === 'ADV' ? at + 1 : at
  return next < tokens.length && lang.speech.CUE_VERBS[tokens.lemma[next]!] === 'speech'
}

/** Group actors named only as a pair ("the two leaders", "both presidents") → the noun naming them. */
export function pairNominalsOf(
  mentions: readonly Mention[],
  actors: readonly Actor[],
  normTokens: readonly string[],
  lang: Lang,
): Map<ActorId, string> {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const pairs = new Map<ActorId, string>()
  for (const actor of actors) {
    if (actor.kind !== 'group' || actor.mentions.length === 0) continue
    const ms = actor.mentions.map((id) => byId.get(id))
    const isPair = (m: Mention | undefined) =>
      m !== undefined &&
      m.type === 'nominal' &&
      m.plural &&
      (lang.events.PAIR_WORDS.has(normTokens[m.tokenStart] ?? '') ||
        lang.events.PAIR_WORDS.has(normTokens[m.tokenStart - 1] ?? ''))
    if (!ms.every(isPair)) continue
    const m = ms[0]!
    pairs.set(actor.id, (m.role ?? normTokens[m.tokenEnd - 1] ?? '').toLowerCase())
  }
  return pairs
}

/** Group actors named only as a delegation with no country of its own ("negotiators", "the delegation"). */
export function sideNominalsOf(
  mentions: readonly Mention[],
  actors: readonly Actor[],
  lang: Lang,
): Set<ActorId> {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const sides = new Set<ActorId>()
  for (const actor of actors) {
    if (actor.kind !== 'group' || actor.country || actor.mentions.length === 0) continue
    const isSide = (id: MentionId) => {
      const m = byId.get(id)
      return m?.type === 'nominal' && !m.country && lang.events.SIDE_NOUNS.has((m.role ?? '').toLowerCase())
    }
    if (actor.mentions.every(isSide)) sides.add(actor.id)
  }
  return sides
}
