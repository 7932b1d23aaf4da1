import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { textTable } from './format.js'

const HEADER = ['id', 'date', 'speaker', 'note', 'quotation']
const ROWS = [
  [
    'samples/wire/2019-06-10-abe-tehran.txt',
    '2019-06-10',
    'Shinzo Abe',
    'said',
    'Japan will do everything it can to ease the tensions in the Gulf, and we have asked both sides to talk.',
  ],
]
const MAX = [60, 10, 24, 10, 120]
const widest = (table: string) => Math.max(...table.split('\n').map((l) => l.length))

describe('text tables fit the width they are given', () => {
  it('keeps ids and short columns whole, leaves optional columns out, then clips free text', () => {
    const table = textTable(HEADER, ROWS, MAX, { keep: [0], dropFirst: [3] }, 80)
    assert.ok(widest(table) <= 80, table)
    assert.match(table, /samples\/wire\/2019-06-10-abe-tehran\.txt {2}2019-06-10 {2}Shinzo Abe {2}Japan will/)
    assert.doesNotMatch(table, /note/)
    assert.match(table, /…$/)
  })

  it('moves a long kept id to a line of its own when the row cannot fit beside it', () => {
    const long = [
      ['samples/web/2024-07-05-moscow-orban-visit-eu-rebuke-and-kremlin-talks.html', ...ROWS[0]!.slice(1)],
    ]
    const table = textTable(HEADER, long, MAX, { keep: [0], dropFirst: [3, 1], ownLine: 0 }, 60)
    assert.match(table, /^speaker {5}quotation\n {2}id\n/)
    assert.match(
      table,
      /\n {2}samples\/web\/2024-07-05-moscow-orban-visit-eu-rebuke-and-kremlin-talks\.html$/,
    )
    const grid = table.split('\n').filter((l) => !l.startsWith('  '))
    assert.ok(Math.max(...grid.map((l) => l.length)) <= 60, table)
    assert.doesNotMatch(
      textTable(HEADER, ROWS, MAX, { keep: [0], dropFirst: [3], ownLine: 0 }, 80),
      /\n {2}samples/,
    )
  })

  it('shows every column whole when the width allows (--wide)', () => {
    const table = textTable(HEADER, ROWS, MAX, { keep: [0], dropFirst: [3] }, Number.POSITIVE_INFINITY)
    assert.match(table, /note/)
    assert.match(table, /to talk\.$/)
  })

  it('keeps the table as narrow as its content when that fits', () => {
    const table = textTable(['a', 'b'], [['x', 'yy']], [10, 10], {}, 80)
    assert.equal(table, 'a  b\n-  --\nx  yy')
  })
})
