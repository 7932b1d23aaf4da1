import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actor, event, record } from '../../test/helpers/records.js'
import { ploverOfCameo } from '../lang/en/cameo-plover.js'
import { scoreEvents } from './events.js'
import { parseJsonl } from './jsonl.js'
import { actorCode, parsePetrSentences } from './petr-sentences.js'

const lines = [
  { id: 's1', text: 'Rome met Paris.', events: [{ source: 'ITAGOV', target: 'FRA', code: '040' }] },
  { id: 's2', text: 'Rome said it was sunny.', codings: ['ITAGOV --- 010'] },
  { id: 's3', text: 'Troops shelled the town.', codings: ['IGOUNO REB 194'], date: '1995-05-01' },
  { id: 's4', text: 'Rome sent aid.', events: [{ source: 'ITA', event: 'AID' }] },
]
  .map((l) => JSON.stringify(l))
  .join('\n')

test('CAMEO codes read as PLOVER, by the code or its parent; statements and appeals have none', () => {
  assert.deepEqual(ploverOfCameo('042'), { type: 'CONSULT', mode: 'visit', context: null })
  assert.equal(ploverOfCameo('1712')?.type, 'ASSAULT')
  assert.equal(ploverOfCameo('0424')?.type, 'CONSULT')
  assert.equal(ploverOfCameo('010'), null)
  assert.equal(ploverOfCameo('0214'), null)
})

test('PETR-2-style sentences: codings, actor codes, sentences without a PLOVER event', () => {
  assert.deepEqual(
    [actorCode('USAGOV'), actorCode('IGOUNO'), actorCode('---'), actorCode('REB')],
    ['USA', 'IGO', null, null],
  )
  const parsed = parsePetrSentences(parseJsonl(lines), 'petr.jsonl')
  assert.deepEqual(
    parsed.gold.map((g) => [g.id, g.event, g.source, g.target]),
    [
      ['s1', 'CONSULT', ['ITA'], ['FRA']],
      ['s3', 'ASSAULT', ['IGO'], []],
      ['s4', 'AID', ['ITA'], []],
    ],
  )
  assert.deepEqual([parsed.noEvent, parsed.unmapped], [['s2'], 1])
  assert.equal(parsed.inputs[2]?.date, '1995-05-01')
  assert.throws(
    () => parsePetrSentences(parseJsonl('{"id":"x","text":"t","codings":["USA 040"]}')),
    /SOURCE TARGET/,
  )
})

test('asserted events in a sentence without a gold event count against precision', () => {
  const parsed = parsePetrSentences(parseJsonl(lines))
  const italy = actor('c0', 'Italy', { kind: 'country', country: 'ITA' })
  const pred = new Map([
    ['s1', record('s1', { actors: [italy], events: [event('e0', 'CONSULT', { actor: ['c0'] })] })],
    ['s2', record('s2', { actors: [italy], events: [event('e1', 'CONSULT', { actor: ['c0'] })] })],
  ])
  const score = scoreEvents(parsed.gold, pred, parsed.noEvent)
  assert.deepEqual([score.correct, score.predicted, score.typeFound], [1, 2, 1])
  assert.equal(scoreEvents(parsed.gold, pred).predicted, 1)
})
