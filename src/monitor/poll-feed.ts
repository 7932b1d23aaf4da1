import { textFingerprint } from '../fingerprint/simhash.js'
import type { IngestDocument } from '../ingest/types.js'
import { type BackoffPolicy, withRetry } from './backoff.js'
import { canonicalUrl, hostOf } from './canonical-url.js'
import type { DocumentSink } from './document-sink.js'
import type { FeedItem, ParsedFeed } from './feed-types.js'
import type { HostLimiter } from './host-limiter.js'
import {
  type FetchFailure,
  type FetchOptions,
  type FetchResult,
  failure,
  fetchResource,
  isFeedType,
  isHtmlType,
} from './http-fetch.js'
import type { FeedSettings, FeedSettingsRow, MonitorStore, PageRecord } from './monitor-store.js'
import { decodeFeed, pageDocument } from './page-document.js'
import { parseFeed } from './parse-feed.js'
import type { Robots } from './robots.js'

/** Texts whose fingerprints differ in at most this many of 64 bits are the same page (a few words edited). */
export const NEAR_DUPLICATE_BITS = 3
/** A page that failed for a passing reason is tried on this many polls at most. */
export const MAX_PAGE_ATTEMPTS = 3
/** Child sitemaps read from one sitemap index. */
export const MAX_CHILD_SITEMAPS = 10

export interface HttpSettings {
  readonly userAgent: string
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxRedirects: number
  /** Tries within one poll for a request that failed for a passing reason. */
  readonly retry: BackoffPolicy
  readonly fetch?: typeof fetch
}

/** Everything a poll works with; `parley watch` builds one for its whole run. */
export interface WatchContext {
  readonly monitor: MonitorStore
  readonly sink: DocumentSink
  readonly limiter: HostLimiter
  readonly robots: Robots
  readonly http: HttpSettings
  /** Defaults for feeds that do not set their own. */
  readonly intervalMs: number
  readonly maxItems: number
  readonly now: () => Date
  /** Told about every page error and every feed error as it happens (the CLI prints them). */
  readonly onError: (error: WatchError) => void
}

export interface WatchError {
  readonly feed: string
  /** The page, or the feed itself. */
  readonly url: string
  readonly code: string
  readonly message: string
}

export interface PollSummary {
  readonly feed: string
  readonly status: 'ok' | 'not-modified' | 'error'
  /** Items not seen before (and pages retried). */
  readonly fetched: number
  readonly stored: number
  readonly unchanged: number
  readonly duplicates: number
  readonly errors: number
  readonly error?: string
}

interface PageTask {
  readonly url: string
  readonly title: string | null
  readonly published: string | null
}

/** Polls one feed: reads it (conditionally), fetches the pages of the items not seen before and stores them. */
export async function pollFeed(feed: FeedSettingsRow, ctx: WatchContext): Promise<PollSummary> {
  const started = ctx.now()
  const state = await ctx.monitor.getFeed(feed.url)
  const settings = feed.settings
  const intervalMs = (settings.interval ?? ctx.intervalMs / 1000) * 1000
  const fail = async (error: FetchFailure | { code: string; message: string }): Promise<PollSummary> => {
    const errors = (state?.consecutiveErrors ?? 0) + 1
    const next = new Date(started.getTime() + errorBackoff(intervalMs, errors))
    ctx.onError({ feed: feed.url, url: feed.url, code: error.code, message: error.message })
    await ctx.monitor.recordPoll(feed.url, {
      at: started.toISOString(),
      status: 'error',
      nextPollAt: next.toISOString(),
      error: `${error.code} ${error.message}`,
    })
    return { ...EMPTY, feed: feed.url, status: 'error', error: `${error.code} ${error.message}` }
  }

  const response = await fetchPolitely(feed.url, ctx, settings, {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    acceptsType: isFeedType,
    etag: state?.etag ?? null,
    lastModified: state?.lastModified ?? null,
  })
  if (response.kind === 'error') return fail(response)
  const nextPollAt = new Date(started.getTime() + intervalMs).toISOString()
  let parsed: ParsedFeed | null = null
  let tasks: PageTask[] = []
  if (response.kind === 'ok') {
    const read = await readFeed(response, ctx, settings)
    if ('code' in read) return fail(read)
    parsed = read
    tasks = await newItems(parsed.items, settings, ctx)
  }
  const retries = (await ctx.monitor.pagesToRetry(feed.url, MAX_PAGE_ATTEMPTS)).filter(
    (r) => !tasks.some((t) => t.url === r.url),
  )
  tasks.push(...retries.map((r) => ({ url: r.url, title: r.title, published: r.itemDate })))
  const tally = { stored: 0, unchanged: 0, duplicates: 0, errors: 0 }
  // Pages are fetched concurrently (within the host limits); each is then finished in feed order, one at a
  // time, so near-duplicates within one poll are caught and each page is recorded once its document is stored.
  let chain: Promise<void> = Promise.resolve()
  await Promise.all(
    tasks.map((task) => {
      const fetched = fetchPage(task, ctx, settings)
      const done = chain.then(async () => {
        const outcome = await finishPage(task, await fetched, feed.url, ctx)
        tally[outcome]++
      })
      chain = done
      return done
    }),
  )
  await ctx.monitor.recordPoll(feed.url, {
    at: started.toISOString(),
    status: response.kind === 'ok' ? 'ok' : 'not-modified',
    nextPollAt,
    ...(parsed ? { format: parsed.format, title: parsed.title, newestItemAt: newestDate(parsed.items) } : {}),
    ...(response.kind === 'ok' ? { etag: response.etag, lastModified: response.lastModified } : {}),
    newItems: tasks.length - retries.length,
    documentsStored: tally.stored,
    pageErrors: tally.errors,
  })
  return {
    feed: feed.url,
    status: response.kind === 'ok' ? 'ok' : 'not-modified',
    fetched: tasks.length,
    ...tally,
  }
}

const EMPTY = { fetched: 0, stored: 0, unchanged: 0, duplicates: 0, errors: 0 } as const

/** The wait after a failed poll: the interval, doubled per consecutive failure, at most a day. */
export function errorBackoff(intervalMs: number, consecutiveErrors: number): number {
  return Math.min(24 * 60 * 60 * 1000, intervalMs * 2 ** Math.min(consecutiveErrors - 1, 10))
}

/** One GET through robots.txt, the host limits and retries. */
async function fetchPolitely(
  url: string,
  ctx: WatchContext,
  settings: FeedSettings,
  request: Pick<FetchOptions, 'accept' | 'acceptsType' | 'etag' | 'lastModified'>,
): Promise<FetchResult> {
  const options: FetchOptions = {
    ...request,
    userAgent: ctx.http.userAgent,
    timeoutMs: (settings.timeout ?? ctx.http.timeoutMs / 1000) * 1000,
    maxBytes: settings.maxBytes ?? ctx.http.maxBytes,
    maxRedirects: ctx.http.maxRedirects,
    checkHop: async (hop) => {
      const verdict = await ctx.robots.check(hop)
      if (!verdict.allowed) return verdict.reason
      if (verdict.crawlDelayMs !== null) ctx.limiter.setInterval(hostOf(hop), verdict.crawlDelayMs)
      return null
    },
    ...(ctx.http.fetch ? { fetch: ctx.http.fetch } : {}),
  }
  return withRetry(
    ctx.http.retry,
    () => ctx.limiter.run(hostOf(url), () => fetchResource(url, options)),
    (result) =>
      result.kind === 'error' ? { retry: result.retryable, afterMs: result.retryAfterMs } : { retry: false },
  )
}

/** The feed's items, with the pages of a sitemap index's child sitemaps. */
async function readFeed(
  response: Extract<FetchResult, { kind: 'ok' }>,
  ctx: WatchContext,
  settings: FeedSettings,
): Promise<ParsedFeed | { code: string; message: string }> {
  const parsed = parseFeed(decodeFeed(response.body, response.charset), response.url)
  if (!parsed.ok) return { code: 'feed/unreadable', message: parsed.reason }
  if (parsed.feed.format !== 'sitemap-index') return parsed.feed
  const items: FeedItem[] = []
  for (const sitemap of parsed.feed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    const child = await fetchPolitely(sitemap, ctx, settings, {
      accept: 'application/xml, text/xml;q=0.9, */*;q=0.1',
      acceptsType: isFeedType,
    })
    if (child.kind !== 'ok') continue
    const read = parseFeed(decodeFeed(child.body, child.charset), child.url)
    if (read.ok) items.push(...read.feed.items)
  }
  return { ...parsed.feed, items }
}

/** Items whose page was never fetched: canonical URLs, no repeats, within `since` and `maxItems`. */
async function newItems(
  items: readonly FeedItem[],
  settings: FeedSettings,
  ctx: WatchContext,
): Promise<PageTask[]> {
  const seen = new Set<string>()
  const candidates: PageTask[] = []
  for (const item of items) {
    const url = canonicalUrl(item.link)
    if (url === null || seen.has(url)) continue
    seen.add(url)
    if (settings.since && isBefore(item.published, settings.since)) continue
    candidates.push({ url, title: item.title, published: item.published })
    if (candidates.length >= (settings.maxItems ?? ctx.maxItems)) break
  }
  const known = await ctx.monitor.knownUrls(candidates.map((c) => c.url))
  return candidates.filter((c) => !known.has(c.url))
}

function isBefore(published: string | null, day: string): boolean {
  if (!published) return false
  const time = Date.parse(published)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) < day
}

function newestDate(items: readonly FeedItem[]): string | null {
  let newest: number | null = null
  for (const item of items) {
    const time = item.published ? Date.parse(item.published) : Number.NaN
    if (!Number.isNaN(time) && (newest === null || time > newest)) newest = time
  }
  return newest === null ? null : new Date(newest).toISOString()
}

type FetchedPage =
  | { readonly kind: 'document'; readonly document: IngestDocument; readonly aliases: readonly string[] }
  | { readonly kind: 'error'; readonly code: string; readonly message: string; readonly retryable: boolean }

async function fetchPage(task: PageTask, ctx: WatchContext, settings: FeedSettings): Promise<FetchedPage> {
  const response = await fetchPolitely(task.url, ctx, settings, {
    accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
    acceptsType: isHtmlType,
  })
  if (response.kind === 'not-modified') {
    const odd = failure(task.url, 'fetch/http-status', 'HTTP 304 to an unconditional request')
    return { kind: 'error', code: odd.code, message: odd.message, retryable: true }
  }
  if (response.kind === 'error') {
    return { kind: 'error', code: response.code, message: response.message, retryable: response.retryable }
  }
  const finalUrl = canonicalUrl(response.url) ?? task.url
  const item = pageDocument(response, finalUrl, task)
  if (item.kind === 'error') {
    const first = item.diagnostics[0]
    return {
      kind: 'error',
      code: first?.code ?? 'input/no-article',
      message: item.diagnostics.map((d) => d.message).join('; '),
      retryable: false,
    }
  }
  const declared = item.meta.url ? canonicalUrl(item.meta.url, response.url) : null
  const aliases = [task.url, finalUrl, ...(declared && !isSiteRoot(declared) ? [declared] : [])]
  return { kind: 'document', document: item, aliases: [...new Set(aliases)] }
}

/** A canonical link to a site's home page is a misconfiguration, not another address of the article. */
function isSiteRoot(url: string): boolean {
  const parsed = new URL(url)
  return parsed.pathname === '/' && parsed.search === ''
}

async function finishPage(
  task: PageTask,
  page: FetchedPage,
  feedUrl: string,
  ctx: WatchContext,
): Promise<'stored' | 'unchanged' | 'duplicates' | 'errors'> {
  const at = ctx.now().toISOString()
  const base = { feedUrl, title: task.title, itemDate: task.published, at }
  const recordError = async (
    url: string,
    aliases: readonly string[],
    code: string,
    message: string,
    retryable: boolean,
  ) => {
    ctx.onError({ feed: feedUrl, url, code, message })
    const record: PageRecord = {
      ...base,
      url,
      aliases,
      status: 'error',
      documentId: null,
      fingerprint: null,
      error: { code, message, retryable },
    }
    await ctx.monitor.recordPage(record)
    return 'errors' as const
  }
  if (page.kind === 'error') return recordError(task.url, [], page.code, page.message, page.retryable)
  const { document, aliases } = page
  const url = document.meta.id
  const others = aliases.filter((a) => a !== task.url)
  const knownAs = [...(await ctx.monitor.knownUrls(others))][0]
  if (knownAs !== undefined) {
    await ctx.monitor.recordPage({
      ...base,
      url: task.url,
      aliases: [],
      status: 'duplicate',
      documentId: null,
      fingerprint: null,
      duplicateOf: knownAs,
    })
    return 'duplicates'
  }
  const fingerprint = textFingerprint(document.text)
  const near = await ctx.monitor.findNearDuplicate(fingerprint, NEAR_DUPLICATE_BITS)
  if (near !== null && near.url !== url) {
    await ctx.monitor.recordPage({
      ...base,
      url,
      aliases,
      status: 'duplicate',
      documentId: near.documentId,
      fingerprint: null,
      duplicateOf: near.url,
    })
    return 'duplicates'
  }
  const [result] = await ctx.sink([document])
  if (!result || result.outcome === 'error') {
    return recordError(
      url,
      aliases,
      'store/failed',
      result && 'error' in result ? result.error : 'no result from the sink',
      true,
    )
  }
  const status = result.outcome === 'unchanged' ? 'unchanged' : 'stored'
  await ctx.monitor.recordPage({ ...base, url, aliases, status, documentId: document.meta.id, fingerprint })
  return status === 'stored' ? 'stored' : 'unchanged'
}
