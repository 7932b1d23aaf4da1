import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { english } from '../lang/en/index.js'

const analyse = (text: string) => english.tokenizer.analyse(text)

/** Each token as `value/POS`, the part of a pass that later stages read. */
function tagged(text: string): string[] {
  const a = analyse(text)
  return a.values.map((value, i) => `${value}/${a.pos[i]}`)
}

describe('a wink-nlp pass is a function of the text alone', () => {
  // Each test file runs in its own process: nothing but the `teacher` texts here shows wink-nlp these words.
  const cases = [
    {
      name: 'a possessive seen whole before final punctuation (ASCII apostrophe)',
      text: "Divers met in the oyster's shell on Monday.",
      teacher: "The pearl was the oyster's.",
    },
    {
      name: 'a possessive seen whole before final punctuation (curly apostrophe, NBSP)',
      text: 'The harbour’s\u00a0master said so.',
      teacher: 'The boat was the harbour’s.',
    },
  ]
  for (const { name, text, teacher } of cases) {
    it(name, () => {
      const before = tagged(text)
      tagged(teacher)
      tagged(`${teacher} ${teacher}`)
      assert.deepEqual(tagged(text), before)
    })
  }

  it('tokenizes a word the same way the first time and every later time in one text', () => {
    const sentence = "The lantern's glow faded, and the lantern's."
    const once = tagged(sentence)
    const twice = tagged(`${sentence} ${sentence}`)
    assert.deepEqual(twice.slice(0, once.length), once)
    assert.deepEqual(twice.slice(once.length), once)
  })
})

describe('a wink-nlp pass gives every token a lemma', () => {
  it('even where the model has none (a letter-like symbol glued to a word, then "cannot")', () => {
    const a = analyse('"W\u216be cannot\u2026 pretend that nothing is happening," he said.')
    assert.equal(a.lemmas.length, a.values.length)
    for (const [i, lemma] of a.lemmas.entries())
      assert.equal(typeof lemma, 'string', `token ${i} "${a.values[i]}"`)
  })
})
