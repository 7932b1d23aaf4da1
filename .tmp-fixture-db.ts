import { openStore } from './src/store/index.js'
import { putFixtures } from './test/e2e/fixture-records.js'
const store = openStore(process.argv[2])
await putFixtures(store)
console.log(await store.stats())
await store.close()
