import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { type EventListing, eventInvolves, parseEventsArgs, runEventsCommand } from './events.js'
import { UsageError } from './io.js'

const ARTICLE = [
  'Foreign Minister Anna Lind met Chancellor Otto Brenner in Vienna on Tuesday.',
  'Lind has not spoken to the Russian foreign minister since January.',
].join('\n\n')

let dir = ''
let file = ''

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-events-'))
  file = join(dir, 'talks.txt')
  writeFileSync(file, ARTICLE)
})
after(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[]) {
  const chunks: string[] = []
  const errors: string[] = []
  const code = await runEventsCommand(args, {
    out: (c) => {
      chunks.push(c)
    },
    err: (l) => errors.push(l),
  })
  return { code, out: chunks.join(''), errors }
}

describe('parley events', () => {
  it('lists events as a table with type, status and parties', async () => {
    const { code, out } = await run([file, '--date', '2024-05-10'])
    assert.equal(code, 0)
    assert.match(out, /CONSULT\/meet\s+asserted\s+Anna Lind.*→ .*Otto Brenner/)
    assert.match(out, /negated/)
  })

  it('filters by type and writes PLOVER records, one JSON object a line', async () => {
    const { out } = await run([file, '--date', '2024-05-10', '--type', 'consult', '--format', 'plover'])
    const lines = out.trim().split('\n')
    assert.ok(lines.length >= 1)
    for (const line of lines) {
      const p = JSON.parse(line) as { event: string[]; id: string; date: string | null }
      assert.deepEqual(p.event, ['CONSULT'])
      assert.match(p.id, /-e\d+$/)
    }
  })

  it('writes a JSON array of listings and filters by actor', async () => {
    const { out } = await run([file, '--date', '2024-05-10', '--format', 'json', '--actor', 'Brenner'])
    const listings = JSON.parse(out) as EventListing[]
    assert.ok(listings.length >= 1)
    assert.ok(listings.every((l) => eventInvolves(l, 'Brenner')))
  })

  it('rejects unknown formats and types', () => {
    assert.throws(() => parseEventsArgs([file, '--format', 'xml']), UsageError)
    assert.throws(() => parseEventsArgs([file, '--type', 'HUG']), UsageError)
    assert.throws(() => parseEventsArgs([]), UsageError)
  })
})
