import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createExtractor } from '../src/extract.js'
import { validateRecord } from '../src/record/validate.js'
import { SHORT_ARTICLES } from './fixtures/short-articles.js'
import { recordViolations } from './helpers/record-invariants.js'

const extractor = createExtractor()

describe('the published record', () => {
  for (const article of SHORT_ARTICLES) {
    it(`is valid against the schema and self-consistent: ${article.id}`, () => {
      const { ok, record } = extractor.extract({
        text: article.text,
        meta: { id: article.id, date: article.date },
      })
      assert.equal(ok, true)
      assert.equal(record.document.text, article.text)
      assert.deepEqual(recordViolations(record, article.text), [])
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
