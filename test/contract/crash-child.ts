/**
 * Child process of crash-safety.test.ts: stores a batch of generated articles into a SQLite file, printing
 * "stored N" after each one, so the parent can kill it mid-batch. Usage: crash-child.ts <db> <count> [group]
 * (with a group size, documents are committed that many at a time)
 */
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { batchArticle } from './crash-fixtures.js'

const [path = '', countArg = '0', groupArg] = process.argv.slice(2)
const group =
  groupArg === undefined ? {} : { groupCommit: { documents: Number(groupArg), milliseconds: 60_000 } }
const store = openSqliteStore(path, group)
for (let i = 0; i < Number(countArg); i++) {
  const outcome = await store.putDocument(batchArticle(i), { contentHash: `hash-${i}` })
  process.stdout.write(`stored ${i} ${outcome}\n`)
}
await store.close()
