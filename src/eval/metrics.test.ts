import assert from 'node:assert/strict'
import { test } from 'node:test'
import { prf, sharesWord } from './metrics.js'

test('prf computes precision, recall and F1 and is 0 on empty denominators', () => {
  assert.deepEqual(prf(3, 4, 3, 6), { precision: 0.75, recall: 0.5, f1: 0.6 })
  assert.deepEqual(prf(0, 0, 0, 0), { precision: 0, recall: 0, f1: 0 })
})

test('sharesWord ignores case, short words and function words', () => {
  const cases: [string, string, boolean][] = [
    ['Antony Blinken', 'blinken', true],
    ['Antony Blinken', 'the secretary', false],
    ['The New York Post', 'the source', false],
    ['Jo Li', 'Li Jo', false],
    ['Hillary Clinton', 'Clinton’s campaign', true],
  ]
  for (const [a, b, expected] of cases) assert.equal(sharesWord(a, b), expected, `${a} / ${b}`)
})
