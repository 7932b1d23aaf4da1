import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { runIngestCommand } from './ingest.js'
import { hasInputs, runStoredEventsCommand, shownOfTotal } from './stored-listings.js'

describe('shownOfTotal: the line a paged table ends with', () => {
  it('names the page, the total and the next offset; nothing when the page holds all', () => {
    assert.equal(
      shownOfTotal('events', 0, 100, 132),
      'parley: 1-100 of 132 events (--offset 100 for the next page)',
    )
    assert.equal(shownOfTotal('events', 100, 32, 132), 'parley: 101-132 of 132 events')
    assert.equal(shownOfTotal('quotations', 200, 0, 132), 'parley: none of 132 quotations from offset 200')
    assert.equal(shownOfTotal('events', 0, 12, 12), null)
    assert.equal(shownOfTotal('events', 0, 0, 0), null)
  })
})

describe('hasInputs', () => {
  const cases: [readonly string[], boolean][] = [
    [['--db', 'x.db', '--actor', 'Lavrov'], false],
    [['--db', 'x.db', '--involving', 'Iran'], false],
    [['--status', 'negated'], false],
    [['article.txt', '--actor', 'Lavrov'], true],
    [['--actor', 'Lavrov', '-'], true],
    [[], false],
  ]
  for (const [args, expected] of cases) {
    it(`${args.join(' ') || '(nothing)'} → ${expected ? 'articles' : 'database'}`, () => {
      assert.equal(hasInputs(args), expected)
    })
  }
})

describe('parley events with --db and no input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-stored-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('lists stored events filtered by status, as JSON', async () => {
    const db = join(dir, 'p.db')
    const quiet = { err: () => {} }
    assert.equal(
      await runIngestCommand(['test/fixtures/articles/negated-and-refused-contacts.txt', '--db', db], quiet),
      0,
    )
    const chunks: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => {
      chunks.push(String(chunk))
      return true
    }) as typeof process.stdout.write
    try {
      assert.equal(await runStoredEventsCommand(['--db', db, '--status', 'negated', '--format', 'json']), 0)
    } finally {
      process.stdout.write = write
    }
    const events = JSON.parse(chunks.join('')) as { status: string }[]
    assert.ok(events.length > 0)
    assert.ok(events.every((e) => e.status === 'negated'))
  })
})
