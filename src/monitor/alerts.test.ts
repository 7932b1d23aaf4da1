import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { meetingReport } from '../../test/contract/fixtures.js'
import { type FixtureServer, startFixtureServer } from '../../test/helpers/http-fixtures.js'
import { openSqliteStore, type SqliteStore } from '../store/sqlite/sqlite-store.js'
import { AlertError, alertDefinition, matchAlerts } from './alerts.js'
import { createDispatcher } from './dispatcher.js'
import type { MonitorStore } from './monitor-store.js'
import { sqliteMonitorStore } from './sqlite-monitor-store.js'
import { signatureHeaders } from './webhook.js'

describe('alert definitions', () => {
  it('checks every field and generates a Standard Webhooks secret when none is given', () => {
    const alert = alertDefinition({
      name: ' blinken-lavrov ',
      contacts: 'Blinken, Lavrov',
      type: 'consult,reject',
      status: 'asserted',
      webhook: 'https://hooks.example.org/parley',
    })
    assert.equal(alert.name, 'blinken-lavrov')
    assert.deepEqual(alert.filter, {
      contacts: ['Blinken', 'Lavrov'],
      type: ['CONSULT', 'REJECT'],
      status: ['asserted'],
    })
    assert.match(alert.secret, /^whsec_[A-Za-z0-9+/]{32}$/)
    const bad: [Record<string, unknown>, string][] = [
      [{ webhook: 'https://a.example/' }, 'name'],
      [{ name: '12', webhook: 'https://a.example/' }, 'name'],
      [{ name: 'x' }, 'webhook'],
      [{ name: 'x', webhook: 'ftp://a.example/' }, 'webhook'],
      [{ name: 'x', webhook: 'https://a.example/', type: 'CHAT' }, 'type'],
      [{ name: 'x', webhook: 'https://a.example/', status: 'rumoured' }, 'status'],
      [{ name: 'x', webhook: 'https://a.example/', contacts: 'Blinken' }, 'contacts'],
      [{ name: 'x', webhook: 'https://a.example/', secret: 'short' }, 'secret'],
      [{ name: 'x', webhook: 'https://a.example/', secret: 'whsec_!!!' }, 'secret'],
    ]
    for (const [input, field] of bad) {
      assert.throws(
        () => alertDefinition(input),
        (e: unknown) => e instanceof AlertError && e.field === field,
        field,
      )
    }
  })

  it('signs with a raw (non-whsec) secret too, verifiable by the standardwebhooks package in raw form', () => {
    const secret = 'a plain shared secret, long enough'
    const at = new Date()
    const headers = signatureHeaders(secret, 'msg-1', at, '{"a":1}')
    assert.deepEqual(new Webhook(secret, { format: 'raw' }).verify('{"a":1}', headers), { a: 1 })
  })
})

describe('matching and delivering alerts', () => {
  let store: SqliteStore
  let monitor: MonitorStore
  let receiver: FixtureServer
  before(async () => {
    store = openSqliteStore(':memory:')
    monitor = sqliteMonitorStore(store.db)
    receiver = await startFixtureServer({ '/ok': { status: 200 }, '/down': { status: 500 } })
  })
  after(async () => {
    await store.close()
    await receiver.close()
  })

  it('matches only events stored after the alert, once per real-world event, never twice', async () => {
    // told in other words: the same sentence in two articles would be one report of one meeting
    const wording = 'In the capital, Antony Blinken met Sergei Lavrov for two hours.'
    await store.putDocument(meetingReport('old', { date: ['2022-01-10', '2022-01-10'], wording }), {
      contentHash: 'o',
    })
    const webhook = `${receiver.base}/ok`
    const pair = await monitor.addAlert(
      alertDefinition({ name: 'pair', contacts: 'Lavrov,Blinken', webhook }),
    )
    await monitor.addAlert(alertDefinition({ name: 'rejects', actor: 'Blinken', type: 'REJECT', webhook }))
    await monitor.addAlert(alertDefinition({ name: 'nobody', actor: 'Someone Unknown', webhook }))
    assert.equal(await matchAlerts(store, monitor), 0, 'the stored event predates the alerts')

    await store.putDocument(meetingReport('new', { date: ['2022-07-08', '2022-07-08'] }), {
      contentHash: 'n',
    })
    // a second report of the same meeting merges into the stored event: no new event, no new alert
    await store.putDocument(meetingReport('again', { date: ['2022-07-08', '2022-07-08'], swap: true }), {
      contentHash: 'a',
    })
    assert.equal((await store.stats()).events, 2)
    assert.equal(await matchAlerts(store, monitor), 1)
    assert.equal(await matchAlerts(store, monitor), 0, 'matched events are not queued again')
    const alerts = new Map((await monitor.listAlerts()).map((a) => [a.name, a]))
    assert.equal(alerts.get('pair')?.pending, 1)
    assert.equal(alerts.get('rejects')?.pending, 0)
    assert.equal(alerts.get('nobody')?.pending, 0)
    assert.equal(
      alerts.get('nobody')?.cursor,
      await monitor.latestEventId(),
      'the cursor moves on regardless',
    )

    const delivered: string[] = []
    const dispatcher = createDispatcher({
      monitor,
      userAgent: 'test',
      backoff: { attempts: 3, baseMs: 10, maxMs: 100 },
      onAttempt: (a) => delivered.push(`${a.state}:${a.httpStatus}`),
    })
    await dispatcher.drain(1000)
    assert.deepEqual(delivered, ['delivered:200'])
    const [post] = receiver.requests
    const payload = JSON.parse(post?.body ?? '{}') as {
      data: { event: { type: string; mentionCount: number } }
    }
    assert.equal(payload.data.event.type, 'CONSULT')
    assert.equal(payload.data.event.mentionCount, 2, 'the delivered event carries both its reports')
    // queuing the same (alert, event) again is ignored
    const [eventId] = await monitor.eventIdsAfter(0, 10).then((ids) => ids.slice(-1))
    assert.equal(
      await monitor.queueDeliveries(
        pair.id,
        [{ eventId: eventId!, messageId: 'x', payload: '{}', at: new Date().toISOString() }],
        0,
      ),
      0,
    )
  })

  it('retries a failing webhook with backoff, logs each attempt, and gives up after the last try', async () => {
    const down = await monitor.addAlert(
      alertDefinition({ name: 'down', actor: 'Lavrov', webhook: `${receiver.base}/down` }),
    )
    const wording = 'Weeks later, Antony Blinken met Sergei Lavrov once more.'
    await store.putDocument(
      meetingReport('later', { date: ['2022-09-01', '2022-09-01'], swap: true, wording }),
      {
        contentHash: 'l',
      },
    )
    assert.ok((await matchAlerts(store, monitor)) >= 1)
    const states: string[] = []
    const dispatcher = createDispatcher({
      monitor,
      userAgent: 'test',
      backoff: { attempts: 3, baseMs: 20, maxMs: 100 },
      onAttempt: (a) => void (a.webhook.endsWith('/down') && states.push(a.state)),
    })
    await dispatcher.drain(2000)
    assert.deepEqual(states, ['pending', 'pending', 'failed'])
    const log = await monitor.deliveryLog({ alert: 'down' })
    assert.deepEqual(
      log.map((e) => [e.attempt, e.httpStatus, e.state]),
      [
        [3, 500, 'failed'],
        [2, 500, 'failed'],
        [1, 500, 'failed'],
      ],
    )
    assert.equal((await monitor.getAlert(down.id))?.failed, 1)
    assert.ok(await monitor.removeAlert('down'))
    assert.deepEqual(await monitor.deliveryLog({ alert: 'down' }), [])
  })
})
