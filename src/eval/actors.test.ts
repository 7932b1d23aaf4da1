import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ParleyRecord, RecordActor } from '../record/record.js'
import { countryAgrees, parseActorCases, predictActor, scoreActorCases } from './actors.js'
import { parseJsonl } from './jsonl.js'
import { emptyRecord } from './predictions.js'

const TEXT = 'Harbour Minister Ada Lind met the Aurel Coastguard on Monday.'
const line = (o: Record<string, unknown>) => JSON.stringify(o)
const CASES = [
  line({
    id: 'c1',
    category: 'x',
    date: '2020-01-01',
    text: TEXT,
    actor: 'Ada Lind',
    start: 17,
    end: 25,
    country: 'ALB',
    sector: 'GOV',
  }),
  line({
    id: 'c2',
    category: 'y',
    date: '2020-01-01',
    text: TEXT,
    actor: 'Aurel Coastguard',
    start: 34,
    end: 50,
    country: 'GRC',
    sector: 'COP',
  }),
  line({
    id: 'c3',
    category: 'y',
    date: '2020-01-01',
    text: TEXT,
    actor: 'Monday',
    start: 54,
    end: 60,
    country: null,
    sector: null,
  }),
  line({
    id: 'bad',
    category: 'y',
    date: '2020-01-01',
    text: TEXT,
    actor: 'Lind',
    start: 0,
    end: 4,
    country: null,
    sector: null,
  }),
  '{"id": "broken"',
].join('\n')

const actor = (
  name: string,
  start: number,
  end: number,
  country: string | null,
  sector: string | null,
): RecordActor => ({
  id: `c${start}`,
  name,
  kind: 'person',
  country,
  sector,
  role: null,
  anonymous: false,
  mentions: [{ start, end, text: TEXT.slice(start, end) }],
})

const record = (actors: RecordActor[]): ParleyRecord => ({ ...emptyRecord('d'), actors })

describe('actor cases', () => {
  const { cases, problems } = parseActorCases(parseJsonl(CASES))

  it('reads cases and refuses spans that do not hold the actor', () => {
    assert.deepEqual(
      cases.map((c) => c.id),
      ['c1', 'c2', 'c3'],
    )
    assert.deepEqual(
      problems.map((p) => p.line),
      [5, 4],
    )
  })

  it('takes the actor overlapping the span most, in PLOVER terms', () => {
    const r = record([
      actor('Harbour Minister Ada Lind', 0, 25, 'ALB', 'GOV'),
      actor('Lind', 21, 25, null, 'MED'),
    ])
    const p = predictActor(cases[0]!, r)
    assert.equal(p.actor?.name, 'Harbour Minister Ada Lind')
    const health = predictActor(cases[0]!, record([actor('Lind', 21, 25, null, 'HLH')]))
    assert.deepEqual([health.country, health.sector], [null, 'MED'])
  })

  it('counts the IGO family as one country', () => {
    assert.ok(countryAgrees('UNO', 'IGO'))
    assert.ok(!countryAgrees('UNO', 'NGO'))
    assert.ok(countryAgrees(null, null))
  })

  it('scores country and sector per case and per category', () => {
    const records = new Map([
      ['c1', record([actor('Ada Lind', 17, 25, 'ALB', 'GOV')])],
      ['c2', record([actor('Aurel Coastguard', 34, 50, null, 'COP')])],
    ])
    const score = scoreActorCases(cases, records)
    assert.deepEqual(score.total, { cases: 3, found: 2, country: 2, sector: 3, both: 2 })
    assert.equal(score.countryAccuracy, 2 / 3)
    assert.deepEqual(
      score.byCategory.map((c) => [c.category, c.cases, c.country]),
      [
        ['x', 1, 1],
        ['y', 2, 1],
      ],
    )
    assert.deepEqual(
      score.misses.map((m) => [m.case.id, m.countryRight, m.sectorRight]),
      [['c2', false, true]],
    )
  })
})

describe('the committed case set', () => {
  it('parses without problems', async () => {
    const { readJsonl } = await import('./jsonl.js')
    const { cases, problems } = parseActorCases(
      readJsonl(new URL('../../eval-data/actors/cases.jsonl', import.meta.url).pathname),
    )
    assert.deepEqual(problems, [])
    assert.ok(cases.length >= 200)
    assert.equal(new Set(cases.map((c) => c.id)).size, cases.length)
  })
})
