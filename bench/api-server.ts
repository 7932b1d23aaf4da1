/**
 * Child process of bench/api.ts: serves the API over a database, read-only, on a free local port, and prints the
 * port on its first line, so the load generator never shares the server's event loop.
 * Usage: node --import tsx bench/api-server.ts <db>
 */
import type { AddressInfo } from 'node:net'
import { createServer } from '../src/server/server.js'
import { openStore } from '../src/store/index.js'

const [path = ''] = process.argv.slice(2)
const store = openStore(path, { readonly: true })
const server = createServer({ store })
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`)
})
process.on('SIGTERM', () => {
  server.closeAllConnections()
  server.close(() => void store.close())
})
