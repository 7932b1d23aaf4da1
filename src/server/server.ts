import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { MonitorStore } from '../monitor/monitor-store.js'
import { sqliteMonitorStore } from '../monitor/sqlite-monitor-store.js'
import { createExtractPool, defaultWorkerCount, type ExtractPool } from '../parallel/extract-pool.js'
import type { QueueStatus } from '../queue/status.js'
import type { SqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'
import { apiRoutes } from './api-routes.js'
import { type IngestItemFn, ingestRoute } from './ingest-route.js'
import { monitorRoutes } from './monitor-routes.js'
import { BadRequest } from './params.js'
import type { ReadModel } from './read-model.js'
import { sendError } from './respond.js'
import { createRouter } from './router.js'
import { createStaticFiles, type StaticFiles } from './static-files.js'
import { createStoreIngest } from './store-ingest.js'
import { createStoreReadModel } from './store-read-model.js'

export interface ServerOptions {
  readonly store: Store
  /** Enables POST /api/documents for requests bearing this token; without it the API is read-only. */
  readonly token?: string | null
  /** Where the dashboard's files are (default: `web/` beside the server's own folder). */
  readonly webDirectory?: string
  /** Replaces the default read model over the store (tests, other backends). */
  readonly readModel?: ReadModel
  /** Replaces the default ingestion (extract with the default pipeline in worker threads, then store). */
  readonly ingest?: IngestItemFn
  /**
   * The database file behind `store`, when it is one: posted articles are then stored by the extraction
   * workers through their own connections, off the event loop. Without it records are written here.
   */
  readonly dbPath?: string | null
  /** Worker threads extracting posted articles (default: the available cores less one, at least one). */
  readonly ingestWorkers?: number
  /** Posted articles accepted and not yet stored at most; more get 503 (default 200). */
  readonly maxPendingArticles?: number
  /**
   * Host names the server answers to (the Host header, without port); others get 421. Set it when listening
   * on loopback so a web page elsewhere cannot reach the API through DNS rebinding. Default: any host.
   */
  readonly allowedHosts?: readonly string[]
  /**
   * The monitor's state (feeds, alerts) behind /api/feeds, /api/alerts and /api/events/new. Default: the SQLite
   * monitor store over the store's own connection when the store is SQLite; without one those routes are absent.
   */
  readonly monitor?: MonitorStore
  /** The user's knowledge files, loaded by the extraction workers. */
  readonly knowledgeFiles?: readonly string[]
  /** The ingest queue's state, reported by `/api/health` (a PostgreSQL record fed by `parley worker`s). */
  readonly queueStatus?: () => Promise<QueueStatus | null>
  /** Called with unexpected errors (default: printed on stderr). */
  readonly onError?: (error: unknown) => void
}

/**
 * The Parley HTTP server: the JSON API under /api/ and the dashboard at /. Not listening yet: call
 * `listen(port, host)` (port 0 picks a free port, as the tests do).
 */
export function createServer(options: ServerOptions): Server {
  const model = options.readModel ?? createStoreReadModel(options.store)
  const monitor = options.monitor ?? defaultMonitor(options.store)
  const token = options.token === undefined || options.token === '' ? null : options.token
  const onError =
    options.onError ??
    ((error: unknown) =>
      process.stderr.write(`parley serve: ${String(error instanceof Error ? error.stack : error)}\n`))
  let pool: ExtractPool | null = null
  const ingest =
    options.ingest ??
    createStoreIngest(options.store, {
      pool: () => {
        pool ??= createExtractPool({
          workers: options.ingestWorkers ?? Math.max(1, defaultWorkerCount() - 1),
          knowledgeFiles: options.knowledgeFiles ?? [],
        })
        return pool
      },
      dbPath: options.dbPath ?? null,
    })
  const route = createRouter([
    ...apiRoutes(model, options.queueStatus ? { queue: options.queueStatus } : {}),
    ingestRoute({
      token,
      ingest,
      onIngested: () => model.invalidate?.(),
      ...(options.maxPendingArticles === undefined ? {} : { maxPendingArticles: options.maxPendingArticles }),
    }),
    ...(monitor ? monitorRoutes({ monitor, store: options.store, token }) : []),
  ])
  const files = createStaticFiles(options.webDirectory)
  const allowedHosts = options.allowedHosts ? new Set(options.allowedHosts.map((h) => h.toLowerCase())) : null
  const server = createHttpServer((request, response) => {
    if (allowedHosts && !allowedHosts.has(hostName(request.headers.host))) {
      sendError(response, 421, 'this server does not answer to that host name')
      return
    }
    handle(request, response, route, files).catch((error: unknown) => {
      onError(error)
      if (!response.headersSent) sendError(response, 500, 'internal error')
      else response.destroy()
    })
  })
  // the extraction workers stop with the server (after closing their database connections)
  server.on('close', () => {
    pool?.close().catch(onError)
  })
  return server
}

function defaultMonitor(store: Store): MonitorStore | null {
  const db = (store as Partial<SqliteStore>).db
  return db ? sqliteMonitorStore(db) : null
}

/** The host name of a Host header, lower-cased, without its port: `[::1]:8080` → `[::1]`. */
export function hostName(header: string | undefined): string {
  const host = (header ?? '').trim().toLowerCase()
  const match = /^(\[[^\]]*\]|[^:]*)/.exec(host)
  return match?.[1] ?? ''
}

/** The host names of this machine's loopback interface. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  route: ReturnType<typeof createRouter>,
  files: StaticFiles,
): Promise<void> {
  const method = request.method ?? 'GET'
  let url: URL
  try {
    url = new URL(request.url ?? '/', 'http://localhost')
  } catch {
    sendError(response, 400, 'malformed request URL')
    return
  }
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    const match = route(method, url.pathname)
    if (match.kind === 'not-found') {
      sendError(response, 404, `no API route ${url.pathname}`)
      return
    }
    if (match.kind === 'wrong-method') {
      sendError(
        response,
        405,
        `method ${method} is not allowed here`,
        {},
        { Allow: match.allowed.join(', ') },
      )
      return
    }
    try {
      await match.handler({ request, response, url, pathParams: match.pathParams })
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error
      sendError(response, 400, error.message, { parameter: error.parameter })
    }
    return
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendError(response, 405, `method ${method} is not allowed here`, {}, { Allow: 'GET, HEAD' })
    return
  }
  if (!(await files.serve(url.pathname, response, method === 'HEAD'))) {
    sendError(response, 404, `no page ${url.pathname}`)
  }
}
