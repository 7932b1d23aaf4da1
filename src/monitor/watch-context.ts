import type { Extractor } from '../extract.js'
import type { Store } from '../store/store.js'
import type { BackoffPolicy } from './backoff.js'
import { type DocumentSink, storeSink } from './document-sink.js'
import { createHostLimiter } from './host-limiter.js'
import { fetchResource } from './http-fetch.js'
import type { MonitorStore } from './monitor-store.js'
import type { WatchContext, WatchError } from './poll-feed.js'
import { createRobots } from './robots.js'

/** The robots.txt product token, and the start of the default User-Agent. */
export const ROBOT_AGENT = 'ParleyBot'
export const DEFAULT_USER_AGENT = `${ROBOT_AGENT}/0.1 (news monitor of the Parley engagement record)`

export interface WatchSettings {
  readonly intervalMs: number
  readonly maxItems: number
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
  readonly perHost: number
  readonly concurrency: number
  readonly hostDelayMs: number
  readonly userAgent: string
  readonly retry: BackoffPolicy
}

export const DEFAULT_WATCH_SETTINGS: WatchSettings = {
  intervalMs: 15 * 60 * 1000,
  maxItems: 50,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHost: 2,
  concurrency: 8,
  hostDelayMs: 1000,
  userAgent: DEFAULT_USER_AGENT,
  retry: { attempts: 3, baseMs: 2000, maxMs: 60_000 },
}

/** robots.txt is small: RFC 9309 asks crawlers to read at least 500 KiB of it. */
const ROBOTS_MAX_BYTES = 512 * 1024

/** Everything a watch run needs, from the settings: limits, robots.txt, fetching, and where documents go. */
export function createWatchContext(options: {
  readonly store: Store
  readonly monitor: MonitorStore
  readonly settings: WatchSettings
  readonly onError: (error: WatchError) => void
  /** Where documents go (default: extracted and stored here, as `parley ingest` does). */
  readonly sink?: DocumentSink
  readonly extractor?: Extractor
  readonly fetch?: typeof fetch
  readonly now?: () => Date
}): WatchContext {
  const { settings } = options
  const fetchOverride = options.fetch ? { fetch: options.fetch } : {}
  const robots = createRobots({
    agent: ROBOT_AGENT,
    fetch: (url) =>
      fetchResource(url, {
        userAgent: settings.userAgent,
        accept: 'text/plain, */*;q=0.1',
        acceptsType: (type) => type === '' || type.startsWith('text/'),
        timeoutMs: settings.timeoutMs,
        maxBytes: ROBOTS_MAX_BYTES,
        maxRedirects: 5,
        ...fetchOverride,
      }),
  })
  return {
    monitor: options.monitor,
    sink: options.sink ?? storeSink(options.store, options.extractor),
    limiter: createHostLimiter({
      perHost: settings.perHost,
      total: settings.concurrency,
      intervalMs: settings.hostDelayMs,
    }),
    robots,
    http: {
      userAgent: settings.userAgent,
      timeoutMs: settings.timeoutMs,
      maxBytes: settings.maxBytes,
      maxRedirects: settings.maxRedirects,
      retry: settings.retry,
      ...fetchOverride,
    },
    intervalMs: settings.intervalMs,
    maxItems: settings.maxItems,
    now: options.now ?? (() => new Date()),
    onError: options.onError,
  }
}
