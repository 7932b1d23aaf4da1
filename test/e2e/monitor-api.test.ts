import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { sqliteMonitorStore } from '../../src/monitor/sqlite-monitor-store.js'
import { createServer } from '../../src/server/server.js'
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { meetingReport } from '../contract/fixtures.js'

const TOKEN = 'monitor-token-0123456789'

interface Running {
  readonly base: string
  close(): Promise<void>
}

async function start(store: SqliteStore, token: string | null): Promise<Running> {
  const server = createServer({ store, monitor: sqliteMonitorStore(store.db), token, onError: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

describe('monitor API', () => {
  let store: SqliteStore
  let open: Running
  let readOnly: Running
  const call = async (path: string, init: RequestInit = {}, base = open.base) => {
    const response = await fetch(`${base}${path}`, init)
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const post = (body: unknown, token: string | null = TOKEN, base = open.base) =>
    call(
      '/api/alerts',
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      },
      base,
    )

  before(async () => {
    store = openSqliteStore(':memory:')
    await store.putDocument(meetingReport('a'), { contentHash: 'a' })
    const monitor = sqliteMonitorStore(store.db)
    await monitor.saveFeed({
      url: 'https://news.example.org/rss',
      name: 'Example',
      settings: { interval: 600 },
    })
    open = await start(store, TOKEN)
    readOnly = await start(store, null)
  })
  after(async () => {
    await open.close()
    await readOnly.close()
    await store.close()
  })

  test('GET /api/feeds lists the feeds with their state and the latest page errors', async () => {
    const { status, body } = await call('/api/feeds')
    assert.equal(status, 200)
    const items = body.items as { url: string; name: string; settings: object; lastStatus: null }[]
    assert.deepEqual(
      items.map((f) => [f.url, f.name, f.settings, f.lastStatus]),
      [['https://news.example.org/rss', 'Example', { interval: 600 }, null]],
    )
    assert.deepEqual(body.errors, [])
    assert.equal((await call('/api/feeds?errors=0')).status, 400)
  })

  test('alerts are added and removed only with the token; secrets never come back', async () => {
    const alert = { name: 'pair', contacts: ['Blinken', 'Lavrov'], webhook: 'https://hooks.example.org/x' }
    assert.equal((await post(alert, null, readOnly.base)).status, 403)
    assert.equal((await post(alert, null)).status, 401)
    assert.equal((await post(alert, 'wrong-token-0123456789')).status, 401)
    const bad = await post({ ...alert, type: 'HUG' })
    assert.equal(bad.status, 400)
    assert.equal((bad.body.error as { parameter: string }).parameter, 'type')
    const created = await post(alert)
    assert.equal(created.status, 201)
    const secret = (created.body.alert as { secret: string }).secret
    assert.match(secret, /^whsec_/, 'a generated secret is shown once')
    assert.equal((await post(alert)).status, 409)
    const given = await post({ ...alert, name: 'given', secret: 'my own secret of some length' })
    assert.equal((given.body.alert as { secret: string }).secret, 'my…')
    const list = await call('/api/alerts')
    assert.deepEqual(
      (list.body.items as { name: string; secret: string }[]).map((a) => [a.name, a.secret.endsWith('…')]),
      [
        ['pair', true],
        ['given', true],
      ],
    )
    assert.ok(!JSON.stringify(list.body).includes(secret))
    const remove = (id: string, token: string | null = TOKEN) =>
      call(`/api/alerts/${id}`, {
        method: 'DELETE',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      })
    assert.equal((await remove('given', null)).status, 401)
    assert.equal((await remove('given')).status, 200)
    assert.equal((await remove('given')).status, 404)
    assert.deepEqual((await call('/api/alerts/log')).body.items, [])
  })

  test('GET /api/events/new answers the events stored after an id', async () => {
    const none = await call('/api/events/new')
    assert.equal(none.body.count, 0, 'without "after", from the latest: nothing is new')
    const latest = none.body.latest as number
    // another meeting, told in other words (the same sentence as an earlier article's would be the same report)
    const wording = 'Months later, Antony Blinken met Sergei Lavrov again.'
    await store.putDocument(meetingReport('b', { date: ['2023-02-01', '2023-02-01'], wording }), {
      contentHash: 'b',
    })
    const fresh = await call(`/api/events/new?after=${latest}`)
    assert.equal(fresh.body.count, 1)
    assert.equal((fresh.body.items as { id: number }[])[0]?.id, latest + 1)
    assert.equal((await call('/api/events/new?after=-1')).status, 400)
  })
})
