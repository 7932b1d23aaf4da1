import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PLOVER_TYPES } from './layers.js'
import {
  CONTACT_TYPES,
  PLOVER_TYPE_FACTS,
  RECIPIENT_REQUIRED,
  SYMMETRIC_TYPES,
  typesWhere,
} from './plover-facts.js'

describe('the table of PLOVER type facts', () => {
  it('puts the types in the quads the PLOVER manual names', () => {
    const byQuad = (q: number) => [...typesWhere((f) => f.quad === q)].sort()
    assert.deepEqual(byQuad(1), ['AGREE', 'CONCEDE', 'CONSULT', 'SUPPORT'])
    assert.deepEqual(byQuad(2), ['AID', 'COOPERATE', 'RETREAT'])
    assert.deepEqual(byQuad(3), ['ACCUSE', 'REJECT', 'REQUEST', 'SANCTION', 'THREATEN'])
    assert.deepEqual(byQuad(4), ['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST'])
  })

  it('gives cooperative quads a cooperative tone and conflictual quads none', () => {
    for (const type of PLOVER_TYPES) {
      const { quad, tone } = PLOVER_TYPE_FACTS[type]
      if (quad <= 2) assert.equal(tone, 'cooperation', type)
      else assert.notEqual(tone, 'cooperation', type)
    }
  })

  it('keeps its derived sets consistent with each other', () => {
    // contact is a meeting, call, visit or talks: CONSULT, which has no direction
    assert.deepEqual([...CONTACT_TYPES], ['CONSULT'])
    for (const type of CONTACT_TYPES) assert.ok(SYMMETRIC_TYPES.has(type), type)
    // the manual's "requires recipient: yes" types
    assert.deepEqual([...RECIPIENT_REQUIRED].sort(), ['AID', 'COOPERATE', 'SANCTION'])
    // an act announced for the future is an intent when cooperative, a threat when conflictual
    for (const type of PLOVER_TYPES) {
      const { announced, tone } = PLOVER_TYPE_FACTS[type]
      if (announced === 'intent') assert.equal(tone, 'cooperation', type)
      if (announced === 'threat') assert.equal(tone, 'conflict', type)
    }
  })
})
