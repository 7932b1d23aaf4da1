import type { ActorKind, PloverType } from '../doc/layers.js'
import { SYMMETRIC_TYPES, type Tone, toneOf } from '../doc/plover-facts.js'
import type { ActorRef, StoredEvent } from '../store/store.js'

export type { Tone }

export interface NetworkNode {
  readonly id: number
  readonly name: string
  readonly kind: ActorKind
  readonly country: string | null
  /** Events the actor takes part in (within the network's period). */
  events: number
}

/** One pair of actors (a < b by id), with its events counted by tone and by type. */
export interface NetworkEdge {
  readonly a: number
  readonly b: number
  total: number
  cooperation: number
  conflict: number
  neutral: number
  /** Events stated not to have happened (no meeting, talks that did not take place). */
  negated: number
  readonly negatedByTone: Record<Tone, number>
  readonly types: Partial<Record<PloverType, number>>
}

export interface Network {
  readonly nodes: readonly NetworkNode[]
  readonly edges: readonly NetworkEdge[]
}

export const DEFAULT_NETWORK_NODES = 60

/**
 * Who engages whom: every pair of actors an event joins (undirected, see `pairsOf`; an event counts once per
 * pair), keeping the `maxNodes` most engaged actors and the edges between them
 * (an actor left without any edge among them is dropped too).
 */
export function buildNetwork(events: Iterable<StoredEvent>, maxNodes = DEFAULT_NETWORK_NODES): Network {
  const nodes = new Map<number, NetworkNode>()
  const edges = new Map<string, NetworkEdge>()
  for (const event of events) {
    const tone = toneOf(event.type)
    const isNegated = event.status === 'negated'
    const parties = new Map(
      [...event.actor, ...event.recipient].filter(isIdentified).map((actor) => [actor.id, actor]),
    )
    for (const actor of parties.values()) {
      const node = nodes.get(actor.id)
      if (node) node.events++
      else
        nodes.set(actor.id, {
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          country: actor.country,
          events: 1,
        })
    }
    for (const [a, b] of pairsOf(event)) {
      if (!parties.has(a) || !parties.has(b)) continue
      const key = `${a}-${b}`
      const edge = edges.get(key) ?? newEdge(a, b)
      edges.set(key, edge)
      edge.total++
      edge[tone]++
      edge.types[event.type] = (edge.types[event.type] ?? 0) + 1
      if (isNegated) {
        edge.negated++
        edge.negatedByTone[tone]++
      }
    }
  }
  const connected = new Set<number>()
  for (const edge of edges.values()) connected.add(edge.a).add(edge.b)
  const kept = [...nodes.values()]
    .filter((node) => connected.has(node.id))
    .sort((x, y) => y.events - x.events || x.name.localeCompare(y.name))
    .slice(0, maxNodes)
  const keptIds = new Set(kept.map((node) => node.id))
  const keptEdges = [...edges.values()]
    .filter((edge) => keptIds.has(edge.a) && keptIds.has(edge.b))
    .sort((x, y) => y.total - x.total || x.a - y.a || x.b - y.b)
  // an actor whose counterparts all fell outside the kept set would float alone: leave it out
  const linked = new Set<number>()
  for (const edge of keptEdges) linked.add(edge.a).add(edge.b)
  return { nodes: kept.filter((node) => linked.has(node.id)), edges: keptEdges }
}

/**
 * Whether an actor is named well enough to stand as a node: "leaders", "reporters" or "the government" of no
 * known country are left out of the network (their events stay in every list).
 */
export function isIdentified(actor: Pick<ActorRef, 'name' | 'kind' | 'country'>): boolean {
  if (actor.country) return true
  return actor.kind !== 'group' && /^\p{Lu}/u.test(actor.name)
}

/**
 * The pairs of actors an event joins, each once as [smaller id, larger id]: actor × recipient, or for a
 * meeting or joint effort (symmetric types) every two of its parties ("A and B met" lists both as actors).
 */
export function pairsOf(event: Pick<StoredEvent, 'type' | 'actor' | 'recipient'>): [number, number][] {
  const pairs = new Map<string, [number, number]>()
  const add = (x: ActorRef, y: ActorRef) => {
    if (x.id === y.id) return
    const pair: [number, number] = x.id < y.id ? [x.id, y.id] : [y.id, x.id]
    pairs.set(`${pair[0]}-${pair[1]}`, pair)
  }
  if (SYMMETRIC_TYPES.has(event.type)) {
    const parties = [...event.actor, ...event.recipient]
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) add(parties[i]!, parties[j]!)
  } else {
    for (const from of event.actor) for (const to of event.recipient) add(from, to)
  }
  return [...pairs.values()]
}

function newEdge(a: number, b: number): NetworkEdge {
  return {
    a,
    b,
    total: 0,
    cooperation: 0,
    conflict: 0,
    neutral: 0,
    negated: 0,
    negatedByTone: { cooperation: 0, conflict: 0, neutral: 0 },
    types: {},
  }
}
