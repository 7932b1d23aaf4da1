import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Extractor } from '../extract.js'
import { matchAlerts } from '../monitor/alerts.js'
import type { BackoffPolicy } from '../monitor/backoff.js'
import { createDispatcher, type Dispatcher } from '../monitor/dispatcher.js'
import { FeedsFileError, feedRow, parseDuration, readFeedsFile } from '../monitor/feeds-file.js'
import type { FeedSettingsRow } from '../monitor/monitor-store.js'
import { openMonitor } from '../monitor/open-monitor.js'
import type { PollSummary } from '../monitor/poll-feed.js'
import { watchFeeds } from '../monitor/watch.js'
import { createWatchContext, DEFAULT_WATCH_SETTINGS, type WatchSettings } from '../monitor/watch-context.js'
import { resolveDbPath } from '../store/open-store.js'
import { UsageError, writeErr } from './io.js'
import { DB_OPTION_HELP } from './store-args.js'

export const WATCH_USAGE = `usage: parley watch <feed-url|feeds-file…> [--once] [--interval 15m] [--db PATH]
                    [--max-items 50] [--timeout 20s] [--max-bytes 5242880] [--host-delay 1s] [--per-host 2]
                    [--concurrency 8] [--user-agent UA] [--wait 30s] [--no-alerts]

  Follows RSS 2.0, RSS 1.0, Atom feeds and (Google-News) sitemaps: each item's page is fetched, its article
  text extracted as for an HTML file, and stored with its record; the item's date stands in when the page has
  none. Pages are never fetched twice (canonical URLs without tracking parameters; near-duplicate texts are
  skipped), feeds are read with conditional GET, robots.txt is obeyed, and each host is asked at most
  --per-host requests at a time, --host-delay apart. New events are matched against the alerts
  ("parley alerts") and delivered to their webhooks. A failing feed or page is reported and the rest proceeds.
  <feed-url>       an http(s) feed address
  <feeds-file>     YAML/JSON (a list of URLs or {url, name?, interval?, maxItems?, timeout?, maxBytes?, since?})
                   or .txt (one URL a line, then key=value settings); see the README
  --once           poll every feed once, deliver the alerts, and exit (for cron); otherwise run until Ctrl-C
  --interval D     between polls of a feed (default 15m; a feed's own "interval" wins); 90s, 15m, 1h, …
${DB_OPTION_HELP}
  --max-items N    items taken from one poll of a feed, in feed order (default 50)
  --timeout D      per request (default 20s);  --max-bytes N: largest feed or page (default 5 MiB)
  --host-delay D   between two requests to one host (default 1s; a robots.txt Crawl-delay raises it)
  --per-host N     requests in flight to one host (default 2);  --concurrency N: in all (default 8)
  --user-agent UA  the User-Agent header (robots.txt rules are matched as "ParleyBot")
  --wait D         with --once: how long to wait for webhook retries before exiting (default 30s); what is
                   still pending is sent by the next run or by "parley alerts deliver"
  --no-alerts      store only; match and deliver alerts later`

export interface WatchCommandOptions {
  readonly feeds: readonly FeedSettingsRow[]
  readonly db: string
  readonly once: boolean
  readonly settings: WatchSettings
  readonly waitMs: number
  readonly alerts: boolean
}

/** How often a long-running watch looks for deliveries due. */
const DELIVERY_TICK_MS = 10_000

function duration(name: string, value: string | undefined, fallbackMs: number, allowZero = false): number {
  if (value === undefined) return fallbackMs
  if (allowZero && /^\s*0+\s*(ms|s|m|h)?\s*$/.test(value)) return 0
  const seconds = parseDuration(value)
  if (seconds === null)
    throw new UsageError(`--${name} must be a duration such as 90s, 15m or 1h, not "${value}"`)
  return Math.round(seconds * 1000)
}

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number above 0, not "${value}"`)
  return n
}

/** Feed URLs and feeds files, in order; a feeds file that is missing or bad is a usage error naming it. */
function feedsOf(positionals: readonly string[]): FeedSettingsRow[] {
  const feeds = new Map<string, FeedSettingsRow>()
  for (const arg of positionals) {
    let rows: FeedSettingsRow[]
    try {
      if (/^https?:\/\//i.test(arg)) rows = [feedRow(arg, arg, {})]
      else if (existsSync(arg)) rows = readFeedsFile(arg)
      else throw new UsageError(`"${arg}" is neither an http(s) feed URL nor a feeds file`)
    } catch (error) {
      if (error instanceof FeedsFileError) throw new UsageError(error.message)
      throw error
    }
    for (const row of rows) feeds.set(row.url, row)
  }
  if (feeds.size === 0) throw new UsageError('no feed given')
  return [...feeds.values()]
}

export function parseWatchArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): WatchCommandOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      once: { type: 'boolean', default: false },
      interval: { type: 'string' },
      db: { type: 'string' },
      'max-items': { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      'host-delay': { type: 'string' },
      'per-host': { type: 'string' },
      concurrency: { type: 'string' },
      'user-agent': { type: 'string' },
      wait: { type: 'string' },
      'no-alerts': { type: 'boolean', default: false },
    },
  })
  const d = DEFAULT_WATCH_SETTINGS
  const userAgent = values['user-agent']?.trim()
  if (userAgent === '') throw new UsageError('--user-agent must not be empty')
  return {
    feeds: feedsOf(positionals),
    db: resolveDbPath(values.db ?? null, env),
    once: values.once,
    settings: {
      ...d,
      intervalMs: duration('interval', values.interval, d.intervalMs),
      maxItems: count('max-items', values['max-items'], d.maxItems),
      timeoutMs: duration('timeout', values.timeout, d.timeoutMs),
      maxBytes: count('max-bytes', values['max-bytes'], d.maxBytes),
      hostDelayMs: duration('host-delay', values['host-delay'], d.hostDelayMs, true),
      perHost: count('per-host', values['per-host'], d.perHost),
      concurrency: count('concurrency', values.concurrency, d.concurrency),
      userAgent: userAgent ?? d.userAgent,
    },
    waitMs: duration('wait', values.wait, 30_000, true),
    alerts: !values['no-alerts'],
  }
}

export interface WatchCommandDeps {
  readonly err: (line: string) => void
  readonly extractor: Extractor
  readonly fetch: typeof fetch
  /** Retries within a poll (tests shorten them). */
  readonly retry: BackoffPolicy
  readonly deliveryBackoff: BackoffPolicy
  /** Stops a long-running watch (default: SIGINT and SIGTERM). */
  readonly signal: AbortSignal
}

function pollLine(s: PollSummary): string {
  if (s.status === 'error') return `parley watch: ${s.feed}: failed (${s.error ?? 'error'})`
  const read = s.status === 'not-modified' ? 'not modified' : 'read'
  return (
    `parley watch: ${s.feed}: ${read}; ${s.fetched} page(s) fetched: ${s.stored} stored, ` +
    `${s.unchanged} unchanged, ${s.duplicates} duplicate(s), ${s.errors} error(s)`
  )
}

/** `parley watch`: polls feeds into the store, then matches and delivers alerts. */
export async function runWatchCommand(
  args: readonly string[],
  deps: Partial<WatchCommandDeps> = {},
): Promise<number> {
  const options = parseWatchArgs(args)
  const err = deps.err ?? writeErr
  const opened = openMonitor(options.db)
  const stop = new AbortController()
  const onSignal = () => stop.abort()
  if (!deps.signal) {
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
  }
  const signal = deps.signal ?? stop.signal
  const ctx = createWatchContext({
    store: opened.store,
    monitor: opened.monitor,
    settings: { ...options.settings, ...(deps.retry ? { retry: deps.retry } : {}) },
    onError: (e) => err(`${e.url}: ${e.code} ${e.message}`),
    ...(deps.extractor ? { extractor: deps.extractor } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  })
  const dispatcher: Dispatcher = createDispatcher({
    monitor: opened.monitor,
    userAgent: options.settings.userAgent,
    ...(deps.deliveryBackoff ? { backoff: deps.deliveryBackoff } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    onAttempt: (a) => {
      if (a.state !== 'delivered')
        err(`${a.webhook}: alert/delivery ${a.messageId}: ${a.error ?? 'failed'} (${a.state})`)
    },
  })
  let delivering: Promise<unknown> = Promise.resolve()
  // A long-running watch also matches events stored by others (parley ingest, the API) and sends retries
  // as they fall due, between polls.
  const ticker =
    options.alerts && !options.once
      ? setInterval(() => {
          delivering = matchAlerts(opened.store, opened.monitor)
            .then(() => dispatcher.deliverDue())
            .catch((error: unknown) => err(`parley watch: alerts: ${String(error)}`))
        }, DELIVERY_TICK_MS)
      : null
  try {
    const summaries = await watchFeeds(ctx, {
      feeds: options.feeds,
      once: options.once,
      signal,
      onWait: (until) =>
        err(`parley watch: next poll at ${until.toISOString().slice(11, 19)} UTC; Ctrl-C to stop`),
      afterRound: async (round) => {
        for (const s of round) err(pollLine(s))
        if (!options.alerts) return
        const queued = await matchAlerts(opened.store, opened.monitor)
        if (queued > 0) err(`parley watch: ${queued} alert delivery(ies) queued`)
        // deliveries never hold up the next poll: they run beside it
        delivering = dispatcher.deliverDue()
      },
    })
    if (options.alerts) {
      await delivering
      if (options.once) await dispatcher.drain(options.waitMs)
    }
    const failed = summaries.filter((s) => s.status === 'error').length
    return options.once && failed > 0 && failed === summaries.length ? 1 : 0
  } finally {
    if (ticker) clearInterval(ticker)
    await delivering
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    await opened.close()
  }
}
