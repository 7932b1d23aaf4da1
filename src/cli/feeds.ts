import { parseArgs } from 'node:util'
import { canonicalUrl } from '../monitor/canonical-url.js'
import type { FeedState, PageError } from '../monitor/monitor-store.js'
import { openMonitor } from '../monitor/open-monitor.js'
import { textTable } from '../query/format.js'
import { COMMAND_FORMATS } from '../query/output-formats.js'
import { UsageError, writeOut } from './io.js'
import { countOption, DB_OPTION_HELP, outputFormat, readableDb } from './store-args.js'

export const FEEDS_USAGE = `usage: parley feeds [--db PATH] [--format table|json]
       parley feeds errors [FEED-URL] [--limit N] [--db PATH] [--format table|json]
       parley feeds remove FEED-URL [--db PATH]

  The feeds "parley watch" follows, with their state: last poll and its outcome, the newest item seen, pages
  stored, errors (in a row / in all) with the last one, and the next poll. "errors" lists the latest page
  errors; "remove" forgets a feed's state (its stored documents stay).
${DB_OPTION_HELP}`

/** How a feed is doing, in one word. */
export function feedHealth(feed: FeedState): string {
  if (feed.lastStatus === null) return 'new'
  if (feed.lastStatus === 'error')
    return feed.consecutiveErrors > 1 ? `failing ×${feed.consecutiveErrors}` : 'failed'
  return feed.pageErrors > 0 && feed.lastStatus === 'ok' ? 'ok (page errors)' : 'ok'
}

const time = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : null)

function feedsTable(feeds: readonly FeedState[]): string {
  return textTable(
    ['feed', 'status', 'last poll', 'newest item', 'items', 'stored', 'errors', 'next poll', 'last error'],
    feeds.map((f) => [
      f.name ?? f.url,
      feedHealth(f),
      time(f.lastPolledAt),
      time(f.lastItemAt),
      f.itemsSeen,
      f.documentsStored,
      `${f.consecutiveErrors}/${f.errorsTotal + f.pageErrors}`,
      time(f.nextPollAt),
      f.lastError,
    ]),
    [48, 16, 16, 16, 6, 6, 7, 16, 60],
  )
}

function errorsTable(errors: readonly PageError[]): string {
  return textTable(
    ['when', 'page', 'error', 'tries', 'retried'],
    errors.map((e) => [time(e.at), e.url, `${e.code} ${e.message}`, e.attempts, e.retryable ? 'yes' : 'no']),
    [16, 60, 60, 5, 7],
  )
}

export async function runFeedsCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' } },
  })
  const [action = 'list', ...rest] = positionals
  if (!['list', 'errors', 'remove'].includes(action))
    throw new UsageError(`unknown action "${action}" (list, errors, remove)`)
  const format = outputFormat(values.format, COMMAND_FORMATS.storedState)
  const opened = openMonitor(readableDb(values.db), { readonly: action !== 'remove' })
  try {
    if (action === 'remove') {
      const url = rest[0] ? canonicalUrl(rest[0]) : null
      if (!url) throw new UsageError('give the URL of the feed to remove')
      if (!(await opened.monitor.removeFeed(url))) {
        process.stderr.write(`parley feeds: no feed ${url}\n`)
        return 1
      }
      process.stderr.write(`parley feeds: removed ${url}\n`)
      return 0
    }
    if (action === 'errors') {
      const feedUrl = rest[0] ? (canonicalUrl(rest[0]) ?? rest[0]) : undefined
      const errors = await opened.monitor.pageErrors({
        ...(feedUrl ? { feedUrl } : {}),
        limit: countOption('limit', values.limit) ?? 50,
      })
      await writeOut(format === 'json' ? `${JSON.stringify(errors, null, 2)}\n` : `${errorsTable(errors)}\n`)
      return 0
    }
    const feeds = await opened.monitor.listFeeds()
    await writeOut(format === 'json' ? `${JSON.stringify(feeds, null, 2)}\n` : `${feedsTable(feeds)}\n`)
    return 0
  } finally {
    await opened.close()
  }
}
