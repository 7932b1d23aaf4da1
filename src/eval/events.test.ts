import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actor, event, record } from '../../test/helpers/records.js'
import { codeAgrees } from './actor-codes.js'
import { scoreEvents } from './events.js'
import type { PloverGold } from './gold.js'

const gold = (id: string, type: string, source: string[], target: string[]): PloverGold => ({
  id,
  text: '',
  event: type,
  mode: null,
  source,
  target,
})

test('codeAgrees: countries, aliases and IGO codes', () => {
  const cases: [string, Parameters<typeof codeAgrees>[1], boolean][] = [
    ['RUS', actor('c0', 'Russia', { kind: 'country', country: 'RUS' }), true],
    ['RUS', actor('c0', 'Ukraine', { kind: 'country', country: 'UKR' }), false],
    ['ITL', actor('c0', 'Italy', { kind: 'country', country: 'ITA' }), true],
    ['IGO', actor('c0', 'NATO', { kind: 'organization' }), true],
    ['IGO', actor('c0', 'the UN', { kind: 'group' }), true],
    ['IGO', actor('c0', 'Jordan', { kind: 'country', country: 'JOR' }), false],
  ]
  for (const [code, a, expected] of cases) assert.equal(codeAgrees(code, a), expected, `${code} ${a.name}`)
})

test('scoreEvents: type recall, dyad recall and precision', () => {
  const golds = [
    gold('s1', 'AGREE', ['JOR', 'GBR'], []),
    gold('s2', 'ACCUSE', ['RUS'], ['USA']),
    gold('s3', 'ASSAULT', ['ISR'], ['LBN']),
    gold('s4', 'REJECT', ['CHN'], ['USA']),
  ]
  const countries = [
    actor('c0', 'Jordan', { kind: 'country', country: 'JOR' }),
    actor('c1', 'Russia', { kind: 'country', country: 'RUS' }),
    actor('c2', 'United States', { kind: 'country', country: 'USA' }),
  ]
  const pred = new Map([
    // right type, source agrees, empty gold target accepts any recipient
    [
      's1',
      record('s1', {
        actors: countries,
        events: [event('e0', 'AGREE', { actor: ['c0'], recipient: ['c2'] })],
      }),
    ],
    // right type but the recipient disagrees; a second asserted event of another type is a false positive
    [
      's2',
      record('s2', {
        actors: countries,
        events: [
          event('e0', 'ACCUSE', { actor: ['c1'], recipient: ['c1'] }),
          event('e1', 'THREATEN', { actor: ['c1'], recipient: ['c2'] }),
        ],
      }),
    ],
    // negated events do not count for recall and hypothetical ones not for precision
    [
      's3',
      record('s3', {
        events: [
          event('e0', 'ASSAULT', { status: 'negated' }),
          event('e1', 'ASSAULT', { status: 'hypothetical' }),
        ],
      }),
    ],
  ])
  const score = scoreEvents(golds, pred)
  assert.equal(score.typeFound, 3)
  assert.equal(score.dyadFound, 1)
  assert.equal(score.typeRecall, 0.75)
  assert.equal(score.dyadRecall, 0.25)
  assert.equal(score.predicted, 3)
  assert.equal(score.correct, 2)
  assert.deepEqual(score.missingRecords, ['s4'])
  const threaten = score.byType.find((t) => t.type === 'THREATEN')
  assert.deepEqual(threaten && [threaten.gold, threaten.predicted, threaten.correct], [0, 1, 0])
  assert.equal(score.misses.length, 3)
})
