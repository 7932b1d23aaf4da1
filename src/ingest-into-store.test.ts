import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { ingest } from './index.js'
import { openSqliteStore } from './store/sqlite/sqlite-store.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-lib-'))
after(() => rmSync(dir, { recursive: true, force: true }))

describe('ingest(store, inputs): the library storing call', () => {
  it('stores each article once, skips it unchanged, and names what it could not read', async () => {
    const feed = join(dir, 'feed.jsonl')
    writeFileSync(
      feed,
      [
        JSON.stringify({ id: 'a', date: '2022-07-08', text: 'Blinken met Lavrov in Bali on Friday.' }),
        JSON.stringify({
          id: 'b',
          date: '2022-07-09',
          text: 'Lavrov said “we are ready to talk,” on Saturday.',
        }),
        'not json',
      ].join('\n'),
    )
    const store = openSqliteStore(':memory:')
    const first = await ingest(store, [feed, join(dir, 'missing.txt')])
    assert.deepEqual([first.documents, first.inserted, first.unchanged], [4, 2, 0])
    assert.equal(first.errors.length, 2)
    assert.match(first.errors.map((e) => e.input).join(' '), /feed\.jsonl:3.*missing\.txt/)
    assert.equal((await store.findEvents({ types: ['CONSULT'] })).length, 1)
    const again = await ingest(store, [feed])
    assert.deepEqual([again.inserted, again.unchanged], [0, 2], 're-ingesting is idempotent')
    const forced = await ingest(store, [feed], { force: true })
    assert.equal(forced.replaced, 2)
    assert.equal((await store.stats()).documents, 2)
    await store.close()
  })
})
