import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, it } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { runAlertsCommand } from '../../src/cli/alerts.js'
import { runWatchCommand } from '../../src/cli/watch.js'
import { createExtractor } from '../../src/extract.js'
import { openMonitor } from '../../src/monitor/open-monitor.js'
import { type FixtureServer, rssFeed, startFixtureServer } from '../helpers/http-fixtures.js'

const SAMPLES = new URL('../../samples/web/', import.meta.url)
const pages = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.html'))
  .sort()
const SIXTH = '2024-07-05-moscow-orban-visit-eu-rebuke.html'
const FIRST_FIVE = pages.filter((name) => name !== SIXTH).slice(0, 5)
const SECRET = `whsec_${Buffer.from('a test secret of 32 bytes length').toString('base64')}`

const dir = mkdtempSync(join(tmpdir(), 'parley-watch-'))
const db = join(dir, 'watch.db')
const extractor = createExtractor()
const lines: string[] = []
let site: FixtureServer
let receiver: FixtureServer

const item = (name: string) => ({
  link: `${site.base}/articles/${name}?utm_source=rss&utm_medium=feed`,
  title: name.replace(/\.html$/, ''),
  date: 'Fri, 05 Jul 2024 12:00:00 GMT',
})

const watch = (...args: string[]) =>
  runWatchCommand([`${site.base}/world/rss.xml`, '--once', '--db', db, '--host-delay', '0s', ...args], {
    err: (line) => lines.push(line),
    extractor,
    retry: { attempts: 2, baseMs: 10, maxMs: 100 },
    deliveryBackoff: { attempts: 4, baseMs: 50, maxMs: 1000 },
  })

const articleHits = () => site.requests.filter((r) => r.path.startsWith('/articles/')).length

before(async () => {
  site = await startFixtureServer({
    '/robots.txt': { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' },
    '/world/rss.xml': { type: 'application/rss+xml', body: '', etag: '"v1"' },
  })
  for (const name of pages) site.set(`/articles/${name}`, { body: readFileSync(new URL(name, SAMPLES)) })
  site.set('/world/rss.xml', {
    type: 'application/rss+xml',
    body: rssFeed(FIRST_FIVE.map(item)),
    etag: '"v1"',
  })
  receiver = await startFixtureServer({
    '/hooks/parley': { status: 204, failFirst: { times: 1, status: 503 } },
  })
})

after(async () => {
  await site.close()
  await receiver.close()
  rmSync(dir, { recursive: true, force: true })
})

it('stores the five pages of a feed, then nothing on a second pass, fetching no article again', async () => {
  assert.equal(await watch(), 0, lines.join('\n'))
  const opened = openMonitor(db)
  assert.equal((await opened.store.stats()).documents, 5)
  const [feed] = await opened.monitor.listFeeds()
  assert.equal(feed?.documentsStored, 5)
  assert.equal(feed?.lastStatus, 'ok')
  const docs = await opened.store.listDocuments()
  assert.ok(
    docs.every((d) => d.id.startsWith(`${site.base}/articles/`) && !d.id.includes('utm_')),
    'documents are stored under their canonical URL, tracking parameters dropped',
  )
  await opened.close()
  assert.equal(articleHits(), 5)

  lines.length = 0
  assert.equal(await watch(), 0)
  assert.equal(articleHits(), 5, 'no article is fetched again')
  const feedRequests = site.requests.filter((r) => r.path === '/world/rss.xml')
  assert.equal(feedRequests.at(-1)?.headers['if-none-match'], '"v1"', 'conditional GET')
  assert.match(lines.join('\n'), /not modified; 0 page\(s\) fetched: 0 stored/)
  const again = openMonitor(db)
  assert.equal((await again.store.stats()).documents, 5)
  assert.equal((await again.monitor.listFeeds())[0]?.lastStatus, 'not-modified')
  await again.close()

  // the same items again without validators: the feed is read, still no article fetched
  site.set('/world/rss.xml', { type: 'application/rss+xml', body: rssFeed(FIRST_FIVE.map(item).reverse()) })
  assert.equal(await watch(), 0)
  assert.equal(articleHits(), 5)
})

it('delivers a correctly signed webhook, retried once, when a sixth item brings an event of the alert', async () => {
  const out: string[] = []
  const add = await runAlertsCommand(
    [
      'add',
      '--name',
      'orban-contacts',
      '--actor',
      'Orban',
      '--type',
      'CONSULT',
      '--webhook',
      `${receiver.base}/hooks/parley`,
      '--secret',
      SECRET,
      '--db',
      db,
    ],
    { out: async (text) => void out.push(text) },
  )
  assert.equal(add, 0)
  assert.doesNotMatch(out.join(''), new RegExp(SECRET.slice(12)), 'the secret is not printed back')

  site.set('/world/rss.xml', {
    type: 'application/rss+xml',
    body: rssFeed([item(SIXTH), ...FIRST_FIVE.map(item)]),
    etag: '"v2"',
  })
  lines.length = 0
  assert.equal(await watch(), 0, lines.join('\n'))
  assert.equal(articleHits(), 6, 'only the new page is fetched')
  const posts = receiver.requests.filter((r) => r.method === 'POST')
  assert.ok(posts.length >= 2, `the first delivery fails (503) and is retried: ${lines.join('\n')}`)
  const last = posts.at(-1)!
  assert.equal(posts[0]?.headers['webhook-id'], last.headers['webhook-id'], 'a retry keeps its webhook-id')
  const headers = Object.fromEntries(Object.entries(last.headers).map(([k, v]) => [k, String(v)]))
  const payload = new Webhook(SECRET).verify(last.body, headers) as {
    type: string
    data: { alert: { name: string }; event: { id: number; type: string; actor: { name: string }[] } }
  }
  assert.equal(payload.type, 'parley.event.new')
  assert.equal(payload.data.alert.name, 'orban-contacts')
  assert.equal(payload.data.event.type, 'CONSULT')
  assert.ok(payload.data.event.actor.some((a) => a.name.startsWith('Viktor Orb')))
  const hmac = createHmac('sha256', SECRET).update(last.body).digest('hex')
  assert.equal(last.headers['x-parley-signature'], `sha256=${hmac}`)
  assert.throws(() =>
    new Webhook(`whsec_${Buffer.from('another secret of 32 bytes, too').toString('base64')}`).verify(
      last.body,
      headers,
    ),
  )

  const opened = openMonitor(db)
  const [alert] = await opened.monitor.listAlerts()
  assert.ok(alert && alert.delivered >= 1 && alert.pending === 0 && alert.failed === 0)
  const deliveredEvents = new Set(
    posts.map((p) => (JSON.parse(p.body) as { data: { event: { id: number } } }).data.event.id),
  )
  assert.equal(alert.delivered, deliveredEvents.size, 'one delivery per event')
  const log = await opened.monitor.deliveryLog({ alert: 'orban-contacts' })
  assert.equal(log.length, posts.length, 'every attempt is logged')
  assert.ok(log.some((entry) => entry.httpStatus === 503) && log.some((entry) => entry.httpStatus === 204))
  await opened.close()

  // another pass: nothing new, nothing delivered twice
  const before = receiver.requests.length
  assert.equal(await watch(), 0)
  assert.equal(receiver.requests.length, before)
})
