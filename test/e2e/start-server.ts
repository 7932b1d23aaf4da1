import type { AddressInfo } from 'node:net'
import { createServer, type ServerOptions } from '../../src/server/server.js'
import { openStore } from '../../src/store/index.js'
import type { Store } from '../../src/store/store.js'
import { putFixtures } from './fixture-records.js'

export interface RunningServer {
  readonly base: string
  readonly store: Store
  close(): Promise<void>
}

/** Starts the server on a free port over a store holding the fixture records (in memory unless a path is given). */
export async function startServer(
  options: Omit<ServerOptions, 'store'> & { readonly dbPath?: string } = {},
): Promise<RunningServer> {
  const store = openStore(options.dbPath ?? ':memory:')
  await putFixtures(store)
  const server = createServer({ ...options, store, onError: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    store,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await store.close()
    },
  }
}
