import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actor, event, record } from '../../test/helpers/records.js'
import type { RecordEvent } from '../record/record.js'
import { parseStatusSet, scoreStatusForm } from './status.js'

const items = parseStatusSet([
  {
    id: 'didnt-meet',
    date: '2021-06-14',
    covers: ['contraction'],
    text: "Ann Archer didn't meet Bo Boyd.",
    expect: [{ type: 'CONSULT', status: 'negated', actor: 'USA', recipient: 'Boyd' }],
    forbid: [{ type: 'CONSULT' }],
  },
  {
    id: 'cant-accept',
    covers: ['contraction', 'refusal'],
    text: "Boyd can't accept it.",
    expect: [
      {
        any: [
          { type: 'REJECT', actor: 'RUS' },
          { type: 'CONCEDE', status: 'negated', actor: 'RUS' },
        ],
      },
    ],
    forbid: [{ type: 'CONCEDE' }, { type: 'CONSULT', status: 'any' }],
  },
  {
    id: 'self',
    text: '"We will meet our partners," Archer said.',
    forbid: [{ type: 'CONSULT', status: 'any', self: true }],
  },
])

const actors = [
  actor('c0', 'Ann Archer', { country: 'USA' }),
  actor('c1', 'Bo Boyd', { country: 'RUS' }),
  actor('c2', 'Archer', { country: 'USA' }),
]
const records = (events: Record<string, RecordEvent[]>) =>
  new Map(Object.entries(events).map(([id, list]) => [id, record(id, { actors, events: list })]))

describe('status challenge scoring', () => {
  it('finds expectations by type, status and parties, meetings in either direction or all among the actors', () => {
    const score = scoreStatusForm(
      'plain',
      items,
      records({
        'didnt-meet': [event('e0', 'CONSULT', { status: 'negated', actor: ['c1', 'c0'], recipient: [] })],
        'cant-accept': [event('e1', 'CONCEDE', { status: 'negated', actor: ['c1'] })],
        self: [],
      }),
    )
    assert.deepEqual([score.found, score.expected, score.produced, score.forbidden], [2, 2, 0, 4])
    assert.deepEqual(
      score.byCover.map((c) => [c.cover, c.found, c.expected]),
      [
        ['contraction', 2, 2],
        ['other', 0, 0],
        ['refusal', 1, 1],
      ],
    )
  })

  it('counts forbidden events produced, the self-dyad, and not events flagged as background', () => {
    const score = scoreStatusForm(
      'typeset',
      items,
      records({
        'didnt-meet': [event('e0', 'CONSULT', { actor: ['c0'], recipient: ['c1'] })],
        'cant-accept': [event('e1', 'CONSULT', { status: 'future', actor: ['c1'] })],
        self: [
          event('e2', 'CONSULT', { status: 'future', actor: ['c2'], recipient: ['c2'] }),
          { ...event('e3', 'CONCEDE', { actor: ['c1'] }), background: true } as RecordEvent,
        ],
      }),
    )
    assert.deepEqual([score.found, score.foundTypeStatus, score.produced], [0, 0, 3])
    assert.deepEqual(
      score.violations.map((v) => `${v.item} ${v.spec}`),
      ['didnt-meet CONSULT/asserted ?→?', 'cant-accept CONSULT/any ?→?', 'self CONSULT/any self'],
    )
  })

  it('tells a wrong party from a wrong status, and scores a missing record as empty', () => {
    const score = scoreStatusForm(
      'plain',
      items,
      records({
        'didnt-meet': [event('e0', 'CONSULT', { status: 'negated', actor: ['c0'], recipient: ['c0'] })],
      }),
    )
    assert.deepEqual([score.found, score.foundTypeStatus, score.missingRecords], [0, 1, 2])
  })

  it('refuses malformed items', () => {
    assert.throws(() => parseStatusSet([{ id: 'a', text: 'x' }]), /expects and forbids nothing/)
    assert.throws(
      () => parseStatusSet([{ id: 'a', text: 'x', forbid: [{ status: 'asserted' }] }]),
      /needs a type/,
    )
    assert.throws(
      () => parseStatusSet([{ id: 'a', text: 'x', forbid: [{ type: 'CONSULT', status: 'maybe' }] }]),
      /unknown status "maybe"/,
    )
    const one = { id: 'a', text: 'x', forbid: [{ type: 'AID' }] }
    assert.throws(() => parseStatusSet([one, one]), /used twice/)
  })
})
