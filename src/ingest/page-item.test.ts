import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dateInFileName, headlineOf } from './page-item.js'

describe('dateInFileName', () => {
  it('reads a leading ISO date from a file name', () => {
    assert.equal(dateInFileName('samples/wire/2013-09-28-un-call.txt'), '2013-09-28')
    assert.equal(dateInFileName('notes.txt'), null)
    assert.equal(dateInFileName('20130928.txt'), null)
  })
})

describe('headlineOf', () => {
  it('takes a short first line as the title of a text file', () => {
    assert.equal(headlineOf('Talks stall in Geneva\n\nGENEVA — The talks stalled.'), 'Talks stall in Geneva')
    assert.equal(headlineOf('GENEVA — The talks stalled on Monday.\nMore.'), null)
    assert.equal(headlineOf('One line only'), null)
  })
})
