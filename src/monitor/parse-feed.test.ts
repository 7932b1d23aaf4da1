import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { parseFeed } from './parse-feed.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url), 'utf8')

function parsed(xml: string, base: string) {
  const result = parseFeed(xml, base)
  assert.ok(result.ok, result.ok ? '' : result.reason)
  return result.feed
}

describe('parseFeed', () => {
  it('reads RSS 2.0: CDATA, entities and typography, relative links, guids, origLink, dates', () => {
    const feed = parsed(fixture('rss2.xml'), 'https://news.example.org/world/rss.xml')
    assert.equal(feed.format, 'rss')
    assert.equal(feed.title, 'Harbour Desk & Wire — World')
    assert.deepEqual(
      feed.items.map((i) => i.link),
      [
        'https://news.example.org/world/2024/03/geneva-talks?utm_source=rss&utm_medium=feed',
        'https://news.example.org/world/2024/03/envoy-visit',
        'https://news.example.org/world/2024/03/guid-link',
        'https://news.example.org/world/2024/03/orig-link',
      ],
      'the item without a link is dropped; atom:link rel=self in the channel is not an item',
    )
    assert.equal(feed.items[0]?.title, 'Ministers meet in Geneva as talks “resume”')
    assert.equal(feed.items[0]?.guid, 'harbour-desk-18442')
    assert.equal(feed.items[0]?.published, 'Tue, 12 Mar 2024 09:30:00 +0000')
    assert.equal(feed.items[1]?.title, 'Envoy’s visit\u00a0postponed — officials')
    assert.equal(feed.items[1]?.published, '2024-03-11T18:05:00Z')
  })

  it('reads Atom: the alternate link among replies and enclosures, relative hrefs, published before updated', () => {
    const feed = parsed(fixture('atom.xml'), 'https://capital.example.com/feed.atom')
    assert.equal(feed.format, 'atom')
    assert.equal(feed.title, 'Capital Notes')
    assert.deepEqual(
      feed.items.map((i) => [i.link, i.published]),
      [
        ['https://capital.example.com/2024/03/12/ministers-call', '2024-03-12T08:15:00+01:00'],
        ['https://capital.example.com/2024/03/11/summit-preview', '2024-03-11T16:40:00Z'],
      ],
    )
    assert.equal(feed.items[0]?.guid, 'tag:capital.example.com,2024:77')
  })

  it('reads RSS 1.0 (RDF), taking rdf:about when an item has no link', () => {
    const feed = parsed(fixture('rdf.xml'), 'https://old.example.org/rss')
    assert.equal(feed.format, 'rdf')
    assert.deepEqual(
      feed.items.map((i) => [i.link, i.published]),
      [
        ['https://old.example.org/stories/1', '2003-05-02'],
        ['https://old.example.org/stories/2', null],
      ],
    )
  })

  it('reads Google-News sitemaps and sitemap indexes', () => {
    const feed = parsed(fixture('news-sitemap.xml'), 'https://daily.example.net/news-sitemap.xml')
    assert.equal(feed.format, 'sitemap')
    assert.deepEqual(feed.items[0], {
      link: 'https://daily.example.net/politics/summit-opens',
      title: 'Summit opens with a handshake',
      published: '2024-03-12T06:00:00+00:00',
      guid: null,
    })
    assert.equal(feed.items[1]?.published, '2024-03-10', 'lastmod when there is no news block')
    const index = parsed(fixture('sitemap-index.xml'), 'https://daily.example.net/sitemap.xml')
    assert.equal(index.format, 'sitemap-index')
    assert.deepEqual(index.sitemaps, [
      'https://daily.example.net/sitemaps/news-1.xml',
      'https://daily.example.net/sitemaps/news-2.xml',
    ])
  })

  it('keeps a feed with a stray ampersand, and refuses what is no feed with a reason', () => {
    const lenient = parseFeed(
      '<rss><channel><title>A & B</title><item><link>https://a.example/x?a=1&b=2</link></item></channel></rss>',
      'https://a.example/',
    )
    assert.ok(lenient.ok)
    assert.equal(lenient.feed.items[0]?.link, 'https://a.example/x?a=1&b=2')
    const html = parseFeed('<!doctype html><html><body><p>Hello</p></body></html>', 'https://a.example/')
    assert.equal(html.ok, false)
    const broken = parseFeed('<rss><channel><item><title>cut off', 'https://a.example/')
    assert.equal(broken.ok, false)
    assert.match(broken.ok ? '' : broken.reason, /cut off/)
    const bomb = parseFeed(
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></channel></rss>',
      'https://a.example/',
    )
    assert.deepEqual(bomb, { ok: false, reason: 'the feed declares XML entities, which are refused' })
    const ftp = parsed(
      '<rss><channel><item><link>ftp://a.example/file</link></item></channel></rss>',
      'https://a.example/',
    )
    assert.equal(ftp.items.length, 0, 'only http(s) pages are items')
  })
})
