import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runStage } from '../../../test/helpers/run-stage.js'
import { bothForms } from '../../../test/helpers/typography.js'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { createDoc } from '../../doc/doc.js'
import { posAt } from '../../doc/token-table.js'
import { english } from '../../lang/en/index.js'
import { findParagraphs, segment } from './segment.js'

function run(text: string) {
  return runStage(segment(), createDoc(text, { id: 't' }))
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

  it('spans a word with an invisible character inside it, and reads the word without it', () => {
    for (const mark of ['\uFEFF', '\u200D', '\u00AD', '\u2060']) {
      const text = `The minister, Davutoğ${mark}lu, said Ankara would\u00a0inform the agency.`
      const { tokens } = run(text)
      const i = tokens.lower.indexOf('davutoğlu')
      assert.ok(i >= 0, `no folded token for U+${mark.codePointAt(0)!.toString(16)}`)
      assert.equal(text.slice(tokens.start[i]!, tokens.end[i]!), `Davutoğ${mark}lu`)
      for (let t = 0; t < tokens.length; t++) assert.ok(tokens.end[t]! > tokens.start[t]!, `empty token ${t}`)
    }
  })

  it('reports a token the tokenizer gave that is not in the text, and spans nothing with it', () => {
    const text = 'Talks resume today.'
    const reported: Diagnostic[] = []
    const analyse = (copy: string) => {
      const real = english.tokenizer.analyse(copy)
      return { ...real, values: real.values.map((v) => (v === 'resume' ? 'resumé' : v)) }
    }
    const lang = { ...english, tokenizer: { name: 'altered', analyse } }
    const { tokens } = runStage(segment(), createDoc(text, { id: 't' }), {
      lang,
      report: (d) => reported.push(d),
    })
    assert.deepEqual(
      reported.map((d) => [d.code, d.span]),
      [['segment/unaligned-token', { start: 5, end: 5 }]],
    )
    assert.equal(tokens.end[1], tokens.start[1])
    assert.equal(text.slice(tokens.start[2]!, tokens.end[2]!), 'today')
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

describe('segment reads typeset and plain text alike', () => {
  const plain = `He didn't say "yes" - I'm sure they won't, he said. Trump's aides can't.`
  const printed =
    'He didn\u2019t say \u201cyes\u201d \u2014 I\u2019m sure they won\u2019t, he\u00a0said. Trump\u2019s aides can\u2019t.'

  it('gives the same tokens, lemmas and norms, with offsets into each unchanged text', () => {
    const a = run(plain).tokens
    const b = run(printed).tokens
    const words = (t: typeof a, text: string) =>
      Array.from({ length: t.length }, (_, i) => text.slice(t.start[i]!, t.end[i]!))
    assert.equal(a.length, b.length)
    assert.deepEqual(words(b, printed).slice(0, 4), ['He', 'did', 'n\u2019t', 'say'])
    assert.deepEqual(b.norm, a.norm)
    assert.deepEqual(b.lemma, a.lemma)
    assert.deepEqual([...b.start], [...a.start])
    assert.equal(b.lower[2], 'n\u2019t')
  })

  it('reads contractions, quotation marks and dashes by their normal form', () => {
    const { norm } = run(printed).tokens
    for (const form of ['not', 'will', 'can', '"', '--', "'s"]) assert.ok(norm.includes(form), form)
    assert.ok(!norm.includes('wo') && !norm.includes('ca'))
  })

  it('tells a joining hyphen from a separating dash', () => {
    const { norm } = run(
      'A US-backed plan \u2013 and the 2014\u20132016 talks - failed; Kerry--Lavrov met.',
    ).tokens
    assert.ok(norm.includes('--'))
    assert.ok(!norm.includes('\u2013'))
    assert.equal(norm.filter((w) => w === '--').length, 3)
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

describe('a caption pasted into running text is a sentence of its own', () => {
  const sentencesOf = (text: string) => {
    const { sentences } = run(text)
    return sentences.map((s) => text.slice(s.start, s.end))
  }

  for (const [label, form] of bothForms(
    'Crowds greeted him, state television showed.WATCH: Crowd gathers at the airport as he returns from New York Some lawmakers said he hadn\'t consulted "anyone" first.',
  )) {
    it(`ends the caption before the capitalised determiner (${label})`, () => {
      const sentences = sentencesOf(form)
      assert.equal(sentences.length, 3)
      assert.equal(sentences[1], 'WATCH: Crowd gathers at the airport as he returns from New York')
      assert.ok(sentences[2]!.startsWith('Some lawmakers said'))
    })
  }

  it('leaves a label whose text is punctuated, and a sentence without a label, as they are', () => {
    assert.deepEqual(sentencesOf('Related: Talks resume in Vienna. They will last a week.'), [
      'Related: Talks resume in Vienna.',
      'They will last a week.',
    ])
    assert.equal(
      sentencesOf('The minister said the talks in New York The Times reported were useful.').length,
      1,
    )
  })
})
