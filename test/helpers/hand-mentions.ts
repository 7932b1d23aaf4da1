import type { Doc } from '../../src/doc/doc.js'
import type { Actor, ActorId, ActorKind, Mention, MentionId, MentionType } from '../../src/doc/layers.js'
import { alignSpan } from '../../src/doc/token-table.js'
import { makeDoc } from './make-doc.js'

/** One hand-made mention: its surface text (the `nth` occurrence, 0 by default) and the actor it belongs to. */
export interface HandMention {
  readonly text: string
  readonly type: MentionType
  /** Mentions with the same actor key form one actor; none: the mention has no actor. */
  readonly actor?: string
  readonly nth?: number
}

const ACTOR_KIND: Partial<Record<MentionType, ActorKind>> = {
  person: 'person',
  organization: 'organization',
  country: 'country',
  group: 'group',
}

/**
 * Builds a segmented Doc with `mentions` and `actors` layers written by hand: each mention is found by its
 * text, aligned to tokens, and mentions sharing an actor key make one actor (named by its first name mention).
 */
export function makeDocWithMentions(text: string, hand: readonly HandMention[]): Doc {
  const doc = makeDoc(text)
  const tokens = doc.layers.tokens!
  const located = hand.map((h) => {
    let at = -1
    for (let k = 0; k <= (h.nth ?? 0); k++) {
      at = text.indexOf(h.text, at + 1)
      if (at < 0) throw new Error(`mention "${h.text}" (occurrence ${h.nth ?? 0}) is not in the text`)
    }
    return { hand: h, start: at, end: at + h.text.length }
  })
  located.sort((a, b) => a.start - b.start)
  const mentions: Mention[] = located.map((l, i) => {
    const range = alignSpan(tokens, l, 'expand')
    if (!range) throw new Error(`mention "${l.hand.text}" does not align with tokens`)
    return {
      id: `m${i}` as MentionId,
      type: l.hand.type,
      start: l.start,
      end: l.end,
      ...range,
      kbId: null,
      country: null,
      role: null,
      sector: null,
      former: false,
      plural: false,
      determiner: null,
    }
  })
  const byKey = new Map<string, MentionId[]>()
  located.forEach((l, i) => {
    if (l.hand.actor === undefined) return
    const ids = byKey.get(l.hand.actor) ?? []
    ids.push(`m${i}`)
    byKey.set(l.hand.actor, ids)
  })
  const actors: Actor[] = [...byKey].map(([key, ids], i) => {
    const typed = ids.map((id) => mentions[Number(id.slice(1))]!)
    const named = typed.find((m) => ACTOR_KIND[m.type] !== undefined)
    return {
      id: `c${i}` as ActorId,
      name: named ? text.slice(named.start, named.end) : key,
      kind: (named && ACTOR_KIND[named.type]) ?? 'group',
      country: null,
      sector: null,
      role: null,
      anonymous: named === undefined,
      kbId: null,
      mentions: ids,
    }
  })
  return { ...doc, layers: { ...doc.layers, mentions, actors } }
}
