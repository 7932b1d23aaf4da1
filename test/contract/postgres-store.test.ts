import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js'
import { tsQuery } from '../../src/store/postgres/read-models.js'
import { createTestDatabase, SKIP_MESSAGE, type TestDatabase } from '../helpers/postgres.js'
import { meetingReport } from './fixtures.js'
import { storeContract } from './store.contract.js'

const database: TestDatabase | null = await createTestDatabase()
if (database === null) console.log(`# ${SKIP_MESSAGE}`)
after(async () => database?.drop())

let schemas = 0
// every store gets a fresh schema of the test database: the contract expects an empty record
if (database) storeContract('PostgreSQL', () => openPostgresStore(database.url, { schema: `s${schemas++}` }))

describe('PostgreSQL store', { skip: database === null ? SKIP_MESSAGE : false }, () => {
  before(() => assert.ok(database))

  it('migrates once when many processes open one database together', async () => {
    const stores = Array.from({ length: 4 }, () =>
      openPostgresStore(database?.url ?? '', { schema: 'together' }),
    )
    const versions = await Promise.all(stores.map((s) => s.ready))
    assert.equal(new Set(versions).size, 1)
    await Promise.all(
      stores.map((s, i) => s.putDocument(meetingReport(`doc-${i}`), { contentHash: `h${i}` })),
    )
    assert.equal((await stores[0]?.stats())?.documents, 4)
    await Promise.all(stores.map((s) => s.close()))
  })

  it('changes its revision with every write that changes the record, and only then', async () => {
    const store = openPostgresStore(database?.url ?? '', { schema: 'revision' })
    const first = await store.revision()
    await store.putDocument(meetingReport('a'), { contentHash: 'h' })
    const second = await store.revision()
    assert.notEqual(second, first)
    await store.putDocument(meetingReport('a'), { contentHash: 'h' })
    assert.equal(await store.revision(), second)
    await store.close()
  })
})

describe('tsQuery', () => {
  it('requires every word, keeps a prefix and never lets punctuation become an operator', () => {
    assert.equal(tsQuery('talks will'), "'talks' & 'will'")
    assert.equal(tsQuery('Lavrov’s “talks*”'), "'lavrov' & 's' & 'talks'")
    assert.equal(tsQuery('negot*'), "'negot':*")
    assert.equal(tsQuery("a|b & !c 'd"), "'a' & 'b' & 'c' & 'd'")
    assert.equal(tsQuery('* \u0000 —'), null)
  })
})
