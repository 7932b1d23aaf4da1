import assert from 'node:assert/strict'
import { request } from 'node:http'
import { after, before, describe, test } from 'node:test'
import { LOOPBACK_HOSTS } from '../../src/server/server.js'
import { XSS_QUOTE } from './fixture-records.js'
import { type RunningServer, startServer } from './start-server.js'

const TOKEN = 'test-token-0123456789abcdef'

interface ErrorBody {
  error: { status: number; message: string; parameter?: string }
}

let server: RunningServer

async function get(path: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${server.base}${path}`)
  const text = await response.text()
  return {
    status: response.status,
    body: text.startsWith('{') ? JSON.parse(text) : text,
    headers: response.headers,
  }
}

describe('HTTP API', () => {
  before(async () => {
    server = await startServer()
  })
  after(() => server.close())

  test('health reports the store figures', async () => {
    const { status, body } = await get('/api/health')
    assert.equal(status, 200)
    assert.deepEqual((body as { stats: { documents: number } }).stats.documents, 3)
  })

  test('GET /api lists the endpoints', async () => {
    const { status, body } = await get('/api')
    assert.equal(status, 200)
    const paths = (body as { endpoints: { path: string }[] }).endpoints.map((e) => e.path)
    assert.ok(paths.includes('/api/contacts'))
  })

  test('GET /api/actor-rules lists the identity rules (none until someone merges)', async () => {
    const { status, body } = await get('/api/actor-rules')
    assert.equal(status, 200)
    assert.deepEqual(body, { items: [] })
  })

  test('GET /api/types serves the PLOVER type facts the dashboard colours and filters by', async () => {
    const { status, body } = await get('/api/types')
    assert.equal(status, 200)
    const { types, statuses } = body as {
      types: { type: string; quad: number; tone: string; contact: boolean }[]
      statuses: { status: string; label: string }[]
    }
    assert.equal(types.length, 16)
    const consult = types.find((t) => t.type === 'CONSULT')
    assert.deepEqual([consult?.quad, consult?.tone, consult?.contact], [1, 'cooperation', true])
    const assault = types.find((t) => t.type === 'ASSAULT')
    assert.deepEqual([assault?.quad, assault?.tone, assault?.contact], [4, 'conflict', false])
    assert.deepEqual(
      statuses.map((s) => s.status),
      ['asserted', 'negated', 'hypothetical', 'future'],
    )
  })

  test('GET /api/speakers and /api/stats count the stored record', async () => {
    const speakers = (await get('/api/speakers?limit=3')).body as {
      total: number
      unattributed: number
      speakers: { actor: { name: string }; quotes: number }[]
    }
    assert.ok(speakers.total > 0)
    assert.ok(speakers.speakers.length > 0 && speakers.speakers.length <= 3)
    const counts = speakers.speakers.map((s) => s.quotes)
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    )
    const byType = (await get('/api/stats')).body as { by: string; total: number; rows: { count: number }[] }
    assert.equal(byType.by, 'type')
    assert.equal(
      byType.rows.reduce((n, r) => n + r.count, 0),
      byType.total,
    )
    const { status, body } = await get('/api/stats?by=weekday')
    assert.equal(status, 400)
    assert.equal((body as ErrorBody).error.parameter, 'by')
  })

  test('every answer carries the security headers and no CORS header', async () => {
    for (const path of ['/api/health', '/', '/api/nope']) {
      const { headers } = await get(path)
      assert.match(headers.get('content-security-policy') ?? '', /default-src 'self'/, path)
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path)
      assert.equal(headers.get('access-control-allow-origin'), null, path)
    }
  })

  test('GET /api/events downloads the whole view as CSV or PLOVER, and sorts either way', async () => {
    const csv = await get('/api/events?format=csv&limit=1')
    assert.equal(csv.status, 200)
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/)
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="parley-events\.csv"/)
    const rows = String(csv.body).trim().split('\r\n')
    assert.equal(rows.length, 6, 'a header and every event of the view, whatever the page')
    const plover = await fetch(`${server.base}/api/events?format=plover&actor=Lavrov`)
    assert.match(plover.headers.get('content-type') ?? '', /^application\/x-ndjson/)
    const records = (await plover.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { actor: unknown; status?: string })
    assert.ok(records.length > 0 && records.every((r) => r.actor))
    assert.ok(
      records.every((r) => r.status === undefined || r.status === 'asserted'),
      'asserted only by default',
    )
    const newest = (await get('/api/events?limit=1')).body as { items: { id: number }[] }
    const oldest = (await get('/api/events?limit=1&order=asc')).body as { items: { id: number }[] }
    assert.notEqual(newest.items[0]?.id, oldest.items[0]?.id)
  })

  const badRequests: readonly [string, string][] = [
    ['/api/events?format=xml', 'format'],
    ['/api/quotes?kind=loud', 'kind'],
    ['/api/quotes?since=2020-13-01', 'since'],
    ['/api/events?order=sideways', 'order'],
    ['/api/events?limit=501', 'limit'],
    ['/api/events?limit=0', 'limit'],
    ['/api/events?limit=ten', 'limit'],
    ['/api/events?offset=-1', 'offset'],
    ['/api/events?type=HUG', 'type'],
    ['/api/events?status=maybe', 'status'],
    ['/api/events?since=2020-02-30', 'since'],
    ['/api/events?since=2021-01-01&until=2020-01-01', 'since'],
    ['/api/events?colour=red', 'colour'],
    ['/api/events?actor=a&actor=b', 'actor'],
    ['/api/quotes?speaker=%20', 'speaker'],
    [`/api/quotes?q=${'x'.repeat(201)}`, 'q'],
    ['/api/contacts?a=Clinton', 'b'],
    ['/api/health?verbose=1', 'verbose'],
  ]
  for (const [path, parameter] of badRequests) {
    test(`400 naming "${parameter}" for ${path.slice(0, 60)}`, async () => {
      const { status, body } = await get(path)
      assert.equal(status, 400)
      assert.equal((body as ErrorBody).error.parameter, parameter)
      assert.match((body as ErrorBody).error.message, new RegExp(parameter))
    })
  }

  test('unknown routes are 404 and wrong methods 405', async () => {
    assert.equal((await get('/api/nothing')).status, 404)
    assert.equal((await get('/nothing.html')).status, 404)
    assert.equal((await get('/api/documents/no-such-doc')).status, 404)
    const response = await fetch(`${server.base}/api/events`, { method: 'DELETE' })
    assert.equal(response.status, 405)
    assert.match(response.headers.get('allow') ?? '', /GET/)
  })

  test('events filter by actor, type and status, with pagination', async () => {
    const all = (await get('/api/events?limit=500')).body as {
      items: { type: string }[]
      next: number | null
    }
    assert.equal(all.items.length, 5)
    assert.equal(all.next, null)
    const first = (await get('/api/events?limit=2')).body as {
      items: { id: number }[]
      next: number | null
      total: number
    }
    assert.equal(first.items.length, 2)
    assert.equal(first.next, 2)
    assert.equal(first.total, 5, 'the total counts every page')
    const actors = (await get('/api/actors?limit=1')).body as { items: unknown[]; total: number }
    assert.equal(actors.items.length, 1)
    assert.ok(actors.total > 1)
    const quotes = (await get('/api/quotes?limit=1')).body as { items: unknown[]; total: number }
    assert.equal(quotes.items.length, 1)
    assert.ok(quotes.total >= 1)
    const direct = (await get('/api/quotes?kind=direct&limit=500')).body as {
      items: { kind: string }[]
      total: number
    }
    assert.ok(direct.items.length > 0 && direct.items.every((q) => q.kind === 'direct'))
    assert.equal(direct.total, direct.items.length)
    const old = (await get('/api/quotes?until=1900-01-01')).body as { items: unknown[]; total: number }
    assert.deepEqual([old.items.length, old.total], [0, 0])
    const nobody = (await get('/api/events?actor=Nobodyxyz')).body as {
      items: unknown[]
      warnings?: string[]
    }
    assert.deepEqual(nobody.warnings, ['no stored actor matches "Nobodyxyz"'])
    assert.equal((old as { warnings?: unknown }).warnings, undefined, 'no warning when no name is at fault')
    const second = (await get('/api/events?limit=2&offset=2')).body as { items: { id: number }[] }
    assert.equal(second.items.length, 2)
    assert.notDeepEqual(
      second.items.map((e) => e.id),
      first.items.map((e) => e.id),
    )
    const negated = (await get('/api/events?actor=Lavrov&status=negated')).body as {
      items: { type: string; status: string }[]
    }
    assert.deepEqual(
      negated.items.map((e) => [e.type, e.status]),
      [['CONSULT', 'negated']],
    )
    const sanctions = (await get('/api/events?type=sanction&since=2018-01-01')).body as {
      items: { recipient: { name: string }[] }[]
    }
    assert.deepEqual(
      sanctions.items.map((e) => e.recipient[0]?.name),
      ['Russia'],
    )
    const none = (await get('/api/events?actor=Nobody%20Atall')).body as { items: unknown[] }
    assert.deepEqual(none.items, [])
  })

  test('quotes by speaker and by text, returned verbatim in JSON', async () => {
    const may = (await get('/api/quotes?speaker=May')).body as { items: { text: string }[] }
    assert.deepEqual(
      may.items.map((q) => q.text),
      ['This was an unlawful use of force,'],
    )
    const found = (await get('/api/quotes?q=apology')).body as { items: { text: string }[] }
    assert.equal(found.items[0]?.text, `${XSS_QUOTE},`)
  })

  test('searches are text: NUL, FTS5 syntax and LIKE wildcards never fail or match everything', async () => {
    for (const path of [
      '/api/quotes?q=%00',
      '/api/quotes?q=a%00b',
      '/api/quotes?q=%22',
      '/api/quotes?q=NEAR(',
    ]) {
      const { status, body } = await get(path)
      assert.equal(status, 200, path)
      assert.deepEqual((body as { items: unknown[] }).items, [], path)
    }
    for (const path of ['/api/actors?search=_', '/api/actors?search=%25', '/api/events?actor=%25']) {
      const { status, body } = await get(path)
      assert.equal(status, 200, path)
      assert.deepEqual((body as { items: unknown[] }).items, [], path)
    }
  })

  test('contacts answer with the last contact, refusals and stated absence', async () => {
    const { status, body } = await get('/api/contacts?a=Clinton&b=Lavrov')
    assert.equal(status, 200)
    const contacts = body as {
      summary: { lastContact: { type: string } | null; refusals: unknown[]; absences: unknown[] }
      events: { type: string; status: string }[]
    }
    assert.equal(contacts.summary.lastContact?.type, 'CONSULT')
    assert.equal(contacts.summary.refusals.length, 1)
    assert.equal(contacts.summary.absences.length, 1)
    assert.deepEqual(
      contacts.events.map((e) => `${e.type}/${e.status}`),
      ['CONSULT/asserted', 'CONSULT/negated', 'REJECT/asserted'],
    )
    assert.equal((await get('/api/contacts?a=Clinton&b=Nobody%20Atall')).status, 404)
  })

  test('the network joins the engaged actors', async () => {
    const network = (await get('/api/network')).body as {
      nodes: { name: string }[]
      edges: { total: number; negated: number }[]
    }
    assert.ok(network.nodes.some((n) => n.name === 'Theresa May'))
    assert.ok(network.edges.some((e) => e.total === 3 && e.negated === 1))
  })

  test('a document comes back with its text and records', async () => {
    const { status, body } = await get('/api/documents/manila-2017')
    assert.equal(status, 200)
    const stored = body as { record: { document: { text: string }; quotes: unknown[] } }
    assert.ok(stored.record.document.text.includes(XSS_QUOTE))
    assert.equal(stored.record.quotes.length, 1)
  })

  test('the dashboard and its modules are served', async () => {
    const page = await get('/')
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type') ?? '', /text\/html/)
    assert.match(String(page.body), /<script type="module" src="\/app.js">/)
    const script = await get('/app.js')
    assert.match(script.headers.get('content-type') ?? '', /javascript/)
    assert.equal((await get('/../package.json')).status, 404)
    assert.equal((await get('/%2e%2e/package.json')).status, 404)
  })

  test('ingestion is refused without a configured token', async () => {
    const response = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ id: 'x', text: 'Hello.' }),
    })
    assert.equal(response.status, 403)
  })
})

describe('HTTP ingestion with a token', () => {
  let writable: RunningServer
  before(async () => {
    writable = await startServer({ token: TOKEN })
  })
  after(() => writable.close())

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${writable.base}/api/documents`, { method: 'POST', headers, body })

  test('a missing or wrong token is 401, a wrong content type 415, bad JSON 400', async () => {
    const json = { 'Content-Type': 'application/json' }
    assert.equal((await post('{}', json)).status, 401)
    assert.equal((await post('{}', { ...json, Authorization: 'Bearer wrong-token-000000000' })).status, 401)
    const auth = { Authorization: `Bearer ${TOKEN}` }
    assert.equal((await post('{}', { ...auth, 'Content-Type': 'text/plain' })).status, 415)
    assert.equal((await post('{"id":', { ...auth, ...json })).status, 400)
    const noText = await post('{"id":"a"}', { ...auth, ...json })
    assert.equal(noText.status, 422)
  })

  test('an article is extracted, stored, and stored once', async () => {
    const article = {
      id: 'posted-1',
      date: '2021-06-16',
      title: 'Leaders meet',
      text: 'President Joe Biden met President Vladimir Putin in Geneva on Wednesday. "It was a good meeting," Biden told reporters.',
    }
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }
    const first = await post(JSON.stringify(article), headers)
    assert.equal(first.status, 201)
    const body = (await first.json()) as { results: { id: string; outcome: string }[] }
    assert.deepEqual(
      body.results.map((r) => [r.id, r.outcome]),
      [['posted-1', 'inserted']],
    )
    const again = (await (await post(JSON.stringify([article]), headers)).json()) as {
      results: { outcome: string }[]
    }
    assert.equal(again.results[0]?.outcome, 'unchanged')
    const stored = await fetch(`${writable.base}/api/documents/posted-1`)
    assert.equal(stored.status, 200)
  })
})

/** GET with a chosen Host header (fetch does not let one set it). */
function statusWithHost(base: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/health`, { headers: { Host: host } }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

test('a loopback server answers only to loopback host names', async () => {
  const local = await startServer({ allowedHosts: LOOPBACK_HOSTS })
  try {
    const port = new URL(local.base).port
    assert.equal(await statusWithHost(local.base, `localhost:${port}`), 200)
    assert.equal(await statusWithHost(local.base, `127.0.0.1:${port}`), 200)
    assert.equal(await statusWithHost(local.base, `rebound.example:${port}`), 421)
  } finally {
    await local.close()
  }
})
