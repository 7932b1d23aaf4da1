import assert from 'node:assert/strict'
import { it } from 'node:test'
import { decodeFeed, decodePage } from './page-document.js'

it('decodes pages and feeds in their declared encoding, UTF-8 by default', () => {
  const latin1 = Buffer.from(
    '<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9 talks</body></html>',
    'latin1',
  )
  assert.match(decodePage(latin1, null), /Café talks/)
  assert.match(decodePage(Buffer.from('<p>Envoy’s visit — “soon”</p>'), null), /Envoy’s visit — “soon”/)
  assert.match(decodePage(latin1, 'utf-8'), /Caf\uFFFD talks/, 'the header wins; bad bytes become U+FFFD')
  const feed = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>S\xe3o Paulo</title></channel></rss>',
    'latin1',
  )
  assert.match(decodeFeed(feed, null), /São Paulo/)
  assert.match(decodeFeed(Buffer.from('<rss><title>A\u00a0B</title></rss>'), null), /A\u00a0B/)
})
