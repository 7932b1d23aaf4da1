import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { type RunningServer, startServer } from './start-server.js'

const TOKEN = 'test-token-0123456789abcdef'
const HEADERS = { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }

const PEOPLE = [
  'Antony Blinken',
  'Sergei Lavrov',
  'Wang Yi',
  'Annalena Baerbock',
  'Penny Wong',
  'Hakan Fidan',
]
const PLACES = ['Geneva', 'Jakarta', 'Nairobi', 'Lima', 'Oslo', 'Doha']

/** A long wire story written for this test: many varied paragraphs of meetings, calls and quotations. */
function longArticle(paragraphs: number): string {
  const out: string[] = []
  for (let i = 0; i < paragraphs; i++) {
    const a = PEOPLE[i % PEOPLE.length]!
    const b = PEOPLE[(i * 5 + 1) % PEOPLE.length]!
    const place = PLACES[(i * 7) % PLACES.length]!
    out.push(
      `${a} met ${b === a ? PEOPLE[(i + 2) % PEOPLE.length] : b} in ${place} on day ${i + 1} of the talks, officials said. ` +
        `“We spoke for ${(i % 9) + 1} hours about the ceasefire,” ${a.split(' ')[1]} told reporters after the session. ` +
        `Neither side would say whether a second round in ${PLACES[(i + 1) % PLACES.length]} was planned.`,
    )
  }
  return out.join('\n\n')
}

describe('HTTP ingestion off the event loop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-loop-'))
  let server: RunningServer
  before(async () => {
    server = await startServer({
      token: TOKEN,
      dbPath: join(dir, 'api.db'),
      ingestWorkers: 1,
      maxPendingArticles: 3,
    })
  })
  after(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('the server answers /api/health while a long article is extracted and stored', async () => {
    const text = longArticle(400)
    assert.ok(text.length > 80_000)
    let done = false
    const posted = fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ id: 'long-talks', date: '2024-02-01', text }),
    }).finally(() => {
      done = true
    })
    const healthWhileBusy: number[] = []
    while (!done) {
      const started = performance.now()
      const health = await fetch(`${server.base}/api/health`)
      await health.json()
      if (!done) healthWhileBusy.push(performance.now() - started)
    }
    const response = await posted
    assert.equal(response.status, 201)
    const body = (await response.json()) as { results: { outcome: string; events: number }[] }
    assert.equal(body.results[0]?.outcome, 'inserted')
    assert.ok((body.results[0]?.events ?? 0) > 100)
    assert.ok(
      healthWhileBusy.length >= 3,
      `health answered ${healthWhileBusy.length} time(s) during the ingest`,
    )
    // stored by the worker's own connection, read back through the server's
    const stored = await fetch(`${server.base}/api/documents/long-talks`)
    assert.equal(stored.status, 200)
  })

  test('more articles than the server will hold pending are refused with 503 and Retry-After', async () => {
    const articles = [1, 2, 3, 4].map((n) => ({ id: `n${n}`, text: longArticle(3 + n) }))
    const response = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify(articles),
    })
    assert.equal(response.status, 503)
    assert.equal(response.headers.get('retry-after'), '5')
    const fits = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify(articles.slice(0, 3)),
    })
    assert.equal(fits.status, 201)
  })
})
