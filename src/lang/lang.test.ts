import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDoc } from '../doc/doc.js'
import { defaultStages } from '../pipeline/default-stages.js'
import { createPipeline } from '../pipeline/pipeline.js'
import { english } from './en/index.js'
import type { Lang } from './lang.js'

function eventTypes(lang: Lang, text: string): string[] {
  const { doc } = createPipeline(defaultStages(), { lang }).run(
    createDoc(text, { id: 'l', date: '2024-05-10' }),
  )
  return (doc.layers.events ?? []).map((e) => `${e.type}/${e.status}`)
}

describe('the language is passed to the stages, not imported by them', () => {
  const text = 'Blinken greeted Lavrov in Geneva on Friday.'

  it('reads the trigger lexicon of the Lang it is given', () => {
    const greeting = `${english.events.EVENT_LEXICON}\ngreet | V | CONSULT | meet | 040 | obj\n`
    const withGreeting: Lang = { ...english, events: { ...english.events, EVENT_LEXICON: greeting } }
    assert.deepEqual(eventTypes(english, text), [])
    assert.deepEqual(eventTypes(withGreeting, text), ['CONSULT/asserted'])
  })

  it('reads the function words of the Lang it is given', () => {
    const noNegation: Lang = {
      ...english,
      grammar: { ...english.grammar, NEGATORS: new Set(), NEGATOR_ADVERBS: new Set() },
    }
    const negated = 'Blinken did not meet Lavrov in Geneva on Friday.'
    assert.deepEqual(eventTypes(english, negated), ['CONSULT/negated'])
    assert.deepEqual(eventTypes(noNegation, negated), ['CONSULT/asserted'])
  })
})
