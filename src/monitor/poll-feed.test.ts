import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  articlePage,
  type FixtureServer,
  rssFeed,
  startFixtureServer,
  storyParagraphs,
} from '../../test/helpers/http-fixtures.js'
import type { IngestDocument } from '../ingest/types.js'
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js'
import type { DocumentSink } from './document-sink.js'
import type { MonitorStore } from './monitor-store.js'
import type { WatchError } from './poll-feed.js'
import { sqliteMonitorStore } from './sqlite-monitor-store.js'
import { watchFeeds } from './watch.js'
import { createWatchContext, DEFAULT_WATCH_SETTINGS } from './watch-context.js'

let site: FixtureServer
let store: SqliteStore
let monitor: MonitorStore
const stored: IngestDocument[] = []
const errors: WatchError[] = []
const sink: DocumentSink = async (documents) => {
  stored.push(...documents)
  return documents.map((d) => ({ id: d.meta.id, outcome: 'inserted' as const }))
}

const page = (seed: string, extra: { date?: string; canonical?: string } = {}) => ({
  body: articlePage({ title: `Talks in ${seed}`, paragraphs: storyParagraphs(seed), ...extra }),
})

function context() {
  return createWatchContext({
    store,
    monitor,
    sink,
    settings: {
      ...DEFAULT_WATCH_SETTINGS,
      hostDelayMs: 0,
      timeoutMs: 400,
      maxBytes: 64 * 1024,
      retry: { attempts: 2, baseMs: 10, maxMs: 100 },
    },
    onError: (e) => errors.push(e),
  })
}

const feedUrl = () => `${site.base}/feed.xml`
const poll = () =>
  watchFeeds(context(), { feeds: [{ url: feedUrl(), name: 'Test', settings: {} }], once: true })

before(async () => {
  site = await startFixtureServer({
    '/robots.txt': {
      type: 'text/plain',
      body: 'User-agent: ParleyBot\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n',
    },
    '/a': page('Vienna', { date: '2024-03-12' }),
    '/nodate': page('Oslo'),
    '/redirect': { status: 301, headers: { Location: '/moved' } },
    '/moved': page('Lisbon', { date: '2024-03-10' }),
    '/loop': { status: 302, headers: { Location: '/loop2' } },
    '/loop2': { status: 302, headers: { Location: '/loop' } },
    '/slow': { ...page('Quito'), delayMs: 1500 },
    '/broken': { ...page('Lima'), breakMidway: true },
    '/private/memo': page('Bern'),
    '/gone': { status: 404, body: 'gone' },
    '/image': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/big': { body: `<html><body>${'<p>padding text here</p>'.repeat(5000)}</body></html>` },
    '/copy': {
      body: articlePage({
        title: 'Talks in Vienna (updated)',
        paragraphs: storyParagraphs('Vienna').map((p, i) => (i === 1 ? p.replace('three', 'four') : p)),
      }),
    },
    '/flaky': { ...page('Accra', { date: '2024-03-09' }), failFirst: { times: 1, status: 503 } },
    '/aliased': page('Hanoi', { canonical: '/canonical-home-of-aliased' }),
  })
  const link = (path: string) => ({
    link: `${site.base}${path}`,
    title: `item ${path}`,
    date: 'Mon, 11 Mar 2024 08:00:00 GMT',
  })
  site.set('/feed.xml', {
    type: 'application/rss+xml',
    etag: '"1"',
    body: rssFeed(
      [
        '/a',
        '/a?utm_source=x&fbclid=1',
        '/nodate',
        '/redirect',
        '/loop',
        '/slow',
        '/broken',
        '/private/memo',
        '/gone',
        '/image',
        '/big',
        '/copy',
        '/flaky',
        '/aliased',
      ].map(link),
    ),
  })
  store = openSqliteStore(':memory:')
  monitor = sqliteMonitorStore(store.db)
})

after(async () => {
  await site.close()
  await store.close()
})

describe('polling a feed', () => {
  it('stores good pages, skips duplicates, and records an error for each failing page while the rest proceeds', async () => {
    const [summary] = await poll()
    assert.equal(summary?.status, 'ok')
    const ids = stored.map((d) => d.meta.id.replace(site.base, '')).sort()
    assert.deepEqual(ids, ['/a', '/aliased', '/flaky', '/moved', '/nodate'])
    assert.equal(site.hits('/a') + site.hits('/a?utm_source=x&fbclid=1'), 1, 'one canonical URL, one fetch')
    assert.equal(summary?.duplicates, 1, 'the near-identical copy is not stored')
    const byPath = new Map(errors.map((e) => [e.url.replace(site.base, ''), e.code]))
    assert.deepEqual(Object.fromEntries([...byPath].sort()), {
      '/big': 'fetch/too-large',
      '/broken': 'fetch/network',
      '/gone': 'fetch/http-status',
      '/image': 'fetch/content-type',
      '/loop': 'fetch/redirects',
      '/private/memo': 'fetch/robots',
      '/slow': 'fetch/timeout',
    })
    assert.equal(summary?.errors, 7)
    assert.equal(site.hits('/private/memo'), 0, 'a disallowed page is never requested')
    assert.equal(site.hits('/flaky'), 2, 'a 503 is retried within the poll')

    const nodate = stored.find((d) => d.meta.id.endsWith('/nodate'))
    assert.equal(nodate?.meta.date, '2024-03-11', "the item's date stands in for the page's")
    assert.equal(
      stored.find((d) => d.meta.id.endsWith('/a'))?.meta.date,
      '2024-03-12',
      "the page's own date wins",
    )

    const [state] = await monitor.listFeeds()
    assert.equal(state?.documentsStored, 5)
    assert.equal(state?.pageErrors, 7)
    assert.equal(state?.etag, '"1"')
    assert.equal(state?.lastItemAt, '2024-03-11T08:00:00.000Z')
    const pageErrors = await monitor.pageErrors()
    assert.equal(pageErrors.length, 7)
    assert.deepEqual(
      pageErrors
        .filter((e) => e.retryable)
        .map((e) => e.url.replace(site.base, ''))
        .sort(),
      ['/broken', '/slow'],
    )
  })

  it('on the next poll of an unchanged feed fetches only the pages that failed for a passing reason', async () => {
    errors.length = 0
    stored.length = 0
    const before = site.requests.length
    site.set('/slow', page('Quito'))
    const [summary] = await poll()
    assert.equal(summary?.status, 'not-modified')
    const paths = site.requests.slice(before).map((r) => r.path)
    assert.deepEqual(paths.filter((p) => p !== '/robots.txt').sort(), [
      '/broken',
      '/broken',
      '/feed.xml',
      '/slow',
    ])
    assert.deepEqual(
      stored.map((d) => d.meta.id.replace(site.base, '')),
      ['/slow'],
    )
    assert.deepEqual(
      errors.map((e) => e.url.replace(site.base, '')),
      ['/broken'],
    )
  })

  it('knows a page by its other addresses: the link before a redirect and its declared canonical URL', async () => {
    const known = await monitor.knownUrls([
      `${site.base}/redirect`,
      `${site.base}/moved`,
      `${site.base}/canonical-home-of-aliased`,
      `${site.base}/never-seen`,
    ])
    assert.deepEqual([...known].map((u) => u.replace(site.base, '')).sort(), [
      '/canonical-home-of-aliased',
      '/moved',
      '/redirect',
    ])
  })

  it('records a failing feed, backs off its next poll, and polls the other feeds', async () => {
    errors.length = 0
    site.set('/down.xml', { status: 500, body: 'oops' })
    site.set('/html.xml', { body: '<!doctype html><html><body><p>Not a feed at all.</p></body></html>' })
    site.set('/ok.xml', { type: 'application/rss+xml', body: rssFeed([]) })
    const feeds = ['/down.xml', '/html.xml', '/ok.xml'].map((p) => ({
      url: `${site.base}${p}`,
      name: null,
      settings: {},
    }))
    const summaries = await watchFeeds(context(), { feeds, once: true })
    assert.deepEqual(
      summaries.map((s) => s.status),
      ['error', 'error', 'ok'],
    )
    assert.deepEqual(errors.map((e) => e.code).sort(), ['feed/unreadable', 'fetch/http-status'])
    const down = await monitor.getFeed(`${site.base}/down.xml`)
    assert.equal(down?.consecutiveErrors, 1)
    assert.match(down?.lastError ?? '', /HTTP 500/)
    await watchFeeds(context(), { feeds: feeds.slice(0, 1), once: true })
    const again = await monitor.getFeed(`${site.base}/down.xml`)
    assert.equal(again?.consecutiveErrors, 2)
    const wait = Date.parse(again?.nextPollAt ?? '') - Date.parse(again?.lastPolledAt ?? '')
    assert.equal(wait, 2 * DEFAULT_WATCH_SETTINGS.intervalMs, 'the second failure in a row doubles the wait')
  })
})
