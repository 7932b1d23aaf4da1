import type { FeedSettingsRow } from './monitor-store.js'
import { type PollSummary, pollFeed, type WatchContext } from './poll-feed.js'

export interface WatchRun {
  readonly feeds: readonly FeedSettingsRow[]
  /** Poll every feed once and return; otherwise poll each feed whenever it is due, until `signal` aborts. */
  readonly once: boolean
  readonly signal?: AbortSignal
  /** Called after each round of polls (alerts are matched and delivered from here). */
  readonly afterRound?: (summaries: readonly PollSummary[]) => Promise<void> | void
}

/** Polls the feeds (registering them and their settings first); resolves with every poll's summary. */
export async function watchFeeds(ctx: WatchContext, run: WatchRun): Promise<PollSummary[]> {
  for (const feed of run.feeds) await ctx.monitor.saveFeed(feed)
  const all: PollSummary[] = []
  for (;;) {
    const now = ctx.now().getTime()
    const states = await Promise.all(run.feeds.map((f) => ctx.monitor.getFeed(f.url)))
    const due = run.once
      ? run.feeds
      : run.feeds.filter((_, i) => {
          const next = states[i]?.nextPollAt
          return !next || Date.parse(next) <= now
        })
    if (due.length > 0) {
      const summaries = await Promise.all(due.map((feed) => pollSafely(feed, ctx)))
      all.push(...summaries)
      await run.afterRound?.(summaries)
    }
    if (run.once || run.signal?.aborted) return all
    const nextTimes = (await Promise.all(run.feeds.map((f) => ctx.monitor.getFeed(f.url)))).map((s) =>
      s?.nextPollAt ? Date.parse(s.nextPollAt) : now,
    )
    const wait = Math.max(1000, Math.min(...nextTimes) - ctx.now().getTime())
    if (!(await sleepUnlessAborted(wait, run.signal))) return all
  }
}

/** A poll that failed in an unexpected way (a bug, the database) is an error summary; the other feeds proceed. */
async function pollSafely(feed: FeedSettingsRow, ctx: WatchContext): Promise<PollSummary> {
  try {
    return await pollFeed(feed, ctx)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    ctx.onError({ feed: feed.url, url: feed.url, code: 'watch/failed', message })
    return {
      feed: feed.url,
      status: 'error',
      fetched: 0,
      stored: 0,
      unchanged: 0,
      duplicates: 0,
      errors: 0,
      error: message,
    }
  }
}

/** Waits; false when the signal aborted first. */
function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      resolve(false)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
