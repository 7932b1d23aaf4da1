import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import type { ParleyRecord } from '../src/record/record.js'
import { validateRecord } from '../src/record/validate.js'
import { SHORT_ARTICLES } from './fixtures/short-articles.js'

const extractor = createExtractor()

/** Invariants every record must satisfy, whatever the article. */
function checkInvariants(record: ParleyRecord, text: string): void {
  const inside = (s: { start: number; end: number }) => {
    assert.ok(
      s.start >= 0 && s.start <= s.end && s.end <= text.length,
      `span ${s.start}-${s.end} outside text`,
    )
  }
  const actorIds = new Set(record.actors.map((a) => a.id))
  const quoteIds = new Set(record.quotes.map((q) => q.id))
  for (const actor of record.actors) {
    for (const m of actor.mentions) {
      inside(m)
      assert.equal(text.slice(m.start, m.end), m.text)
    }
  }
  for (const place of record.places)
    for (const m of place.mentions) assert.equal(text.slice(m.start, m.end), m.text)
  for (const quote of record.quotes) {
    for (const s of quote.spans) inside(s)
    if (quote.cue) assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text)
    if (quote.speaker.actor) assert.ok(actorIds.has(quote.speaker.actor))
  }
  for (const event of record.events) {
    inside(event.trigger)
    inside(event.sentence)
    for (const id of [...event.actor, ...event.recipient]) assert.ok(actorIds.has(id), `unknown actor ${id}`)
    if (event.quote) assert.ok(quoteIds.has(event.quote))
  }
  assert.deepEqual(JSON.parse(JSON.stringify(record)), record)
}

describe('the published record', () => {
  for (const article of SHORT_ARTICLES) {
    it(`is valid against the schema and self-consistent: ${article.id}`, () => {
      const { ok, record } = extractor.extract({
        text: article.text,
        meta: { id: article.id, date: article.date },
      })
      assert.equal(ok, true)
      assert.deepEqual(validateRecord(record), [])
      assert.equal(record.document.text, article.text)
      checkInvariants(record, article.text)
    })
  }

  it('omits the text on request and still validates', () => {
    const article = SHORT_ARTICLES[0]!
    const { record } = extractor.extract(
      { text: article.text, meta: { id: article.id } },
      { includeText: false },
    )
    assert.equal(record.document.text, undefined)
    assert.deepEqual(validateRecord(record), [])
  })

  it('rejects records that break the contract', () => {
    assert.notDeepEqual(validateRecord({ document: { id: 'x' } }), [])
    assert.deepEqual(
      validateRecord({ document: { id: 'x' }, error: 'x.txt: input/empty the input holds no text' }),
      [],
    )
  })
})
