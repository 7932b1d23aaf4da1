import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import Database from 'better-sqlite3'
import { loadMigrations, migrate } from '../../src/store/sqlite/migrate.js'
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { article, DIPLOMATS, meetingReport } from './fixtures.js'
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

const LATEST_VERSION = loadMigrations().at(-1)?.version

describe('SQLite file store', () => {
  it('keeps its data and schema version across reopening', async () => {
    const path = join(dir, 'reopen.db')
    const first = openSqliteStore(path)
    assert.equal(first.schemaVersion, LATEST_VERSION)
    await first.putDocument(meetingReport('a'), { contentHash: 'h' })
    await first.close()
    const second = openSqliteStore(path)
    assert.equal(second.schemaVersion, LATEST_VERSION)
    assert.equal(await second.hasDocument('a', 'h'), true)
    const versions = second.db.prepare('SELECT version FROM schema_version').pluck().all()
    assert.deepEqual(
      versions,
      loadMigrations().map((m) => m.version),
    )
    assert.equal(second.db.pragma('journal_mode', { simple: true }), 'wal')
    assert.equal(second.db.pragma('foreign_keys', { simple: true }), 1)
    await second.close()
    const reader = openSqliteStore(path, { readonly: true })
    assert.equal((await reader.stats()).documents, 1)
    await assert.rejects(reader.putDocument(meetingReport('b'), { contentHash: 'h2' }))
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

  for (const groupCommit of [undefined, { documents: 3, milliseconds: 60_000 }]) {
    it(`keeps the quotation index in step with its quotations (${groupCommit ? 'group commit' : 'commit per document'})`, async () => {
      const store = openSqliteStore(
        join(dir, `fts-${groupCommit ? 'group' : 'single'}.db`),
        groupCommit ? { groupCommit } : {},
      )
      const version = (id: string, words: string) =>
        article({
          id,
          text: `Blinken said "${words}".`,
          actors: [{ ...DIPLOMATS[0]!, mentions: ['Blinken'] }],
          quotes: [{ id: 'q1', content: words, speaker: 'c1' }],
        })
      for (let i = 0; i < 10; i++) {
        await store.putDocument(version(`doc-${i % 4}`, `words number ${i}`), { contentHash: String(i) })
        if (i === 5) {
          const broken = {
            ...version('doc-9', 'never stored'),
            actors: [{ ...version('x', 'y').actors[0]!, kind: 'nation' as never }],
          }
          await assert.rejects(store.putDocument(broken, { contentHash: 'x' }))
        }
      }
      await store.close()
      const check = openSqliteStore(join(dir, `fts-${groupCommit ? 'group' : 'single'}.db`))
      check.db.prepare("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)").run()
      assert.deepEqual((await check.findQuotes({ search: 'number' })).map((q) => q.text).sort(), [
        'words number 6',
        'words number 7',
        'words number 8',
        'words number 9',
      ])
      await check.close()
    })
  }

  it('upgrades a version 1 database: quotations stay searchable, indexed once', async () => {
    const path = join(dir, 'v1.db')
    const v1 = new Database(path)
    migrate(v1, loadMigrations().slice(0, 1))
    v1.close()
    const store = openSqliteStore(path)
    assert.equal(store.schemaVersion, LATEST_VERSION)
    const triggers = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all()
    assert.deepEqual(
      triggers.filter((name) => String(name).startsWith('quotes_fts')),
      [],
    )
    await store.putDocument(
      article({
        id: 'a',
        text: 'Blinken said "talks will go on".',
        actors: [{ ...DIPLOMATS[0]!, mentions: ['Blinken'] }],
        quotes: [{ id: 'q1', content: 'talks will go on', speaker: 'c1' }],
      }),
      { contentHash: 'h' },
    )
    assert.equal((await store.findQuotes({ search: 'talks' })).length, 1)
    store.db.prepare("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)").run()
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

describe('SQLite read-side tables', () => {
  it('keeps actor_counts equal to counting document_actors, through inserts, replacements and deletions', async () => {
    const store = openSqliteStore(':memory:')
    const counted = () =>
      store.db
        .prepare(
          'SELECT actor, count(*) AS documents, sum(mention_count) AS mentions FROM document_actors GROUP BY actor ORDER BY actor',
        )
        .all()
    const kept = () =>
      store.db.prepare('SELECT actor, documents, mentions FROM actor_counts ORDER BY actor').all()
    await store.putDocument(meetingReport('a'), { contentHash: '1' })
    await store.putDocument(meetingReport('b', { extraText: 'Sergei Lavrov spoke.' }), { contentHash: '2' })
    assert.deepEqual(kept(), counted())
    assert.ok(kept().length >= 2)
    await store.putDocument(meetingReport('a', { extraText: 'Antony Blinken left.' }), { contentHash: '3' })
    assert.deepEqual(kept(), counted())
    const lavrov = (await store.findActors({ surnameKeys: ['lavrov'] }))[0]
    assert.equal(lavrov?.documents, 2)
    store.db.prepare('DELETE FROM documents WHERE id = ?').run('b')
    assert.deepEqual(kept(), counted())
    await store.close()
  })
})
