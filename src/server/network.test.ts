import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import type { PloverType } from '../doc/layers.js'
import type { ActorRef, StoredEvent } from '../store/store.js'
import { buildNetwork, isIdentified, pairsOf } from './network.js'

const actor = (id: number, name = `A${id}`): ActorRef => ({ id, name, kind: 'person', country: null })

let nextId = 1
function event(
  type: PloverType,
  from: readonly ActorRef[],
  to: readonly ActorRef[],
  status: StoredEvent['status'] = 'asserted',
): StoredEvent {
  return {
    id: nextId++,
    type,
    mode: null,
    cameo: null,
    status,
    actor: from,
    recipient: to,
    date: null,
    sortDate: null,
    place: null,
    mentionCount: 1,
    mentions: [],
  }
}

test('pairs are undirected and counted by tone, type and negation', () => {
  const [a, b, c] = [actor(1), actor(2), actor(3)]
  const network = buildNetwork([
    event('CONSULT', [a], [b]),
    event('CONSULT', [b], [a], 'negated'),
    event('ACCUSE', [b], [a]),
    event('REQUEST', [c], [a]),
  ])
  const ab = network.edges.find((e) => e.a === 1 && e.b === 2)
  assert.deepEqual(ab && { ...ab }, {
    a: 1,
    b: 2,
    total: 3,
    cooperation: 2,
    conflict: 1,
    neutral: 0,
    negated: 1,
    negatedByTone: { cooperation: 1, conflict: 0, neutral: 0 },
    types: { CONSULT: 2, ACCUSE: 1 },
  })
  assert.equal(network.edges.find((e) => e.a === 1 && e.b === 3)?.neutral, 1)
  assert.deepEqual(
    network.nodes.map((n) => [n.id, n.events]),
    [
      [1, 4],
      [2, 3],
      [3, 1],
    ],
  )
})

test('only the most engaged actors are kept, with the edges among them; self-loops and lone actors drop', () => {
  const hub = actor(10)
  const events = [1, 2, 3].map((id) => event('AID', [hub], [actor(id)]))
  events.push(event('AID', [actor(1)], [actor(1)]), event('AID', [actor(7)], []))
  events.push(event('AID', [actor(5)], [actor(6)]), event('AID', [actor(5)], [actor(1)]))
  // 8 is among the four most engaged, but both its counterparts are not: it is left out
  events.push(event('ACCUSE', [actor(8)], [actor(9)]), event('ACCUSE', [actor(8)], [actor(11)]))
  const network = buildNetwork(events, 4)
  assert.deepEqual(
    network.nodes.map((n) => [n.id, n.events]),
    [
      [1, 3],
      [10, 3],
      [5, 2],
    ],
  )
  assert.deepEqual(
    network.edges.map((e) => `${e.a}-${e.b}`),
    ['1-5', '1-10'],
  )
})

test('a meeting joins every two of its parties; other types join actors to recipients', () => {
  const [a, b, c] = [actor(1), actor(2), actor(3)]
  assert.deepEqual(pairsOf({ type: 'CONSULT', actor: [b, a], recipient: [] }), [[1, 2]])
  assert.deepEqual(pairsOf({ type: 'CONSULT', actor: [a, b], recipient: [c] }), [
    [1, 2],
    [1, 3],
    [2, 3],
  ])
  assert.deepEqual(pairsOf({ type: 'ACCUSE', actor: [a, b], recipient: [] }), [])
  assert.deepEqual(pairsOf({ type: 'ACCUSE', actor: [c], recipient: [a, c] }), [[1, 3]])
})

describe('isIdentified', () => {
  it('keeps named actors and countries, leaves unnamed groups out of the network', () => {
    assert.equal(isIdentified({ name: 'NATO', kind: 'organization', country: null }), true)
    assert.equal(isIdentified({ name: 'US officials', kind: 'group', country: 'USA' }), true)
    assert.equal(isIdentified({ name: 'reporters', kind: 'group', country: null }), false)
    assert.equal(isIdentified({ name: 'government', kind: 'organization', country: null }), false)
  })
})
