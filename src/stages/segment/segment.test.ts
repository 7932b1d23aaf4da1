import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDoc } from '../../doc/doc.js'
import { posAt } from '../../doc/token-table.js'
import { findParagraphs, segment } from './segment.js'

function run(text: string) {
  return segment().run(createDoc(text, { id: 't' }) as never, { report: () => {} })
}

describe('segment', () => {
  it('gives every token exact character offsets into the unchanged text', () => {
    const text =
      'GENEVA — The envoy didn’t say “yes,” she said.\n\nTalks with U.S. officials resume on Jan. 5.'
    const { tokens } = run(text)
    const words = []
    for (let i = 0; i < tokens.length; i++) words.push(text.slice(tokens.start[i]!, tokens.end[i]!))
    assert.ok(words.includes('n’t'))
    assert.ok(words.includes('U.S.'))
    assert.ok(words.includes('“'))
    for (let i = 1; i < tokens.length; i++) assert.ok(tokens.start[i]! >= tokens.end[i - 1]!)
  })

  it('splits sentences and never lets one cross a paragraph break', () => {
    const text = 'First line without a stop\nSecond paragraph here. It has two sentences.'
    const { sentences, paragraphs } = run(text)
    assert.equal(paragraphs.length, 2)
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ['First line without a stop', 'Second paragraph here.', 'It has two sentences.'],
    )
    assert.deepEqual(
      sentences.map((s) => s.paragraph),
      [0, 1, 1],
    )
  })

  it('tags parts of speech and lemmas', () => {
    const { tokens } = run('The minister spoke with reporters.')
    assert.equal(posAt(tokens, 1), 'NOUN')
    assert.equal(tokens.lemma[2], 'speak')
  })

  it('finds paragraphs separated by blank or single line breaks', () => {
    assert.deepEqual(findParagraphs('  a b \n\n c\r\nd  '), [
      { start: 2, end: 5 },
      { start: 9, end: 10 },
      { start: 12, end: 13 },
    ])
  })

  it('handles empty text', () => {
    const { tokens, sentences } = run('')
    assert.equal(tokens.length, 0)
    assert.equal(sentences.length, 0)
  })
})

describe('segment is independent of what the process read before', () => {
  it('splits a possessive the same way after wink-nlp has cached the whole word', () => {
    const text = 'Trump’s aide met Russia’s envoy.'
    const before = run(text).tokens.length
    run('It was Trump’s. She left. Russia’s.')
    const after = run(text)
    assert.equal(after.tokens.length, before)
    assert.equal(text.slice(after.tokens.start[0]!, after.tokens.end[0]!), 'Trump')
    assert.equal(text.slice(after.tokens.start[1]!, after.tokens.end[1]!), '’s')
  })
})
