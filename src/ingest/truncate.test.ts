import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { truncateText } from './truncate.js'

describe('truncateText', () => {
  it('leaves a text within the cap alone', () => {
    assert.deepEqual(truncateText('Short.', 10), { text: 'Short.', cut: 'character' })
  })
  it('cuts at the last paragraph break before the cap', () => {
    const text = `${'a'.repeat(60)}.\n\n${'b'.repeat(60)}.`
    assert.deepEqual(truncateText(text, 100), { text: `${'a'.repeat(60)}.`, cut: 'paragraph' })
  })
  it('falls back to a sentence end when no paragraph break is close enough', () => {
    const text = `${'a'.repeat(10)}\n\n${'b'.repeat(50)}. Then ${'c'.repeat(60)}`
    const result = truncateText(text, 100)
    assert.equal(result.cut, 'sentence')
    assert.ok(result.text.endsWith('b.'))
  })
  it('falls back to a word boundary, then to a hard cut that keeps surrogate pairs whole', () => {
    assert.equal(truncateText(`${'word '.repeat(40)}`, 100).cut, 'word')
    const emoji = '😀'.repeat(100)
    const hard = truncateText(emoji, 51)
    assert.equal(hard.cut, 'character')
    assert.equal(hard.text.length, 50)
  })
})
