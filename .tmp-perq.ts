import type { AddressInfo } from 'node:net'
import { createServer } from './src/server/server.js'
import { openStore } from './src/store/index.js'
const store = openStore('/tmp/srv/polnear-ev.db', { readonly: true })
const server = createServer({ store })
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const qs = process.argv.slice(2)
for (const q of qs) {
  const ts: number[] = []
  for (let i = 0; i < 30; i++) { const t = performance.now(); const r = await fetch(base + q); await r.text(); ts.push(performance.now() - t) }
  ts.sort((a, b) => a - b)
  console.log(ts[15]!.toFixed(1), ts[29]!.toFixed(1), q)
}
server.closeAllConnections(); server.close(); await store.close()
