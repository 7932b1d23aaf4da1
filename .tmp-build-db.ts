import { extractInputs } from './src/cli/extract.js'
import { openStore, contentHash } from './src/store/index.js'
const [db, ...inputs] = process.argv.slice(2)
const store = openStore(db)
let n = 0
for await (const { item, result, record } of extractInputs(inputs, { date: null, includeText: true })) {
  if ('error' in record || item.kind === 'error' || !result) { console.error('error', record); continue }
  await store.putDocument(record, { contentHash: contentHash(item.text, item.meta) })
  n++
}
console.log(n, await store.stats())
await store.close()
