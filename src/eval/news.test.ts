import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actor, event, record } from '../../test/helpers/records.js'
import { parseNewsArticle, scoreNews } from './news.js'

const text =
  'GENEVA, May 2 - Ann Archer met Bo Boyd today. She said she would visit Moscow next month. ' +
  'Boyd told reporters he "was ready" to sign.'
const sentence = (fragment: string) => {
  const start = text.indexOf(fragment)
  assert.ok(start >= 0, fragment)
  return { start, end: start + fragment.length }
}

const article = parseNewsArticle(
  {
    id: 'a1',
    date: '1987-05-02',
    era: '1980s wire',
    text,
    events: [
      { type: 'CONSULT', actor: 'USA', recipient: 'RUS', date: '1987-05-02', evidence: 'met Bo Boyd today' },
      {
        type: 'CONSULT',
        status: 'future',
        actor: 'Archer',
        recipient: 'RUS',
        evidence: 'would visit Moscow',
      },
      { type: 'AGREE', actor: 'Boyd', evidence: 'was ready', optional: true },
    ],
    forbid: [{ type: 'CONSULT', status: 'any', recipient: 'reporters', evidence: 'told reporters' }],
  },
  'a1.yaml',
)

const actors = [
  actor('c0', 'Ann Archer', { country: 'USA' }),
  actor('c1', 'Bo Boyd', { country: 'RUS' }),
  actor('c2', 'reporters', { kind: 'group' }),
  actor('c3', 'Moscow', { kind: 'country', country: 'RUS' }),
]

describe('news set', () => {
  it('refuses evidence that is not in the text, and typesets the text when asked', () => {
    assert.throws(
      () =>
        parseNewsArticle(
          {
            id: 'x',
            date: '2001-01-01',
            text: 'A met B.',
            events: [{ type: 'CONSULT', evidence: 'A saw B' }],
          },
          'x.yaml',
        ),
      /x.yaml: event 1: evidence "A saw B" is not in the text/,
    )
    const web = parseNewsArticle(
      { id: 'w', date: '2015-01-01', typeset: true, text: `"We won't," he said.` },
      'w',
    )
    assert.equal(web.text, '\u201cWe won\u2019t,\u201d he said.')
  })

  it('scores precision, type+status, parties and dates sentence by sentence', () => {
    const first = sentence('Ann Archer met Bo Boyd today.')
    const second = sentence('She said she would visit Moscow next month.')
    const third = sentence('Boyd told reporters he "was ready" to sign.')
    const pred = record(
      'a1',
      {
        actors,
        events: [
          event('e0', 'CONSULT', {
            actor: ['c0', 'c1'],
            sentence: first,
            date: { start: '1987-05-02', end: '1987-05-02', text: 'today' },
          }),
          // right type, wrong status: a miss, and a wrong asserted event
          event('e1', 'CONSULT', { actor: ['c0'], recipient: ['c3'], sentence: second }),
          event('e2', 'AGREE', { actor: ['c1'], sentence: third }),
          event('e3', 'CONSULT', { actor: ['c1'], recipient: ['c2'], sentence: third }),
        ],
      },
      text,
    )
    const score = scoreNews([article], new Map([['a1', pred]]))
    assert.deepEqual(
      [score.required, score.typeStatusFound, score.withParties, score.partiesFound, score.dateFound],
      [2, 1, 2, 1, 1],
    )
    // e0 and the optional AGREE are right; e1 (a future visit asserted) and e3 ("told reporters") are not
    assert.deepEqual([score.correct, score.predicted], [2, 4])
    assert.deepEqual([score.produced, score.forbidden], [1, 1])
    assert.deepEqual(
      score.byStatus.map((r) => [r.key, r.required, r.typeStatusFound]),
      [
        ['asserted', 1, 1],
        ['future', 1, 0],
      ],
    )
    assert.equal(score.misses[0]?.spec, 'CONSULT/future Archer→RUS')
  })
})
