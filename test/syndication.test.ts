import assert from 'node:assert/strict'
import { it } from 'node:test'
import { measureSyndication, type SyndicatedArticle } from '../src/eval/syndication.js'
import { createExtractor } from '../src/extract.js'
import { readInputs } from '../src/ingest/index.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'

it('stores a story carried by three outlets as the events and quotations of one copy (issue 13: ≤ 1.05×)', async () => {
  const articles: SyndicatedArticle[] = []
  for await (const item of readInputs([
    'samples/wire',
    'samples/web/2022-11-14-nusa-dua-biden-xi-bali.html',
  ])) {
    if (item.kind === 'document' && articles.length < 7)
      articles.push({ id: item.meta.id, text: item.text, date: item.meta.date })
  }
  const single = openSqliteStore(':memory:')
  const every = openSqliteStore(':memory:')
  try {
    const result = await measureSyndication(createExtractor(), articles, { single, every })
    assert.ok(result.one.events > 20 && result.one.quotes > 20, 'enough to measure')
    assert.equal(result.all.eventMentions, 3 * result.one.eventMentions, 'every report is kept')
    assert.ok(result.eventRatio <= 1.05, `events ${result.eventRatio}`)
    assert.ok(result.quoteRatio <= 1.05, `quotations ${result.quoteRatio}`)
  } finally {
    await single.close()
    await every.close()
  }
})
