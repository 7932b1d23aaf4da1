import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { type Browser, chromium } from 'playwright-core'
import { alertDefinition } from '../../src/monitor/alerts.js'
import { sqliteMonitorStore } from '../../src/monitor/sqlite-monitor-store.js'
import { createServer } from '../../src/server/server.js'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { meetingReport } from '../contract/fixtures.js'
import { CHROMIUM, CHROMIUM_ARGS, type PageGlobals, ready } from './browser.js'
import { putFixtures } from './fixture-records.js'

test('dashboard: feeds and alerts panels, and the events new since the last visit', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed (apt-get install chromium); the dashboard test needs it`)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-monitor-'))
  const store = openSqliteStore(join(dir, 'parley.db'))
  await putFixtures(store)
  const monitor = sqliteMonitorStore(store.db)
  const feed = 'https://news.example.org/world/rss.xml'
  await monitor.saveFeed({ url: feed, name: 'Example world desk', settings: {} })
  const at = new Date().toISOString()
  await monitor.recordPoll(feed, {
    at,
    status: 'ok',
    nextPollAt: at,
    newItems: 3,
    documentsStored: 2,
    pageErrors: 1,
  })
  await monitor.recordPage({
    url: 'https://news.example.org/world/gone',
    aliases: [],
    feedUrl: feed,
    status: 'error',
    documentId: null,
    title: null,
    itemDate: null,
    fingerprint: null,
    error: { code: 'fetch/http-status', message: 'HTTP 404', retryable: false },
    at,
  })
  await monitor.addAlert(
    alertDefinition({ name: 'lavrov-watch', actor: 'Lavrov', webhook: 'https://hooks.example.org/p' }),
  )
  const server = createServer({ store, monitor, onError: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())))

    await page.goto(`${base}/#/feeds`)
    await ready(page).catch((error: unknown) => {
      throw new Error(`${String(error)}; page problems: ${problems.join('; ')}`)
    })
    assert.match((await page.textContent('.feeds-table')) ?? '', /Example world desk.*ok/s)
    assert.match((await page.textContent('.errors-table')) ?? '', /fetch\/http-status HTTP 404/)
    assert.equal(await page.locator('#new-since a').count(), 0, 'a first visit shows nothing as new')

    await page.goto(`${base}/#/alerts`)
    await ready(page)
    assert.match((await page.textContent('.alerts-table')) ?? '', /lavrov-watch.*actor Lavrov/s)

    // the next visit: an event was stored meanwhile
    await store.putDocument(meetingReport('later', { date: ['2023-03-01', '2023-03-01'] }), {
      contentHash: 'l',
    })
    await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.clear())
    await page.goto(`${base}/#/network`)
    await page.reload()
    await ready(page)
    const banner = page.locator('#new-since a')
    await banner.waitFor({ timeout: 5000 })
    assert.equal(await banner.textContent(), '1 new event since your last visit')
    await banner.click()
    await ready(page)
    assert.equal(await page.locator('.view-new .card').count(), 1)
    assert.deepEqual(problems, [])
  } finally {
    await browser?.close()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
