import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { runIngestCommand } from './ingest.js'
import { hasInputs, runStoredEventsCommand } from './stored-listings.js'

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
