import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import { bothForms } from './helpers/typography.js'

/** Links, captions and clips pasted into an article ("WATCH: …", "Related: …") are not its account of events. */

const extractor = createExtractor()

function eventTypes(text: string): string[] {
  const { record } = extractor.extract({ text, meta: { id: 'page-labels', date: '2013-09-28' } })
  return record.events.map((e) => `${e.type} [${e.trigger.text}]`)
}

describe('labelled links and captions give no events', () => {
  const article = (line: string) =>
    `Barack Obama spoke with Hassan Rouhani by phone on Friday.\n\n${line}\n\nThe call lasted fifteen minutes.`

  for (const [form, text] of bothForms(
    article("Related: Iran's president promises to meet the IAEA's chief"),
  )) {
    it(`a related-story link (${form})`, () => {
      assert.ok(!eventTypes(text).some((e) => e.includes('[promises]') || e.includes('[meet]')))
      assert.ok(eventTypes(text).some((e) => e.startsWith('CONSULT')))
    })
  }

  for (const [form, text] of bothForms(
    'Rouhani flew home, state television showed.WATCH: Crowds gather as Rouhani meets Khamenei in Tehran Some lawmakers said they welcomed the call.',
  )) {
    it(`a clip caption glued into running text (${form})`, () => {
      assert.ok(!eventTypes(text).some((e) => e.includes('[meets]')))
    })
  }

  it('an update of the article keeps its events', () => {
    assert.ok(
      eventTypes('Update: Obama met Rouhani in New York on Friday.').some((e) => e.startsWith('CONSULT')),
    )
  })
})
