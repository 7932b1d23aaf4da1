import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { cleanTitle, readPageMetadata, siteFromTitle } from './html-metadata.js'

const page = (head: string, body = '') =>
  parseDocument(`<html><head>${head}</head><body>${body}</body></html>`)

describe('readPageMetadata', () => {
  it('prefers Open Graph and article metadata', () => {
    const document = page(`
      <title>Fallback | Site</title>
      <meta property="og:title" content="Ministers meet in Lisbon">
      <meta property="og:site_name" content="Harbour Times">
      <meta property="article:published_time" content="2019-11-05T22:30:00-05:00">
      <meta name="author" content="By Ana Ribeiro">
      <link rel="canonical" href="https://harbour.example/a">`)
    assert.deepEqual(readPageMetadata(document), {
      title: 'Ministers meet in Lisbon',
      byline: 'Ana Ribeiro',
      date: '2019-11-05',
      url: 'https://harbour.example/a',
      source: 'Harbour Times',
    })
  })

  const dateCases: [string, string, string][] = [
    ['meta name=date', '<meta name="date" content="2020-01-02">', ''],
    ['meta name=pubdate (upper case name)', '<meta name="PubDate" content="20200102">', ''],
    ['Dublin Core', '<meta name="DC.date.issued" content="2020/01/02">', ''],
    ['itemprop datePublished', '', '<time itemprop="datePublished" datetime="2020-01-02T08:00">Jan 2</time>'],
  ]
  for (const [name, head, body] of dateCases) {
    it(`reads the date from ${name}`, () =>
      assert.equal(readPageMetadata(page(head, body)).date, '2020-01-02'))
  }

  it('finds a byline in the body when the metadata has none', () => {
    const document = page(
      '',
      '<div class="post-meta">By <a href="/author/lena">Lena Varga</a> · 5 July 2024</div>',
    )
    assert.equal(readPageMetadata(document).byline, 'Lena Varga')
  })

  it('ignores an author URL', () => {
    assert.equal(
      readPageMetadata(page('<meta property="article:author" content="https://x.example/u">')).byline,
      null,
    )
  })
})

describe('cleanTitle and siteFromTitle', () => {
  const cleanCases: [string, string | null, string][] = [
    ['Talks stall | The Daily', 'The Daily', 'Talks stall'],
    ['Talks stall - the daily', 'The Daily', 'Talks stall'],
    ['Talks stall', 'The Daily', 'Talks stall'],
    ['Biden - Putin summit', null, 'Biden - Putin summit'],
  ]
  for (const [title, source, expected] of cleanCases) {
    it(`cleanTitle("${title}")`, () => assert.equal(cleanTitle(title, source), expected))
  }

  const siteCases: [string, string, string | null][] = [
    ['Talks stall — The Daily', 'Talks stall', 'The Daily'],
    ['Talks stall over the port, officials say · Brussels Briefing', 'Talks stall', 'Brussels Briefing'],
    ['Biden - Putin summit', 'Biden - Putin summit', null],
    ['Putin - Biden summit ends', 'Talks between Putin and Biden end', null],
  ]
  for (const [pageTitle, headline, expected] of siteCases) {
    it(`siteFromTitle("${pageTitle}")`, () => assert.equal(siteFromTitle(pageTitle, headline), expected))
  }
})
