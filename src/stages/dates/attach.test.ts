import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../../test/helpers/make-doc.js'
import { runStage } from '../../../test/helpers/run-stage.js'
import { english } from '../../lang/en/index.js'
import { timexForSpan } from './attach.js'
import { isFutureContext } from './tense.js'
import { timexes } from './timexes.js'

/** The text of the expression dating the event triggered by `trigger` (its first occurrence). */
function dateOf(text: string, trigger: string, withText = true): string | null {
  const doc = makeDoc(text, {}, { date: '2022-07-10' })
  const found = runStage(timexes(), doc).timexes ?? []
  const triggerStart = text.indexOf(trigger)
  const sentence = doc.layers.sentences!.find((s) => s.start <= triggerStart && triggerStart < s.end)!
  const timex = timexForSpan(found, sentence, triggerStart, withText ? { text, lang: english } : undefined)
  return timex === null ? null : text.slice(timex.start, timex.end)
}

describe('timexForSpan', () => {
  const cases: [string, string, string | null][] = [
    ['In March, the adviser spoke by phone with his counterpart.', 'spoke', 'March'],
    ['Rice met Lavrov in New York, a month after Russia invaded Georgia in 2008.', 'met', '2008'],
    ['Rice met Lavrov in New York, a month after Russia invaded Georgia in 2008.', 'invaded', '2008'],
    ['They met in March; they spoke again in May.', 'met', 'March'],
    ['They met in March; they spoke again in May.', 'spoke', 'May'],
    ['He met the envoy in May, but they argued in June.', 'argued', 'June'],
    ['He met the envoy in May, but they argued in June.', 'met', 'May'],
    ['Blinken said on Friday that he had met him.', 'met', 'Friday'],
    ['“They cut off all contacts,” he said on Friday.', 'cut', null],
    ['The minister met his rival at the summit.', 'met', null],
    ['In 2014 the forces annexed the peninsula. They withdrew in 2016.', 'annexed', '2014'],
  ]
  for (const [text, trigger, expected] of cases) {
    it(`${trigger}: ${text}`, () => assert.equal(dateOf(text, trigger), expected))
  }

  it('without the text, clauses are not told apart', () => {
    assert.equal(dateOf('“They cut off all contacts,” he said on Friday.', 'cut', false), 'Friday')
  })

  it('exposes the tense hint for any token range', () => {
    const cases: [string, string, boolean][] = [
      ['The ministers will meet in Bali.', 'meet', true],
      ['The ministers met in Bali.', 'met', false],
      ['On Monday, the envoys plan to travel to Kyiv.', 'travel', true],
      ['“We will engage,” he said on Saturday.', 'said', false],
    ]
    for (const [text, word, expected] of cases) {
      const doc = makeDoc(text)
      const tokens = doc.layers.tokens!
      const at = text.indexOf(word)
      let i = 0
      while (tokens.start[i] !== at) i++
      assert.equal(
        isFutureContext(english, text, tokens, doc.layers.sentences![0]!, i, i + 1),
        expected,
        text,
      )
    }
  })
})
