import assert from 'node:assert/strict'
import { test } from 'node:test'
import { typeset } from './typeset.js'

test('typeset: curly quotes and apostrophes, dashes, no-break spaces', () => {
  assert.equal(
    typeset(`"We won't meet," Mr. Lee said -- and 'no' meant no in the '90s.`),
    '\u201cWe won\u2019t meet,\u201d Mr.\u00a0Lee said \u2014 and \u2018no\u2019 meant no in the \u201990s.',
  )
  assert.equal(typeset('On 5 May 1990--1991 talks'), 'On 5\u00a0May 1990\u20131991 talks')
  assert.equal(typeset('150,000 refugees in 1985 alone'), '150,000\u00a0refugees in 1985 alone')
  assert.equal(
    typeset('Putin\'s aides ("hawks") didn\'t'),
    'Putin\u2019s aides (\u201chawks\u201d) didn\u2019t',
  )
})

test('typeset leaves a text without marks as it is', () => {
  const plain = 'Kerry met Lavrov in Geneva on Friday.'
  assert.equal(typeset(plain), plain)
})
