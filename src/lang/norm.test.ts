import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ENGLISH_NORMS } from './en/norms.js'
import { normColumn } from './norm.js'

/** Norms of tokens laid out with the given gaps (0: glued to the token before). */
function norms(tokens: readonly string[], gaps: readonly number[]): string[] {
  const start = new Int32Array(tokens.length)
  const end = new Int32Array(tokens.length)
  let at = 0
  tokens.forEach((t, i) => {
    at += gaps[i] ?? 1
    start[i] = at
    at += t.length
    end[i] = at
  })
  return normColumn(tokens, start, end, ENGLISH_NORMS)
}

describe('normColumn', () => {
  it('reads a glued negation and the stem before it as words', () => {
    assert.deepEqual(norms(['they', 'wo', 'n\u2019t', 'go'], [0, 1, 0, 1]), ['they', 'will', 'not', 'go'])
    assert.deepEqual(norms(['ca', "n't"], [0, 0]), ['can', 'not'])
  })

  it('leaves a stem alone when no negation is glued to it', () => {
    assert.deepEqual(norms(['wo', 'not'], [0, 1]), ['wo', 'not'])
    assert.deepEqual(norms(['ca'], [0]), ['ca'])
  })

  it('folds quotation marks, apostrophes and spaces', () => {
    assert.deepEqual(norms(['\u201c', 'o\u2019brien', '\u00bb', '\u2019ll'], [0, 0, 0, 0]), [
      '"',
      "o'brien",
      '"',
      'will',
    ])
  })

  it('reads a dash by what it does', () => {
    assert.deepEqual(norms(['us', '-', 'led'], [0, 0, 0]), ['us', '-', 'led'])
    assert.deepEqual(norms(['a', '\u2013', 'b'], [0, 1, 1]), ['a', '--', 'b'])
    assert.deepEqual(norms(['a', '\u2014', 'b'], [0, 0, 0]), ['a', '--', 'b'])
    assert.deepEqual(norms(['a', '--', 'b'], [0, 0, 0]), ['a', '--', 'b'])
  })
})
