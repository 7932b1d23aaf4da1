import type { Actor, ActorId, Mention, MentionId } from '../../doc/layers.js'

/**
 * Mention types that can name who is speaking. Places are kept: a place that is the subject of a speech verb
 * is a person or a government the mentions layer took for a place ("Warren told Stumpf", "Kyiv said").
 */
const SPEAKER_TYPES = new Set<Mention['type']>([
  'person',
  'organization',
  'country',
  'group',
  'pronoun',
  'nominal',
  'place',
])

/** Token-indexed lookups over the mentions that can be speakers, built once per document. */
export interface MentionIndex {
  readonly mentions: readonly Mention[]
  /** Index into `mentions` of the speaker-capable mention ending at (last token) this token, or -1. */
  readonly endingAt: Int32Array
  /** Index into `mentions` of the speaker-capable mention starting at this token, or -1. */
  readonly startingAt: Int32Array
  actorOf(mention: MentionId): ActorId | null
}

/** A name is a better speaker mention than a nominal or pronoun ending on the same token. */
const RANK: Readonly<Record<Mention['type'], number>> = {
  place: 0,
  pronoun: 1,
  nominal: 2,
  group: 3,
  country: 3,
  organization: 3,
  person: 3,
}
const rank = (m: Mention) => RANK[m.type]

export function buildMentionIndex(
  tokenCount: number,
  mentions: readonly Mention[],
  actors: readonly Actor[],
): MentionIndex {
  const endingAt = new Int32Array(tokenCount).fill(-1)
  const startingAt = new Int32Array(tokenCount).fill(-1)
  mentions.forEach((m, i) => {
    if (!SPEAKER_TYPES.has(m.type) || m.tokenEnd <= m.tokenStart || m.tokenEnd > tokenCount) return
    const last = m.tokenEnd - 1
    const atEnd = endingAt[last]!
    if (atEnd < 0 || rank(m) > rank(mentions[atEnd]!)) endingAt[last] = i
    const atStart = startingAt[m.tokenStart]!
    const other = atStart >= 0 ? mentions[atStart]! : null
    if (!other || m.tokenEnd - m.tokenStart > other.tokenEnd - other.tokenStart) startingAt[m.tokenStart] = i
  })
  const actorByMention = new Map<MentionId, ActorId>()
  for (const actor of actors)
    if (!actor.byPlace) for (const id of actor.mentions) actorByMention.set(id, actor.id)
  return {
    mentions,
    endingAt,
    startingAt,
    actorOf: (id) => actorByMention.get(id) ?? null,
  }
}
