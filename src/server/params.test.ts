import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BadRequest, CONTACTS_PARAMS, EVENTS_PARAMS, pageOf, parseParams } from './params.js'

const parseEvents = (query: string) => parseParams(new URLSearchParams(query), EVENTS_PARAMS)

test('event parameters are parsed and normalised', () => {
  assert.deepEqual(
    parseEvents('actor=%20Lavrov%20&type=consult&status=NEGATED&since=2020-01-01&limit=20&offset=40'),
    {
      actor: 'Lavrov',
      type: 'CONSULT',
      status: 'negated',
      since: '2020-01-01',
      limit: 20,
      offset: 40,
    },
  )
  assert.deepEqual(parseEvents('type=&actor='), {}, 'empty values count as absent')
})

const REJECTED: readonly [string, string][] = [
  ['limit=501', 'limit'],
  ['limit=0', 'limit'],
  ['limit=1.5', 'limit'],
  ['offset=-3', 'offset'],
  ['offset=1e3', 'offset'],
  ['type=MEET', 'type'],
  ['status=done', 'status'],
  ['since=2021-13-01', 'since'],
  ['until=yesterday', 'until'],
  ['since=2021-02-01&until=2021-01-01', 'since'],
  ['actor=a&actor=b', 'actor'],
  ['search=x', 'search'],
  ['actor=%20%20', 'actor'],
]

for (const [query, parameter] of REJECTED) {
  test(`"${query}" is a bad request naming ${parameter}`, () => {
    assert.throws(
      () => parseEvents(query),
      (error: unknown) => error instanceof BadRequest && error.parameter === parameter,
    )
  })
}

test('required parameters must be present', () => {
  assert.throws(
    () => parseParams(new URLSearchParams('a=Biden'), CONTACTS_PARAMS),
    (error: unknown) => error instanceof BadRequest && error.parameter === 'b',
  )
  assert.deepEqual(parseParams(new URLSearchParams('a=Biden&b=Xi'), CONTACTS_PARAMS), { a: 'Biden', b: 'Xi' })
})

test('the page defaults to the first 50', () => {
  assert.deepEqual(pageOf({}), { limit: 50, offset: 0 })
  assert.deepEqual(pageOf({ limit: 5, offset: 10 }), { limit: 5, offset: 10 })
})
