/**
 * Child process of crash-safety.test.ts: stores a batch of generated articles into a SQLite file, printing
 * "stored N" after each one, so the parent can kill it mid-batch. Usage: crash-child.ts <db> <count>
 */
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { batchArticle } from './crash-fixtures.js'

const [path = '', countArg = '0'] = process.argv.slice(2)
const store = openSqliteStore(path)
for (let i = 0; i < Number(countArg); i++) {
  const outcome = await store.putDocument(batchArticle(i), { contentHash: `hash-${i}` })
  process.stdout.write(`stored ${i} ${outcome}\n`)
}
await store.close()
