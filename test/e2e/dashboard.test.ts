import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, ready } from './browser.js'
import { XSS_QUOTE } from './fixture-records.js'
import { type RunningServer, startServer } from './start-server.js'

test('dashboard: from an actor to a contact timeline to the source article', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed (apt-get install chromium); the dashboard test needs it`)
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'))
  let server: RunningServer | null = null
  let browser: Browser | null = null
  try {
    server = await startServer({ dbPath: join(dir, 'parley.db') })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })

    await page.goto(`${server.base}/`)
    await ready(page)
    assert.match((await page.textContent('#stats')) ?? '', /3 articles · 5 events/)
    assert.equal(await page.locator('svg.network .node').count(), 5)
    assert.equal(
      await page.locator('svg.network path.edge.negated').count(),
      0,
      'a pair with a contact is not all dashed',
    )
    assert.equal(await page.locator('svg.network .edge-cross').count(), 1, 'the refused meeting is crossed')
    assert.equal(await page.locator('.legend .node').count(), 4, 'a legend for every kind of node')
    const people = await page.locator('svg.network .node.kind-person').count()
    await page.goto(`${server.base}/#/network?kind=person`)
    await ready(page)
    assert.equal(await page.locator('svg.network .node').count(), people, 'the kind filter keeps people only')
    assert.equal(await page.locator('select[name=kind]').inputValue(), 'person')
    await page.goto(`${server.base}/`)
    await ready(page)

    // 1. the actor
    await page.locator('svg.network .node[aria-label^="Hillary Clinton"]').click()
    await ready(page)
    assert.equal(await page.textContent('.actor-panel h2'), 'Hillary Clinton')
    const counterpart = page.locator('.actor-panel a.counterpart', { hasText: 'Sergey Lavrov' })
    assert.equal(await counterpart.count(), 1)

    // 2. the contact timeline
    await counterpart.click()
    await ready(page)
    assert.match((await page.textContent('.last-contact')) ?? '', /2009-03-06/)
    assert.match((await page.textContent('.refusals')) ?? '', /rejected/)
    assert.match((await page.textContent('.absences')) ?? '', /declined to meet/)
    const items = page.locator('.timeline .card.event')
    assert.equal(await items.count(), 3)
    assert.deepEqual(await items.locator('.badge').allTextContents(), ['CONSULT', 'CONSULT', 'REJECT'])
    assert.equal(await page.locator('.timeline .card.event.status-negated').count(), 1)
    assert.match((await items.nth(1).textContent()) ?? '', /did not happen/)

    // 3. the source article, scrolled to the trigger
    await items.nth(2).locator('a.source-link').click()
    await ready(page)
    assert.equal(await page.textContent('.article-head h1'), 'No meeting in Manila')
    assert.equal(await page.locator('.article-text .target').first().textContent(), 'rejected')
    assert.ok(await page.locator('.article-text .target').first().isVisible())
    assert.equal(
      await page.locator('.article-text .hl-trigger.status-negated').textContent(),
      'declined to meet',
    )
    // the quotation holding markup is shown as text, and no element came from it
    const text = (await page.textContent('.article-text')) ?? ''
    assert.ok(text.includes(XSS_QUOTE), 'the quote is shown verbatim')
    assert.equal(await page.locator('.article-text img, .article-side img').count(), 0)

    // 4. the quote browser escapes the same quotation
    await page.goto(`${server.base}/#/quotes?q=apology`)
    await ready(page)
    assert.equal(await page.locator('.card.quote').count(), 1)
    assert.equal(await page.locator('.card.quote .quote-text').textContent(), `${XSS_QUOTE},`)
    assert.equal(await page.locator('.cards img').count(), 0)
    assert.equal(await page.locator('.pager .muted').textContent(), '1–1 of 1', 'the pager shows the total')
    await page.goto(`${server.base}/#/quotes?kind=indirect&until=1990-01-01`)
    await ready(page)
    assert.equal(await page.locator('select[name=kind]').inputValue(), 'indirect')
    assert.equal(await page.locator('.card.quote').count(), 0, 'no quotation of articles before 1990')

    // 5. the event browser: either-side filter, order and downloads of the view
    await page.goto(`${server.base}/#/events?involving=Lavrov&order=asc`)
    await ready(page)
    assert.ok((await page.locator('.card.event').count()) > 0)
    assert.equal(await page.locator('select[name=order]').inputValue(), 'asc')
    const csvLink = await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href')
    assert.match(csvLink ?? '', /\/api\/events\?involving=Lavrov&order=asc&format=csv$/)
    await page.locator('a.view-switch').click()
    await ready(page)
    assert.ok((await page.locator('table.event-table tbody tr').count()) > 0, 'the compact table mode')
    assert.equal(await page.locator('.card.event').count(), 0)
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvLink ?? '')
    assert.match(csv, /^event_id,.*\r\n1,2009-03-06,/s)
    await page.waitForTimeout(200)
    assert.deepEqual(problems, [])
  } finally {
    await browser?.close()
    await server?.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
