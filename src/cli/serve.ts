import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { sqliteMonitorStore } from '../monitor/sqlite-monitor-store.js'
import { openQueueStatus } from '../queue/status.js'
import { createServer, LOOPBACK_HOSTS } from '../server/server.js'
import {
  isPostgresUrl,
  openPostgresStore,
  openSqliteStore,
  resolveDbPath,
  type Store,
} from '../store/index.js'
import { type CommandEnv, UsageError, writeErr } from './io.js'

export const SERVE_USAGE = `usage: parley serve [--db PATH|URL] [--port 8080] [--host 127.0.0.1] [--token TOKEN]

  --db PATH|URL    the database: a SQLite file or a postgres:// URL (default: PARLEY_DB, else ./parley.db);
                   with PostgreSQL, /api/health also reports the ingest queue and the feed and alert
                   routes are absent (the monitor keeps its state in SQLite)
  --port N         port to listen on (default 8080; 0 picks a free one)
  --host H         address to listen on (default 127.0.0.1, this machine only)
  --token TOKEN    enable POST /api/documents for "Authorization: Bearer TOKEN" (or set PARLEY_TOKEN);
                   without a token the API is read-only

Serves the dashboard at / and the JSON API under /api/ (health, actors, events, quotes, contacts, documents,
feeds, alerts); with a token, also POST /api/documents, POST /api/alerts and DELETE /api/alerts/:id.`

export interface ServeOptions {
  readonly db: string
  readonly port: number
  readonly host: string
  readonly token: string | null
}

export function parseServeArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
    },
  })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`)
  }
  const token = values.token ?? env.PARLEY_TOKEN ?? null
  if (token !== null && token.length < 16)
    throw new UsageError('the token must be at least 16 characters long')
  return { db: resolveDbPath(values.db, env), port: Number(values.port), host: values.host, token }
}

/** Starts the server and resolves with the exit code once it is stopped (Ctrl-C, SIGTERM). */
export async function runServeCommand(args: readonly string[], env: CommandEnv = {}): Promise<number> {
  const options = parseServeArgs(args)
  const postgres = isPostgresUrl(options.db)
  const isNew = !postgres && options.db !== ':memory:' && !existsSync(options.db)
  // without a token nothing is written: open the file read-only unless it must first be created
  const sqlite = postgres ? null : openSqliteStore(options.db, { readonly: options.token === null && !isNew })
  const store: Store = sqlite ?? openPostgresStore(options.db)
  // a PostgreSQL record is fed by `parley worker`s: /api/health reports their queue
  const queue = postgres ? openQueueStatus(options.db) : null
  // on loopback, answer only to loopback names (no DNS rebinding); elsewhere any name may front the server
  const isLoopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host)
  const server = createServer({
    store,
    ...(sqlite ? { monitor: sqliteMonitorStore(sqlite.db) } : {}),
    ...(queue ? { queueStatus: () => queue.read(5) } : {}),
    token: options.token,
    dbPath: postgres || options.db === ':memory:' ? null : options.db,
    knowledgeFiles: env.knowledgeFiles ?? [],
    ...(isLoopback ? { allowedHosts: LOOPBACK_HOSTS } : {}),
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => resolve())
    })
  } catch (error) {
    await queue?.close()
    await store.close()
    writeErr(`parley serve: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`)
    return 1
  }
  const stats = await store.stats()
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  process.stdout.write(
    `Parley dashboard: http://${host}:${address.port}/\n` +
      `  database ${options.db}: ${stats.documents} articles, ${stats.events} events, ${stats.quotes} quotations\n` +
      `  API ${options.token === null ? 'read-only' : 'with ingestion (POST /api/documents, bearer token)'}; Ctrl-C to stop\n`,
  )
  if (stats.documents === 0)
    writeErr('parley serve: the database is empty; add articles with "parley ingest <files…>"')
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      server.close(() => resolve())
      server.closeAllConnections()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await queue?.close()
  await store.close()
  return 0
}
