import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { meetingReport } from './fixtures.js'
import { storeContract } from './store.contract.js'

const dir = mkdtempSync(join(tmpdir(), 'parley-store-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

storeContract('SQLite :memory:', () => openSqliteStore(':memory:'))
storeContract('SQLite file', () => openSqliteStore(join(dir, `contract-${files++}.db`)))
storeContract('SQLite file, group commit', () =>
  openSqliteStore(join(dir, `contract-${files++}.db`), {
    groupCommit: { documents: 3, milliseconds: 60_000 },
  }),
)

describe('SQLite file store', () => {
  it('keeps its data and schema version across reopening', async () => {
    const path = join(dir, 'reopen.db')
    const first = openSqliteStore(path)
    assert.equal(first.schemaVersion, 1)
    await first.putDocument(meetingReport('a'), { contentHash: 'h' })
    await first.close()
    const second = openSqliteStore(path)
    assert.equal(second.schemaVersion, 1)
    assert.equal(await second.hasDocument('a', 'h'), true)
    const versions = second.db.prepare('SELECT version FROM schema_version').pluck().all()
    assert.deepEqual(versions, [1])
    assert.equal(second.db.pragma('journal_mode', { simple: true }), 'wal')
    assert.equal(second.db.pragma('foreign_keys', { simple: true }), 1)
    await second.close()
    const reader = openSqliteStore(path, { readonly: true })
    assert.equal((await reader.stats()).documents, 1)
    await assert.rejects(reader.putDocument(meetingReport('b'), { contentHash: 'h' }))
    await reader.close()
  })

  it('offers mentions as rows to SQL users', async () => {
    const store = openSqliteStore(':memory:')
    await store.putDocument(meetingReport('a'), { contentHash: 'h' })
    const rows = store.db
      .prepare('SELECT local_id, start, "end", text FROM actor_mentions ORDER BY start')
      .all()
    assert.deepEqual(rows, [
      { local_id: 'c1', start: 0, end: 14, text: 'Antony Blinken' },
      { local_id: 'c2', start: 19, end: 32, text: 'Sergei Lavrov' },
    ])
    await store.close()
  })

  it('refuses a database from a newer Parley', () => {
    const path = join(dir, 'future.db')
    const store = openSqliteStore(path)
    store.db.prepare("INSERT INTO schema_version VALUES (999, '999-future.sql', 'later')").run()
    store.db.close()
    assert.throws(() => openSqliteStore(path), /newer/)
  })
})
