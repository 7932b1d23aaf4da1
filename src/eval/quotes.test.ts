import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actor, quote, record } from '../../test/helpers/records.js'
import type { PolnearAttribution, PolnearGold } from './gold.js'
import { classesOf, matchOneToOne, type QuoteViewScore, scoreQuotes } from './quotes.js'

function attribution(
  id: string,
  content: [number, number],
  source: [number, number, string] | null,
  quoted: boolean,
  sourceIsPronoun = false,
): PolnearAttribution {
  return {
    id,
    content: { spans: [{ start: content[0], end: content[1] }], text: `content ${id}` },
    source: source ? { spans: [{ start: source[0], end: source[1] }], text: source[2] } : null,
    cue: null,
    quoted,
    sourceIsPronoun,
  }
}

const gold = (id: string, attributions: PolnearAttribution[], annotator = 'a1'): PolnearGold => ({
  id,
  annotator,
  text: '',
  attributions,
})

const view = (views: readonly QuoteViewScore[], name: string, c: number) => {
  const v = views.find((x) => x.view === name && x.coverage === c)
  assert.ok(v, `${name}@${c}`)
  return v
}

test('matchOneToOne takes the best coverage first and uses each side once', () => {
  const pairs = [
    { gold: 0, pred: 0, coverage: 0.5 },
    { gold: 1, pred: 0, coverage: 0.9 },
    { gold: 0, pred: 1, coverage: 0.4 },
    { gold: 2, pred: 2, coverage: 0.1 },
  ]
  assert.deepEqual(
    [...matchOneToOne(pairs, 0.3)],
    [
      [1, 0],
      [0, 1],
    ],
  )
  assert.deepEqual([...matchOneToOne(pairs, 0.8)], [[1, 0]])
})

test('scoreQuotes: views, coverage thresholds, precision by kind and speakers', () => {
  const g = gold('d1', [
    attribution('E1', [0, 100], [110, 117, 'Blinken'], true),
    attribution('E2', [200, 300], [190, 192, 'he'], false, true),
    attribution('E3', [400, 500], [380, 390, 'the senator'], true),
  ])
  const pred = record('d1', {
    actors: [actor('c0', 'Antony Blinken')],
    quotes: [
      // covers E1 fully, speaker resolved by name
      quote('q0', [[0, 100]], {
        speaker: { actor: 'c0', mention: { start: 500, end: 507, text: 'Blinken' } },
      }),
      // covers 50 % of E2 (indirect), speaker mention overlaps the gold pronoun
      quote('q1', [[250, 300]], {
        kind: 'indirect',
        speaker: { actor: null, mention: { start: 190, end: 192, text: 'he' } },
      }),
      // covers 40 % of E3, wrong speaker
      quote('q2', [[400, 440]], { speaker: { actor: null, mention: { start: 0, end: 3, text: 'she' } } }),
      // matches nothing
      quote('q3', [[600, 650]]),
    ],
  })
  const score = scoreQuotes([g], new Map([['d1', pred]]))
  const quoted30 = view(score.views, 'quoted', 0.3)
  assert.equal(quoted30.gold, 2)
  assert.equal(quoted30.found, 2)
  assert.equal(quoted30.predicted, 3) // direct quotes only
  assert.equal(quoted30.correct, 2)
  assert.equal(quoted30.speakerRight, 1)
  assert.equal(quoted30.speakerJudged, 2)
  const quoted80 = view(score.views, 'quoted', 0.8)
  assert.equal(quoted80.found, 1)
  const all30 = view(score.views, 'all', 0.3)
  assert.deepEqual([all30.gold, all30.found, all30.predicted, all30.correct], [3, 3, 4, 3])
  assert.equal(all30.precision, 0.75)
  assert.equal(all30.recall, 1)
  assert.equal(all30.speakerRight, 2)
  const all80 = view(score.views, 'all', 0.8)
  assert.deepEqual([all80.found, all80.correct], [1, 1])
  assert.deepEqual(score.byKind, [
    { kind: 'direct', predicted: 3, correct: 2 },
    { kind: 'indirect', predicted: 1, correct: 1 },
  ])
  const position = score.classes.filter((c) => c.dimension === 'speaker position')
  assert.deepEqual(
    position.map((c) => [c.value, c.gold, c.judged, c.right]),
    [
      ['after content', 1, 1, 1],
      ['before content', 2, 2, 1],
    ],
  )
  assert.equal(score.speakerErrors.length, 1)
  assert.equal(score.speakerErrors[0]?.goldSource, 'the senator')
})

test('scoreQuotes pools over annotators and treats missing records as empty', () => {
  const lines = [
    gold('d1', [attribution('E1', [0, 10], null, true)], 'a1'),
    gold('d1', [attribution('E1', [0, 10], null, true), attribution('E2', [20, 30], null, false)], 'a2'),
    gold('d2', [attribution('E1', [0, 10], null, false, true)]),
  ]
  const score = scoreQuotes(lines, new Map([['d1', record('d1', { quotes: [quote('q0', [[0, 10]])] })]]))
  const all30 = view(score.views, 'all', 0.3)
  assert.deepEqual([all30.gold, all30.found, all30.predicted, all30.correct], [4, 2, 2, 2])
  assert.equal(all30.speakerJudged, 0) // gold without a source is not judged
  assert.deepEqual(score.missingRecords, ['d2'])
  const classRows = score.classes
    .filter((c) => c.dimension === 'class')
    .map((c) => [c.value, c.gold, c.found])
  assert.deepEqual(classRows, [
    ['quoted, other source', 2, 2],
    ['unquoted, other source', 1, 0],
    ['unquoted, pronoun source', 1, 0],
  ])
})

test('classesOf places the source before, after or inside the content', () => {
  const cases: [PolnearAttribution, string][] = [
    [attribution('E1', [10, 20], [0, 5, 'Ann'], true), 'before content'],
    [attribution('E1', [10, 20], [25, 28, 'Ann'], true), 'after content'],
    [attribution('E1', [10, 20], null, true), 'no source'],
  ]
  for (const [g, expected] of cases) {
    assert.deepEqual(
      classesOf(g).find(([d]) => d === 'speaker position'),
      ['speaker position', expected],
    )
  }
  const split: PolnearAttribution = {
    ...attribution('E2', [0, 10], [12, 15, 'she'], true, true),
    content: {
      spans: [
        { start: 0, end: 10 },
        { start: 20, end: 30 },
      ],
      text: '',
    },
  }
  assert.deepEqual(classesOf(split), [
    ['class', 'quoted, pronoun source'],
    ['source', 'pronoun'],
    ['speaker position', 'inside content'],
    ['content', 'split'],
  ])
})
