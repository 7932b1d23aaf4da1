import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actor, event, quote, record } from '../../test/helpers/records.js'
import { dateAgrees, openingWords, parseSeedExpected, scoreSeed } from './seed.js'

const text =
  '“We can’t know unless we try,” said Ann Archer. “The picture” was taken. Some officials said the plan is dead. ' +
  '“We will talk if they are ready,” Archer said.'
const at = (fragment: string): [number, number] => {
  const start = text.indexOf(fragment)
  assert.ok(start >= 0, fragment)
  return [start, start + fragment.length]
}

const expected = parseSeedExpected({
  doc: 'seed',
  date: '2022-07-10',
  quotes: [
    { key: "We can't know unless we", speaker: 'Archer' },
    { key: 'We will talk if they', speaker: 'Archer' },
  ],
  not_quotes: ['The picture'],
  indirect_quotes: [{ key: 'the plan is dead', speaker: '@group:officials' }],
  contacts: [
    { a: 'Archer', b: 'RUS', type: 'CONSULT', polarity: 'hypothetical', date: null },
    { a: 'Archer', b: 'Boyd', type: 'CONSULT', polarity: 'asserted', date: '2022-03' },
  ],
  events: [{ source: 'RUS', target: 'UKR', type: ['ASSAULT', 'COERCE'], polarity: 'asserted', date: '2014' }],
})

test('openingWords normalises typographic quotes and punctuation', () => {
  assert.deepEqual(openingWords('“You can’t know, unless you try it now'), [
    'you',
    "can't",
    'know',
    'unless',
    'you',
  ])
})

test('dateAgrees accepts ranges overlapping the expected month or year', () => {
  const range = (start: string, end: string) => ({ start, end, text: null })
  assert.equal(dateAgrees('2022-07', range('2022-07-10', '2022-07-10')), true)
  assert.equal(dateAgrees('2022-07', range('2022-06-01', '2022-07-02')), true)
  assert.equal(dateAgrees('2022-07', range('2022-08-01', '2022-08-31')), false)
  assert.equal(dateAgrees('2008', range('2008-09-20', '2008-09-30')), true)
  assert.equal(dateAgrees('2008', null), false)
  assert.equal(dateAgrees(null, null), true)
})

test('scoreSeed: quotes, non-quotes, contacts, events and status violations', () => {
  const actors = [
    actor('c0', 'Ann Archer', { country: 'USA' }),
    actor('c1', 'officials', { kind: 'group' }),
    actor('c2', 'Russia', { kind: 'country', country: 'RUS' }),
    actor('c3', 'Ukraine', { kind: 'country', country: 'UKR' }),
    actor('c4', 'Bo Boyd', { country: 'RUS' }),
  ]
  const pred = record(
    'seed',
    {
      actors,
      quotes: [
        quote('q0', [at('We can’t know unless we try,')], { speaker: { actor: 'c0', mention: null } }),
        quote('q1', [at('The picture')], {
          speaker: { actor: null, mention: { start: 0, end: 2, text: 'it' } },
        }),
        quote('q2', [at('the plan is dead')], { kind: 'indirect', speaker: { actor: 'c1', mention: null } }),
        quote('q3', [at('We will talk if they are ready,')], { speaker: { actor: 'c4', mention: null } }),
      ],
      events: [
        event('e0', 'CONSULT', {
          actor: ['c4'],
          recipient: ['c0'],
          date: { start: '2022-03-01', end: '2022-03-31', text: 'March' },
        }),
        event('e1', 'CONSULT', { actor: ['c0'], recipient: ['c2'] }), // hypothetical coded as asserted
        event('e2', 'COERCE', {
          actor: ['c2'],
          recipient: ['c3'],
          date: { start: '2014-03-18', end: '2014-03-18', text: null },
        }),
      ],
    },
    text,
  )
  const score = scoreSeed(expected, pred)
  assert.deepEqual(score.quotes, { expected: 2, found: 2, rightSpeaker: 1 })
  assert.deepEqual(score.notQuotes, { expected: 1, clean: 0 })
  assert.deepEqual(score.indirect, { expected: 1, found: 1, rightSpeaker: 1 })
  assert.deepEqual(score.contacts, { expected: 2, found: 1 })
  assert.deepEqual(score.events, { expected: 1, found: 1 })
  assert.equal(score.hypotheticalAsAsserted, 1)
  assert.equal(score.negatedAsAsserted, 0)
  assert.equal(score.checks.filter((c) => c.ok).length, 4)
})

test('scoreSeed: actors by surname with country and sector, places by name with country', () => {
  const annotation = parseSeedExpected({
    actors: [
      { name: 'Ann B. Archer', country: 'USA', sector: 'GOV' },
      { name: 'Cy Dole', country: null },
      { name: 'Ed Fox', country: 'GBR' },
    ],
    places: [
      { name: 'Nusa Dua', country: 'IDN' },
      { name: 'Kyiv', country: 'UKR' },
    ],
  })
  const pred = record('x', {
    actors: [
      actor('c0', 'Ann Archer', { country: 'USA', sector: 'GOV' }),
      actor('c1', 'Dole', { country: 'FRA' }),
      actor('c2', 'Ed Fox', { country: 'USA' }),
    ],
    places: [{ id: 'p0', name: 'Nusa Dua', country: 'IDN', lat: null, lon: null, mentions: [] }],
  })
  const score = scoreSeed(annotation, pred)
  assert.deepEqual(score.actors, { expected: 3, found: 2 })
  assert.deepEqual(score.places, { expected: 2, found: 1 })
  assert.match(score.checks.find((c) => c.label.startsWith('Ed Fox'))?.detail ?? '', /^near: Ed Fox USA/)
})
